import type { Rule } from './rule';
import { matchCase } from './shared/spelling';

export const fromAsKeyword: Rule = {
  id: 'from-as-keyword',
  aliases: ['INVALID_AS'],
  severity: 'error',
  category: 'correctness',
  description: '`FROM image x name` where `x` is not `AS`.',
  docs: 'docs/rules/from-as-keyword.md',
  tier: 1,
  check({ analysis, report }) {
    for (const from of analysis.tree.instructions) {
      if (from.kind !== 'FROM' || from.words.length !== 3) continue;
      const word = from.words[1];
      if (word.value.toLowerCase() === 'as') continue;
      const as = matchCase('AS', from.keyword);
      report({
        message: `The second word of a three-word FROM must be ${as}, not "${word.value}"; the builder rejects the line.`,
        span: word.span,
        fixes: [{ title: `Change to ${as}`, edits: [{ span: word.span, newText: as }], isPreferred: true }],
      });
    }
  },
};
