import type { Rule } from './rule';
import { fromWords } from './shared/instructions';

export const duplicateStageName: Rule = {
  id: 'duplicate-stage-name',
  aliases: ['DuplicateStageName', 'DL3024', 'DUPLICATE_BUILD_STAGE_NAME'],
  severity: 'error',
  category: 'correctness',
  description: 'Two stages with the same name (compared case-insensitively, as the builder does).',
  docs: 'docs/rules/duplicate-stage-name.md',
  tier: 1,
  check({ analysis, report }) {
    const seen = new Map<string, import('../syntax').Span>();
    for (const from of analysis.tree.instructions) {
      if (from.kind !== 'FROM') continue;
      const { name, as } = fromWords(from);
      if (!name || !as || as.value.toLowerCase() !== 'as') continue;
      const key = name.value.toLowerCase();
      const first = seen.get(key);
      if (!first) {
        seen.set(key, name.span);
        continue;
      }
      report({
        message: `Stage name "${name.value}" is already used by an earlier stage; the builder rejects duplicate names.`,
        span: name.span,
        related: [{ span: first, message: 'first defined here' }],
      });
    }
  },
};
