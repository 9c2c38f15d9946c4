import { flagValue } from '../model';
import type { Rule } from './rule';
import { lowercasedRepository, referenceFault } from './shared/imageReference';

export const invalidImageReference: Rule = {
  id: 'invalid-image-reference',
  aliases: ['INVALID_REFERENCE_FORMAT', 'FLAG_INVALID_FROM_VALUE'],
  severity: 'error',
  category: 'correctness',
  description: 'A FROM or `COPY --from` image reference that cannot parse (uppercase repository, bad tag, malformed digest).',
  docs: 'docs/rules/invalid-image-reference.md',
  tier: 1,
  check({ analysis, report }) {
    const { image } = analysis;
    for (const stage of image.stages) {
      const word = stage.from.words[0];
      if (!word || stage.baseStage !== null || word.value.includes('$') || stage.baseImage.toLowerCase() === 'scratch') continue;
      const fault = referenceFault(word.value);
      if (!fault) continue;
      const fixed = lowercasedRepository(word.value);
      report({
        message: `"${word.value}" is not a valid image reference: ${fault}.`,
        span: word.span,
        alias: 'INVALID_REFERENCE_FORMAT',
        fixes: fixed ? [{ title: `Change to ${fixed}`, edits: [{ span: word.span, newText: fixed }], isPreferred: true }] : [],
      });
    }
    for (const stage of image.stages) {
      for (const step of stage.steps) {
        if (step.fromImage === null || step.fromImage.includes('$') || step.onbuild) continue;
        const flag = step.instruction.flags.find((f) => f.name.toLowerCase() === 'from');
        const value = flagValue(step.instruction, 'from');
        if (!flag?.valueSpan || value === null || value === '' || /^\d+$/.test(value)) continue;
        const fault = referenceFault(value);
        if (!fault) continue;
        report({ message: `--from=${value} names no stage and is not a valid image reference: ${fault}.`, span: flag.valueSpan, alias: 'FLAG_INVALID_FROM_VALUE' });
      }
    }
  },
};
