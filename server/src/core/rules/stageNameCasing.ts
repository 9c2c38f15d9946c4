import { parseMount } from '../model';
import type { Span } from '../syntax';
import type { Rule, TextEdit } from './rule';
import { fromWords } from './shared/instructions';
import { isLowerCase } from './shared/spelling';

export const stageNameCasing: Rule = {
  id: 'stage-name-casing',
  aliases: ['StageNameCasing'],
  severity: 'warning',
  category: 'style',
  description: 'A stage name with uppercase letters (the builder lowercases names when it resolves them).',
  docs: 'docs/rules/stage-name-casing.md',
  tier: 1,
  check({ analysis, report }) {
    const { image } = analysis;
    for (const stage of image.stages) {
      const name = fromWords(stage.from).name;
      if (!name || stage.name === null || isLowerCase(name.value) || name.value.includes('$')) continue;
      const lower = name.value.toLowerCase();
      const edits: TextEdit[] = [{ span: name.span, newText: lower }];
      for (const span of references(analysis, stage.index, lower)) edits.push({ span, newText: lower });
      report({
        message: `Stage name "${name.value}" should be lowercase: the builder resolves it as "${lower}".`,
        span: name.span,
        fixes: [{ title: `Rename the stage to ${lower} (and its references)`, edits, isPreferred: true }],
      });
    }
  },
};

/** Spans of `FROM x`, `COPY --from=x` and `RUN --mount=…,from=x` that name the stage with another casing. */
function references(analysis: import('../analysis').Analysis, stageIndex: number, lower: string): Span[] {
  const spans: Span[] = [];
  const { image, text } = analysis;
  for (const stage of image.stages) {
    if (stage.baseStage === stageIndex) {
      const word = stage.from.words[0];
      if (word && word.value !== lower && word.value.toLowerCase() === lower) spans.push(word.span);
    }
    for (const step of stage.steps) {
      if (step.onbuild) continue;
      for (const flag of step.instruction.flags) {
        const name = flag.name.toLowerCase();
        if (!flag.valueSpan || flag.value === null) continue;
        if (name === 'from' && flag.value !== lower && flag.value.toLowerCase() === lower) spans.push(flag.valueSpan);
        if (name === 'mount' && parseMount(flag).get('from')?.toLowerCase() === lower) {
          const written = text.slice(flag.valueSpan.start, flag.valueSpan.end);
          const match = new RegExp(`(^|,)\\s*from\\s*=\\s*(${escapeRegExp(lower)})(?=,|$)`, 'i').exec(written);
          if (match && match[2] !== lower) {
            const start = flag.valueSpan.start + match.index + match[0].length - match[2].length;
            spans.push({ start, end: start + match[2].length });
          }
        }
      }
    }
  }
  return spans;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
