import type { Rule } from './rule';
import { instructionsOfKind } from './shared/instructions';

export const invalidHealthcheck: Rule = {
  id: 'invalid-healthcheck',
  aliases: ['UNKNOWN_TYPE', 'HEALTHCHECK_CMD_ARGUMENT_MISSING'],
  severity: 'error',
  category: 'correctness',
  description: 'HEALTHCHECK with a type other than CMD or NONE, or CMD without a command.',
  docs: 'docs/rules/invalid-healthcheck.md',
  tier: 1,
  check({ analysis, report }) {
    for (const instruction of instructionsOfKind(analysis.tree, 'HEALTHCHECK')) {
      if (instruction.kind !== 'HEALTHCHECK' || instruction.words.length === 0) continue;
      const type = instruction.words[0];
      const upper = type.value.toUpperCase();
      if (upper === 'CMD') {
        if (instruction.words.length === 1 || (instruction.json && instruction.json.elements.length === 0)) {
          report({ message: 'HEALTHCHECK CMD needs a command to run.', span: type.span, alias: 'HEALTHCHECK_CMD_ARGUMENT_MISSING' });
        }
      } else if (upper !== 'NONE') {
        report({ message: `Unknown HEALTHCHECK type "${type.value}": use CMD <command> or NONE.`, span: type.span, alias: 'UNKNOWN_TYPE' });
      }
    }
  },
};
