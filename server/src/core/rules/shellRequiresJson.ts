import type { Rule } from './rule';
import { instructionsOfKind } from './shared/instructions';

export const shellRequiresJson: Rule = {
  id: 'shell-requires-json',
  aliases: ['SHELL_JSON_FORM', 'SHELL_REQUIRES_ONE'],
  severity: 'error',
  category: 'correctness',
  description: 'SHELL not written as a JSON array, or an empty one.',
  docs: 'docs/rules/shell-requires-json.md',
  tier: 1,
  check({ analysis, report }) {
    for (const instruction of instructionsOfKind(analysis.tree, 'SHELL')) {
      if (instruction.kind !== 'SHELL' || instruction.words.length === 0) continue;
      if (instruction.json) {
        if (instruction.json.elements.length === 0) report({ message: 'SHELL needs at least the shell executable: SHELL ["/bin/sh", "-c"].', span: instruction.json.span, alias: 'SHELL_REQUIRES_ONE' });
        continue;
      }
      const plain = !instruction.args.text.startsWith('[') && instruction.words.every((w) => /^[^"'\\$`]+$/.test(w.value));
      const json = `[${instruction.words.map((w) => JSON.stringify(w.value)).join(', ')}]`;
      report({
        message: 'SHELL must be a JSON array of strings, e.g. SHELL ["/bin/bash", "-c"]; the builder rejects this form.',
        span: instruction.args.span,
        alias: 'SHELL_JSON_FORM',
        fixes: plain && !instruction.args.text.includes('\n') && analysis.text.slice(instruction.args.span.start, instruction.args.span.end) === instruction.args.text
          ? [{ title: `Write as ${json}`, edits: [{ span: instruction.args.span, newText: json }], isPreferred: true }]
          : [],
      });
    }
  },
};
