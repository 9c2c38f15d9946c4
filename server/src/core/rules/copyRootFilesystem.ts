import { unquote } from '../syntax';
import type { ImageModel } from '../model';
import type { Rule } from './rule';

export const copyRootFilesystem: Rule = {
  id: 'copy-root-filesystem',
  aliases: ['DL3067'],
  severity: 'warning',
  category: 'layers',
  docs: 'docs/rules/copy-root-filesystem.md',
  tier: 2,
  description: '`COPY --from=x / /`: the whole filesystem of another stage or image as one new layer.',
  check({ analysis, report }) {
    for (const stage of analysis.image.stages) {
      for (const step of stage.steps) {
        const copy = step.instruction;
        // Only stages of this file with a real base: helper images (tonistiigi/xx) and scratch stages are made to be copied whole.
        if (step.onbuild || copy.kind !== 'COPY' || step.fromStage === null || (copy.json ? copy.json.elements.length : copy.words.length) !== 2) continue;
        const words = copy.json ? copy.json.elements.map((e) => e.value) : copy.words.map((w) => unquote(w.value));
        if (words.length !== 2 || words[0].replace(/\/+$/, '') !== '' || words[1].replace(/\/+$/, '') !== '') continue;
        if (rootBaseOf(analysis.image, step.fromStage) === 'scratch') continue;
        report({
          message: 'COPY / / copies every file of the source (its base image included) into one new layer: nothing is shared with the layers it came from, and the image carries it all twice if the bases overlap. Copy only the directories you need.',
          span: copy.span,
        });
      }
    }
  },
};

function rootBaseOf(image: ImageModel, stage: number): string {
  let s = image.stages[stage];
  while (s.baseStage !== null) s = image.stages[s.baseStage];
  return s.resolvedBaseImage.toLowerCase();
}
