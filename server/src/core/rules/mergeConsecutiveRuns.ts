import type { Instruction } from '../syntax';
import type { Analysis } from '../analysis';
import type { Rule, RuleContext } from './rule';
import { mergeRunsEdit } from './shared/mergeRuns';
import { runsByInstruction, type RunStep } from './shared/runScripts';

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
    const runs = runsByInstruction(analysis, options.nonPosixStages);
    for (const stage of analysis.image.stages) {
      if (!stage.ships) continue;
      // The RUN of the step before (ONBUILD triggers skipped), undefined when that step is no RUN.
      let previous: RunStep | undefined;
      for (const step of stage.steps) {
        if (step.onbuild) continue;
        const run = runs.get(step.instruction);
        if (previous && run && worthMerging(previous, run)) reportPair(analysis, previous, run, report);
        previous = run;
      }
    }
  },
};

function reportPair(analysis: Analysis, first: RunStep, second: RunStep, report: RuleContext['report']): void {
  const edit = mergeRunsEdit(analysis.tree, first.instruction, second.instruction, first.scripts[0], second.scripts[0]);
  report({
    message: `Two RUNs in a row make two layers (${layerLabel(first)} and ${layerLabel(second)}) where one would do; each layer adds its own metadata and files changed in both are stored twice. Join them with &&.`,
    span: second.instruction.keywordSpan,
    related: [{ span: first.instruction.keywordSpan, message: 'the RUN before it' }],
    fixes: edit ? [{ title: 'Merge into the previous RUN', edits: [edit], isPreferred: true }] : [],
  });
}

/** Two short shell scripts with the same flags. */
function worthMerging(first: RunStep, second: RunStep): boolean {
  if (first.scripts.length === 0 || second.scripts.length === 0 || first.commands.length > 2 || second.commands.length > 2) return false;
  return sameFlags(first.instruction, second.instruction);
}

/** The same flags in any order (most RUNs have none: no text is built for them). */
function sameFlags(a: Instruction, b: Instruction): boolean {
  if (a.flags.length === 0 && b.flags.length === 0) return true;
  return flagText(a) === flagText(b);
}

function flagText(instruction: Instruction): string {
  return instruction.flags.map((f) => `${f.name.toLowerCase()}=${f.value ?? ''}`).sort().join(' ');
}

function layerLabel(run: RunStep): string {
  return run.step.layerIndex === null ? 'a layer' : `layer ${run.step.layerIndex + 1}`;
}
