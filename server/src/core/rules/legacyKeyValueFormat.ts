import type { KeyValue } from '../syntax';
import type { Fix, Rule } from './rule';

export const legacyKeyValueFormat: Rule = {
  id: 'legacy-key-value-format',
  aliases: ['LegacyKeyValueFormat'],
  severity: 'warning',
  category: 'style',
  description: '`ENV key value` / `LABEL key value` in the legacy whitespace form.',
  docs: 'docs/rules/legacy-key-value-format.md',
  tier: 1,
  check({ analysis, report }) {
    const instructions = analysis.tree.instructions;
    // An index loop: the rule visits every instruction, and a for-of allocates per step until V8 optimizes it.
    for (let i = 0; i < instructions.length; i++) {
      const instruction = instructions[i];
      if (instruction.kind !== 'ENV' && instruction.kind !== 'LABEL') continue;
      for (const pair of instruction.pairs) {
        if (pair.separator !== '' || pair.value === null || !pair.valueSpan) continue;
        report({
          message: `"${instruction.kind} ${pair.key} ${pair.value}" uses the legacy form: write ${instruction.kind} ${pair.key}=… so more pairs can follow without ambiguity.`,
          span: pair.keySpan,
          fixes: equalsFix(analysis.text, analysis.tree.escapeChar, pair),
        });
      }
    }
  },
};

function equalsFix(text: string, escape: string, pair: KeyValue): Fix[] {
  const valueSpan = pair.valueSpan!;
  const written = text.slice(valueSpan.start, valueSpan.end);
  if (written !== pair.value || written.includes('\n') || escape === '`') return [];
  const gap = { start: pair.keySpan.end, end: valueSpan.start };
  if (!/\s/.test(written)) return [{ title: `Write ${pair.key}=${written}`, edits: [{ span: gap, newText: '=' }], isPreferred: true }];
  if (/["\\]/.test(written)) return [];
  return [{ title: `Write ${pair.key}="${written}"`, edits: [{ span: { start: gap.start, end: valueSpan.end }, newText: `="${written}"` }], isPreferred: true }];
}
