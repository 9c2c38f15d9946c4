import type { StageModel } from '../model';
import type { Instruction } from '../syntax';
import type { Rule } from './rule';
import { layerName, runSteps, type RunStep } from './shared/runScripts';

const ARCHIVE = /\.(?:tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|zip|tar\.zst)$/i;

export const copyThenExtract: Rule = {
  id: 'copy-then-extract',
  aliases: ['DL3010'],
  severity: 'info',
  category: 'layers',
  docs: 'docs/rules/copy-then-extract.md',
  tier: 2,
  description: 'A local archive COPYed and then unpacked in a later RUN: the archive stays in the COPY layer.',
  check({ analysis, options, report }) {
    const runs = runSteps(analysis, options.nonPosixStages);
    for (const stage of analysis.image.stages) {
      for (const step of stage.steps) {
        const copy = step.instruction;
        if (step.onbuild || copy.kind !== 'COPY' || step.fromStage !== null || step.fromImage !== null || copy.json || copy.words.length < 2) continue;
        for (const source of copy.words.slice(0, -1)) {
          const name = source.value.slice(source.value.lastIndexOf('/') + 1);
          if (!ARCHIVE.test(name) || name.includes('$') || name.includes('*')) continue;
          const extract = laterExtraction(runs, stage, copy, name);
          if (!extract) continue;
          report({
            message: `${name} is unpacked by a later RUN, but the archive itself stays in ${layerName(step)} of this image (its bytes ship twice). ADD unpacks local tar archives in one layer, or use RUN --mount=type=bind,source=${source.value},target=/tmp/${name} to unpack without keeping it.`,
            span: source.span,
            related: [{ span: extract.instruction.keywordSpan, message: `${name} is unpacked here` }],
          });
        }
      }
    }
  },
};

/** A later RUN of the stage that unpacks the archive (a function, so the step loop captures nothing). */
function laterExtraction(runs: readonly RunStep[], stage: StageModel, copy: Instruction, name: string): RunStep | undefined {
  return runs.find((r) => r.stage === stage && r.instruction.span.start > copy.span.start
    && r.commands.some((c) => (c.program === 'tar' || c.program === 'unzip') && c.args.some((a) => a.value.endsWith(name))));
}
