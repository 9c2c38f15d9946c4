import type { Rule } from './rule';
import { allInstructions, flagWithSpace } from './shared/instructions';

/** Flags the builder accepts more than once. */
const REPEATABLE = new Set(['mount', 'exclude', 'device']);

export const duplicateFlag: Rule = {
  id: 'duplicate-flag',
  aliases: ['FLAG_DUPLICATE'],
  severity: 'error',
  category: 'correctness',
  description: 'A flag that may appear once given twice.',
  docs: 'docs/rules/duplicate-flag.md',
  tier: 1,
  check({ analysis, report }) {
    for (const instruction of allInstructions(analysis.tree)) {
      const seen = new Map<string, number>();
      for (const flag of instruction.flags) {
        const name = flag.name.toLowerCase();
        if (REPEATABLE.has(name)) continue;
        const first = seen.get(name);
        if (first === undefined) {
          seen.set(name, flag.span.start);
          continue;
        }
        report({
          message: `--${flag.name} is given twice; the builder rejects duplicate flags.`,
          span: flag.span,
          related: [{ span: instruction.flags.find((f) => f.span.start === first)!.span, message: 'first given here' }],
          fixes: [{ title: `Delete the second --${flag.name}`, edits: [{ span: flagWithSpace(analysis.text, flag.span), newText: '' }], isPreferred: true }],
        });
      }
    }
  },
};
