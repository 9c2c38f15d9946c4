import type { Rule } from './rule';

export const exposeInvalidFormat: Rule = {
  id: 'expose-invalid-format',
  aliases: ['ExposeInvalidFormat'],
  severity: 'warning',
  category: 'correctness',
  description: 'EXPOSE with an IP address or a host:container mapping, which only `docker run -p` can publish.',
  docs: 'docs/rules/expose-invalid-format.md',
  tier: 1,
  check({ analysis, report }) {
    for (const instruction of analysis.tree.instructions) {
      if (instruction.kind !== 'EXPOSE') continue;
      for (const word of instruction.words) {
        if (!word.value.includes(':') || /["'$]/.test(word.value)) continue;
        const container = word.value.slice(word.value.lastIndexOf(':') + 1);
        report({
          message: `EXPOSE declares container ports only; "${word.value}" maps a host address or port, which belongs to \`docker run -p\`.`,
          span: word.span,
          fixes: container ? [{ title: `Keep the container port: ${container}`, edits: [{ span: word.span, newText: container }], isPreferred: true }] : [],
        });
      }
    }
  },
};
