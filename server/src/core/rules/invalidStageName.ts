import type { Rule } from './rule';
import { fromWords } from './shared/instructions';

/** BuildKit's stage-name pattern, applied to the lowercased name. */
const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

export const invalidStageName: Rule = {
  id: 'invalid-stage-name',
  aliases: ['INVALID_BUILD_STAGE_NAME'],
  severity: 'error',
  category: 'correctness',
  description: 'A stage name that starts with a digit or holds characters other than letters, digits, `-`, `_` and `.`.',
  docs: 'docs/rules/invalid-stage-name.md',
  tier: 1,
  check({ analysis, report }) {
    for (const from of analysis.tree.instructions) {
      if (from.kind !== 'FROM') continue;
      const { name, as } = fromWords(from);
      if (!name || !as || as.value.toLowerCase() !== 'as' || name.value.includes('$')) continue;
      if (STAGE_NAME.test(name.value.toLowerCase())) continue;
      report({ message: `"${name.value}" is not a valid stage name: it must start with a letter and hold only letters, digits, -, _ and .`, span: name.span });
    }
  },
};
