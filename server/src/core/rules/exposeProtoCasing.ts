import type { Rule } from './rule';

export const exposeProtoCasing: Rule = {
  id: 'expose-proto-casing',
  aliases: ['ExposeProtoCasing'],
  severity: 'warning',
  category: 'style',
  description: 'An EXPOSE protocol written in upper or mixed case (`80/TCP`).',
  docs: 'docs/rules/expose-proto-casing.md',
  tier: 1,
  check({ analysis, report }) {
    for (const instruction of analysis.tree.instructions) {
      if (instruction.kind !== 'EXPOSE') continue;
      for (const word of instruction.words) {
        const slash = word.value.lastIndexOf('/');
        if (slash < 0) continue;
        const protocol = word.value.slice(slash + 1).replace(/["']$/, '');
        if (protocol === protocol.toLowerCase() || !/^[A-Za-z]+$/.test(protocol)) continue;
        const start = word.span.start + slash + 1;
        report({
          message: `Write the protocol in lowercase: ${protocol.toLowerCase()}.`,
          span: { start, end: start + protocol.length },
          fixes: [{ title: `Change to ${protocol.toLowerCase()}`, edits: [{ span: { start, end: start + protocol.length }, newText: protocol.toLowerCase() }], isPreferred: true }],
        });
      }
    }
  },
};
