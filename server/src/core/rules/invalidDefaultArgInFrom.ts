import { expandVariables } from '../model';
import type { Rule } from './rule';
import { fromArgValues, variableUses } from './shared/fromVariables';
import { referenceFault } from './shared/imageReference';

export const invalidDefaultArgInFrom: Rule = {
  id: 'invalid-default-arg-in-from',
  aliases: ['InvalidDefaultArgInFrom', 'BASE_NAME_EMPTY'],
  severity: 'warning',
  category: 'correctness',
  description: 'With only the ARG defaults, the FROM image resolves to an empty or invalid reference.',
  docs: 'docs/rules/invalid-default-arg-in-from.md',
  tier: 1,
  check({ analysis, report }) {
    for (const stage of analysis.image.stages) {
      const word = stage.from.words[0];
      if (!word || !word.value.includes('$')) continue;
      const uses = variableUses(analysis.text, word.span, analysis.tree.escapeChar);
      const values = fromArgValues(analysis);
      if (uses.length === 0 || uses.some((u) => !values.has(u.name))) continue; // undefined-arg-in-from speaks
      // Quotes inside a default (`${A:-"x"}`) are removed by the builder's word processing.
      const resolved = expandVariables(word.value, values).replace(/["']/g, '');
      const fault = resolved === '' ? 'it is empty' : stage.baseStage !== null ? null : referenceFault(resolved);
      if (!fault || resolved.includes('$')) continue;
      report({
        message: `With the ARG defaults, "${word.value}" resolves to "${resolved}": ${fault}. Give the ARG a default or pass --build-arg.`,
        span: word.span,
        alias: resolved === '' ? 'BASE_NAME_EMPTY' : undefined,
      });
    }
  },
};
