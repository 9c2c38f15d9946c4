import { referencedNames, visibleDeclarations } from '../model';
import type { KeyValue } from '../syntax';
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
    for (const instruction of analysis.tree.instructions) {
      if (instruction.kind !== 'ENV' || instruction.pairs.length < 2) continue;
      const pairs = instruction.pairs;
      let declared: ReadonlySet<string> | null = null;
      for (let i = 1; i < pairs.length; i++) {
        const pair = pairs[i];
        // Only a value with a `$` can reference anything: the others are skipped before any list is built.
        if (!pair.value || !pair.valueSpan || pair.value.startsWith("'") || !pair.value.includes('$')) continue;
        declared ??= new Set(visibleDeclarations(analysis, instruction.span.start).map((d) => d.name));
        const name = selfReference(pairs, i, declared);
        if (!name) continue;
        const previous = pairs[i - 1];
        const gapStart = previous.valueSpan?.end ?? previous.keySpan.end;
        const splittable = pairs.every((p) => p.separator === '=');
        report({
          message: `$${name} here is not the ${name} set earlier on this line: ENV expands all values before setting any, so it is the value from before this instruction (the base image's, or empty). Set ${name} in its own ENV first; ENV is metadata, so this costs no layer.`,
          span: pair.valueSpan,
          fixes: splittable
            ? [{ title: `Split into two ENV instructions`, edits: [{ span: { start: gapStart, end: pair.keySpan.start }, newText: `${lineBreakOf(analysis.text)}${instruction.keyword} ` }], isPreferred: true }]
            : [],
        });
        break;
      }
    }
  },
};

/**
 * The first name the value of `pairs[index]` references that an earlier pair of the instruction sets and
 * no earlier instruction declares. (A plain function, not a closure: a closure in the loop would make every
 * iteration allocate a context for the variables it captures.)
 */
function selfReference(pairs: readonly KeyValue[], index: number, declared: ReadonlySet<string>): string | undefined {
  for (const name of referencedNames(pairs[index].value ?? '')) {
    if (declared.has(name)) continue;
    for (let j = 0; j < index; j++) if (pairs[j].key === name) return name;
  }
  return undefined;
}
