import type { Instruction } from '../syntax';
import type { Rule } from './rule';
import { mergeRunsEdit } from './shared/mergeRuns';
import { runSteps, type RunStep } from './shared/runScripts';

export const mergeConsecutiveRuns: Rule = {
  id: 'merge-consecutive-runs',
  aliases: ['DL3059'],
  severity: 'info',
  category: 'layers',
  docs: 'docs/rules/merge-consecutive-runs.md',
  tier: 1,
  scope: 'shipped',
  description: 'Adjacent short RUNs with the same flags in a shipped stage: several layers where one would do.',
  check({ analysis, options, report }) {
    const runs = new Map<Instruction, RunStep>(runSteps(analysis, options.nonPosixStages).map((r) => [r.instruction, r]));
    for (const stage of analysis.image.stages) {
      if (!stage.ships) continue;
      const steps = stage.steps.filter((s) => !s.onbuild);
      for (let k = 1; k < steps.length; k++) {
        const first = runs.get(steps[k - 1].instruction);
        const second = runs.get(steps[k].instruction);
        if (!first || !second || first.scripts.length === 0 || second.scripts.length === 0) continue;
        if (flagText(first.instruction) !== flagText(second.instruction)) continue;
        if (first.commands.length > 2 || second.commands.length > 2) continue;
        const edit = mergeRunsEdit(analysis.tree, first.instruction, second.instruction, first.scripts[0], second.scripts[0]);
        report({
          message: `Two RUNs in a row make two layers (${layerLabel(first)} and ${layerLabel(second)}) where one would do; each layer adds its own metadata and files changed in both are stored twice. Join them with &&.`,
          span: second.instruction.keywordSpan,
          related: [{ span: first.instruction.keywordSpan, message: 'the RUN before it' }],
          fixes: edit ? [{ title: 'Merge into the previous RUN', edits: [edit], isPreferred: true }] : [],
        });
      }
    }
  },
};

function flagText(instruction: Instruction): string {
  return instruction.flags.map((f) => `${f.name.toLowerCase()}=${f.value ?? ''}`).sort().join(' ');
}

function layerLabel(run: RunStep): string {
  return run.step.layerIndex === null ? 'a layer' : `layer ${run.step.layerIndex + 1}`;
}
