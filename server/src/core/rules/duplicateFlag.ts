import type { Flag } from '../syntax';
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
      const flags = instruction.flags;
      // A handful of flags at most: comparing with the earlier ones needs no map per instruction.
      for (let i = 1; i < flags.length; i++) {
        const flag = flags[i];
        const name = flag.name.toLowerCase();
        if (REPEATABLE.has(name)) continue;
        const first = firstNamed(flags, i, name);
        if (!first) continue;
        report({
          message: `--${flag.name} is given twice; the builder rejects duplicate flags.`,
          span: flag.span,
          related: [{ span: first.span, message: 'first given here' }],
          fixes: [{ title: `Delete the second --${flag.name}`, edits: [{ span: flagWithSpace(analysis.text, flag.span), newText: '' }], isPreferred: true }],
        });
      }
    }
  },
};

/** The first of `flags[0..before)` with the (lowercase) name. */
function firstNamed(flags: readonly Flag[], before: number, name: string): Flag | undefined {
  for (let j = 0; j < before; j++) if (flags[j].name.toLowerCase() === name) return flags[j];
  return undefined;
}
