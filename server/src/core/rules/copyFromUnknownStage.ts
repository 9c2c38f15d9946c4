import type { Rule } from './rule';
import { parseImage } from './shared/images';
import { closestMatch } from './shared/spelling';

export const copyFromUnknownStage: Rule = {
  id: 'copy-from-unknown-stage',
  aliases: ['DL3022'],
  severity: 'warning',
  category: 'correctness',
  docs: 'docs/rules/copy-from-unknown-stage.md',
  tier: 1,
  description: '`COPY --from=name` where name is no stage: a likely typo, otherwise an image pulled from a registry.',
  check({ analysis, report }) {
    let names: string[] | null = null;
    for (const stage of analysis.image.stages) {
      for (const step of stage.steps) {
        if (step.onbuild || step.fromImage === null) continue;
        const flag = step.instruction.flags.find((f) => f.name.toLowerCase() === 'from');
        const value = step.fromImage;
        if (!flag || !flag.valueSpan || value.includes('$') || value === '') continue;
        names ??= analysis.image.stages.map((s) => s.name).filter((n): n is string => n !== null);
        const suggestion = closestMatch(value.toLowerCase(), names.map((n) => n.toLowerCase()));
        if (suggestion !== null) {
          const name = nameMatching(names, suggestion);
          report({
            message: `No stage is named "${value}": did you mean "${name}"? As written, the builder pulls an image called "${value}".`,
            span: flag.valueSpan,
            fixes: [{ title: `Change to ${name}`, edits: [{ span: flag.valueSpan, newText: name }], isPreferred: true }],
          });
          continue;
        }
        const ref = parseImage(value);
        const untagged = ref.tag === null && ref.digest === null ? ` It has no tag, so it is whatever "latest" is on build day.` : '';
        report({
          message: `"${value}" is not a stage of this file: it is treated as an external image and pulled from a registry.${untagged}`,
          span: flag.valueSpan,
          severity: 'info',
        });
      }
    }
  },
};

/** The stage name as written whose lowercase form the suggestion is (a function: a closure over the loop's `suggestion` would cost every step a context). */
function nameMatching(names: readonly string[], suggestion: string): string {
  return names.find((n) => n.toLowerCase() === suggestion) ?? suggestion;
}
