import type { Rule } from './rule';
import { fromWords } from './shared/instructions';

const RESERVED = new Set(['scratch', 'context']);

export const reservedStageName: Rule = {
  id: 'reserved-stage-name',
  aliases: ['ReservedStageName', 'DL3063'],
  severity: 'warning',
  category: 'correctness',
  description: 'A stage named `scratch` or `context`, names the builder reserves.',
  docs: 'docs/rules/reserved-stage-name.md',
  tier: 1,
  check({ analysis, report }) {
    for (const from of analysis.tree.instructions) {
      if (from.kind !== 'FROM') continue;
      const { name, as } = fromWords(from);
      if (!name || !as || as.value.toLowerCase() !== 'as' || !RESERVED.has(name.value.toLowerCase())) continue;
      report({ message: `"${name.value}" is reserved (${name.value.toLowerCase() === 'scratch' ? 'the empty image' : 'the build context'}); references to it will not reach this stage.`, span: name.span });
    }
  },
};
