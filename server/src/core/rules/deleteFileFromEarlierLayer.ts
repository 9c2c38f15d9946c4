import type { Step } from '../model';
import type { Rule } from './rule';
import { copiedPaths, downloadTargets, removes, resolvePath, workdirsOf, type CreatedPath } from './shared/paths';
import { layerName, runSteps } from './shared/runScripts';

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
    const runs = new Map(runSteps(analysis, options.nonPosixStages).map((r) => [r.step, r]));
    for (const stage of analysis.image.stages) {
      if (!stage.ships) continue;
      const workdirs = workdirsOf(stage);
      const created: { step: Step; path: CreatedPath }[] = [];
      for (const step of stage.steps) {
        if (step.onbuild) continue;
        const workdir = workdirs.get(step) ?? null;
        const kind = step.instruction.kind;
        if ((kind === 'COPY' || kind === 'ADD') && step.mounts.length === 0) {
          for (const path of copiedPaths(step.instruction, workdir)) created.push({ step, path });
          continue;
        }
        const run = kind === 'RUN' ? runs.get(step) : undefined;
        if (!run) continue;
        const reported = new Set<Step>();
        for (const command of run.commands) {
          if (command.program !== 'rm') continue;
          for (const arg of command.args) {
            if (arg.opaque || arg.value.startsWith('-')) continue;
            const removed = resolvePath(arg.value, workdir);
            if (removed === null) continue;
            const hit = created.find((c) => !reported.has(c.step) && removes(removed, c.path.path));
            if (!hit) continue;
            reported.add(hit.step);
            report({
              message: `${hit.path.path} was added by an earlier instruction and stays in ${layerName(hit.step)}: rm here only hides it (a whiteout in ${layerName(step)}), the image still carries its bytes. Remove it in the same RUN that creates it, mount it with RUN --mount=type=bind, or produce it in a build stage.`,
              span: arg.span,
              related: [{ span: hit.path.span, message: `added here, in ${layerName(hit.step)}` }],
            });
          }
        }
        run.commands.forEach((command, index) => {
          for (const path of downloadTargets(command, workdir)) {
            // Deleted later in the same RUN: never reaches the layer.
            const gone = run.commands.slice(index + 1).some((c) => c.program === 'rm' && c.args.some((a) => removes(resolvePath(a.value, workdir) ?? '/', path.path)));
            if (!gone) created.push({ step, path });
          }
        });
      }
    }
  },
};
