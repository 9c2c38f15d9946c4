import type { StageModel, Step } from '../model';
import type { ShellCommand } from '../shell';
import type { Instruction } from '../syntax';
import type { Rule } from './rule';
import { copiedPaths, downloadTargets, removalTest, removes, resolvePath, workdirsOf, type CreatedPath } from './shared/paths';
import { layerName, runsByInstruction, type RunStep } from './shared/runScripts';

export const deleteFileFromEarlierLayer: Rule = {
  id: 'delete-file-from-earlier-layer',
  aliases: [],
  severity: 'warning',
  category: 'layers',
  docs: 'docs/rules/delete-file-from-earlier-layer.md',
  tier: 1,
  scope: 'shipped',
  description: '`rm` of a file an earlier layer of the stage added: a whiteout hides it, its bytes still ship.',
  check({ analysis, options, report }) {
    const runs = runsByInstruction(analysis, options.nonPosixStages);
    const stages = analysis.image.stages;
    // Index loops: the rule visits every step and command, and a for-of allocates per step until V8 optimizes it.
    for (let s = 0; s < stages.length; s++) {
      const stage = stages[s];
      // Only an `rm` can be reported: stages without one are skipped before any path is read.
      if (!stage.ships || !hasRm(stage, runs)) continue;
      const workdirs = workdirsOf(stage);
      const created: Created[] = [];
      for (let k = 0; k < stage.steps.length; k++) {
        const step = stage.steps[k];
        if (step.onbuild) continue;
        const workdir = workdirs.get(step) ?? null;
        const kind = step.instruction.kind;
        if ((kind === 'COPY' || kind === 'ADD') && step.mounts.length === 0) {
          for (const path of copiedPaths(step.instruction, workdir)) created.push({ step, path });
          continue;
        }
        const run = kind === 'RUN' ? runs.get(step.instruction) : undefined;
        if (!run) continue;
        let reported: Set<Step> | null = null;
        for (const command of run.commands) {
          if (command.program !== 'rm' || created.length === 0) continue;
          for (const arg of command.args) {
            if (arg.opaque || arg.value.startsWith('-')) continue;
            const removed = resolvePath(arg.value, workdir);
            if (removed === null) continue;
            const hit = firstRemoved(created, removalTest(removed), reported);
            if (!hit) continue;
            (reported ??= new Set()).add(hit.step);
            report({
              message: `${hit.path.path} was added by an earlier instruction and stays in ${layerName(hit.step)}: rm here only hides it (a whiteout in ${layerName(step)}), the image still carries its bytes. Remove it in the same RUN that creates it, mount it with RUN --mount=type=bind, or produce it in a build stage.`,
              span: arg.span,
              related: [{ span: hit.path.span, message: `added here, in ${layerName(hit.step)}` }],
            });
          }
        }
        const commands = run.commands;
        for (let index = 0; index < commands.length; index++) {
          const program = commands[index].program;
          if (program !== 'curl' && program !== 'wget') continue;
          for (const path of downloadTargets(commands[index], workdir)) {
            // Deleted later in the same RUN: never reaches the layer.
            if (!removedAfter(commands, index, path.path, workdir)) created.push({ step, path });
          }
        }
      }
    }
  },
};

interface Created {
  readonly step: Step;
  readonly path: CreatedPath;
}

/** The first created path `removesPath` deletes whose step is not reported yet (a loop, not a closure over the loop's variables). */
function firstRemoved(created: readonly Created[], removesPath: (path: string) => boolean, reported: ReadonlySet<Step> | null): Created | undefined {
  for (const c of created) if (!reported?.has(c.step) && removesPath(c.path.path)) return c;
  return undefined;
}

function hasRm(stage: StageModel, runs: ReadonlyMap<Instruction, RunStep>): boolean {
  for (let k = 0; k < stage.steps.length; k++) {
    const instruction = stage.steps[k].instruction;
    const run = instruction.kind === 'RUN' ? runs.get(instruction) : undefined;
    if (run) for (let c = 0; c < run.commands.length; c++) if (run.commands[c].program === 'rm') return true;
  }
  return false;
}

/** An `rm` after `commands[index]` deletes `path`. */
function removedAfter(commands: readonly ShellCommand[], index: number, path: string, workdir: string | null): boolean {
  for (let i = index + 1; i < commands.length; i++) {
    const command = commands[i];
    if (command.program === 'rm' && command.args.some((a) => removes(resolvePath(a.value, workdir) ?? '/', path))) return true;
  }
  return false;
}
