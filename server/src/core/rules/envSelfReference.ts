import { referencedNames, visibleDeclarations } from '../model';
import type { Rule } from './rule';
import { lineBreakOf } from './shared/edits';

export const envSelfReference: Rule = {
  id: 'env-self-reference',
  aliases: ['DL3044'],
  severity: 'warning',
  category: 'correctness',
  docs: 'docs/rules/env-self-reference.md',
  tier: 1,
  description: 'ENV with several pairs where a value uses a name set earlier in the same instruction: it expands to the old value.',
  check({ analysis, report }) {
    const lineBreak = lineBreakOf(analysis.text);
    for (const instruction of analysis.tree.instructions) {
      if (instruction.kind !== 'ENV' || instruction.pairs.length < 2) continue;
      const declared = new Set(visibleDeclarations(analysis, instruction.span.start).map((d) => d.name));
      const pairs = instruction.pairs;
      for (let i = 1; i < pairs.length; i++) {
        const pair = pairs[i];
        if (!pair.value || !pair.valueSpan || pair.value.startsWith("'")) continue;
        const earlier = new Set(pairs.slice(0, i).map((p) => p.key));
        const name = referencedNames(pair.value).find((n) => earlier.has(n) && !declared.has(n));
        if (!name) continue;
        const previous = pairs[i - 1];
        const gapStart = previous.valueSpan?.end ?? previous.keySpan.end;
        const splittable = pairs.every((p) => p.separator === '=');
        report({
          message: `$${name} here is not the ${name} set earlier on this line: ENV expands all values before setting any, so it is the value from before this instruction (the base image's, or empty). Set ${name} in its own ENV first; ENV is metadata, so this costs no layer.`,
          span: pair.valueSpan,
          alias: 'DL3044',
          fixes: splittable
            ? [{ title: `Split into two ENV instructions`, edits: [{ span: { start: gapStart, end: pair.keySpan.start }, newText: `${lineBreak}${instruction.keyword} ` }], isPreferred: true }]
            : [],
        });
        break;
      }
    }
  },
};
