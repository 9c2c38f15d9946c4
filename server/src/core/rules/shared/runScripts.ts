/** The RUN steps of every stage with their shell scripts, read once per analysis for all shell rules. */
import type { Analysis } from '../../analysis';
import type { StageModel, Step } from '../../model';
import { isPosixShell, scriptsOf, shellAt, type ShellCommand, type ShellScript } from '../../shell';
import type { Instruction } from '../../syntax';
import { managersIn, type ManagerSet } from './packages';

export interface RunStep {
  readonly stage: StageModel;
  readonly step: Step;
  readonly instruction: Instruction;
  /** Empty for exec form, non-POSIX shells and heredocs run by other interpreters. */
  readonly scripts: readonly ShellScript[];
  /** Every command of every script, in order. */
  readonly commands: readonly ShellCommand[];
  /** The package managers the commands run: rules about one manager skip the other RUNs with `usesManager`. */
  readonly managers: ManagerSet;
}

// A memo, not state: the same analysis always yields the same steps.
const memo = new WeakMap<Analysis, Map<string, readonly RunStep[]>>();
const NO_STAGES: ReadonlySet<number> = new Set();
const NO_COMMANDS: readonly ShellCommand[] = [];

/**
 * RUN steps written in the stages themselves (ONBUILD triggers run by a FROM are left to their own line).
 * `nonPosixStages`: stages a `# hadolint shell=` pragma (read by the engine) gives a non-POSIX shell.
 */
export function runSteps(analysis: Analysis, nonPosixStages: ReadonlySet<number> = NO_STAGES): readonly RunStep[] {
  let byOverride = memo.get(analysis);
  if (!byOverride) memo.set(analysis, (byOverride = new Map()));
  // Keyed by content: the engine builds a new set for every lint run.
  const key = nonPosixStages.size === 0 ? '' : [...nonPosixStages].sort((a, b) => a - b).join(',');
  const cached = byOverride.get(key);
  if (cached) return cached;
  const result: RunStep[] = [];
  for (const stage of analysis.image.stages) {
    // The shell at the stage start; SHELL steps below change it for the steps after them.
    let shell = shellAt(analysis.image, stage, stage.from);
    for (const step of stage.steps) {
      const instruction = step.instruction;
      if (instruction.kind === 'SHELL' && instruction.json && instruction.json.elements.length > 0) shell = instruction.json.elements[0].value;
      if (step.onbuild || instruction.kind !== 'RUN') continue;
      const posix = !nonPosixStages.has(stage.index) && isPosixShell(shell);
      const scripts = posix ? scriptsOf(step.instruction, analysis.tree) : [];
      const commands = scripts.length === 0 ? NO_COMMANDS : scripts.length === 1 ? scripts[0].commands : scripts.flatMap((s) => s.commands);
      result.push({ stage, step, instruction: step.instruction, scripts, commands, managers: commands.length === 0 ? 0 : managersIn(commands) });
    }
  }
  byOverride.set(key, result);
  return result;
}

// A memo, not state: keyed by the (memoized) list, so one index per analysis serves every rule.
const byInstructionMemo = new WeakMap<readonly RunStep[], ReadonlyMap<Instruction, RunStep>>();

/** The RUN steps of `runSteps` by their instruction. */
export function runsByInstruction(analysis: Analysis, nonPosixStages: ReadonlySet<number> = NO_STAGES): ReadonlyMap<Instruction, RunStep> {
  const runs = runSteps(analysis, nonPosixStages);
  let index = byInstructionMemo.get(runs);
  if (!index) {
    const map = new Map<Instruction, RunStep>();
    for (const run of runs) map.set(run.instruction, run);
    byInstructionMemo.set(runs, (index = map));
  }
  return index;
}

/** The RUN runs one of the managers of the set (`managerSet(...)`, kept in a module constant). */
export function usesManager(run: RunStep, managers: ManagerSet): boolean {
  return (run.managers & managers) !== 0;
}

/** "layer 4" as the CodeLens counts it (1-based, layers of this file in the stage's image). */
export function layerName(step: Step): string {
  return step.layerIndex === null ? 'no layer' : `layer ${step.layerIndex + 1}`;
}

/** Steps of a stage in order, without ONBUILD triggers. */
export function ownSteps(stage: StageModel): readonly Step[] {
  return stage.steps.filter((s) => !s.onbuild);
}
