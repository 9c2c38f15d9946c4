import type { Rule } from './rule';
import { fromWords } from './shared/instructions';
import { isLowerCase, isUpperCase } from './shared/spelling';

export const fromAsCasing: Rule = {
  id: 'from-as-casing',
  aliases: ['FromAsCasing'],
  severity: 'warning',
  category: 'style',
  description: '`FROM` and `AS` written in different cases.',
  docs: 'docs/rules/from-as-casing.md',
  tier: 1,
  check({ analysis, report }) {
    for (const from of analysis.tree.instructions) {
      if (from.kind !== 'FROM') continue;
      const { as } = fromWords(from);
      if (!as || as.value.toLowerCase() !== 'as') continue;
      const upper = isUpperCase(from.keyword);
      const lower = isLowerCase(from.keyword);
      const wanted = upper ? 'AS' : lower ? 'as' : null;
      if (wanted === null || as.value === wanted) continue;
      report({
        message: `'${as.value}' and '${from.keyword}' keywords' casing do not match: write ${wanted}.`,
        span: as.span,
        fixes: [{ title: `Change to ${wanted}`, edits: [{ span: as.span, newText: wanted }], isPreferred: true }],
      });
    }
  },
};
