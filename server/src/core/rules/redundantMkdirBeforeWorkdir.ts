import type { Rule } from './rule';
import { deleteInstruction } from './shared/edits';
import { resolvePath, workdirsOf } from './shared/paths';
import { unquote } from '../syntax';
import { runSteps } from './shared/runScripts';

export const redundantMkdirBeforeWorkdir: Rule = {
  id: 'redundant-mkdir-before-workdir',
  aliases: [],
  severity: 'hint',
  category: 'layers',
  docs: 'docs/rules/redundant-mkdir-before-workdir.md',
  tier: 2,
  description: '`RUN mkdir -p dir` right before `WORKDIR dir`, which creates the directory itself.',
  check({ analysis, options, report }) {
    for (const run of runSteps(analysis, options.nonPosixStages)) {
      if (run.commands.length !== 1 || run.scripts[0]?.kind !== 'shell-form' || run.instruction.flags.length > 0) continue;
      const command = run.commands[0];
      if (command.program !== 'mkdir') continue;
      const operands = command.args.filter((a) => !a.value.startsWith('-'));
      if (operands.length !== 1 || command.args.some((a) => a.value.startsWith('-') && a.value !== '-p' && a.value !== '--parents')) continue;
      const steps = run.stage.steps.filter((s) => !s.onbuild);
      const index = steps.indexOf(run.step);
      const next = steps[index + 1];
      if (!next || next.instruction.kind !== 'WORKDIR') continue;
      // After USER, mkdir makes a directory that user owns, WORKDIR one that root owns.
      if (steps.slice(0, index).some((s) => s.instruction.kind === 'USER')) continue;
      const workdir = workdirsOf(run.stage).get(run.step) ?? null;
      const made = resolvePath(operands[0].value, workdir);
      const named = resolvePath(unquote(next.instruction.args.text.trim()), workdir);
      if (made === null || made !== named) continue;
      report({
        message: `WORKDIR ${next.instruction.args.text.trim()} creates the directory itself; this RUN only adds a layer.`,
        span: run.instruction.span,
        tags: ['unnecessary'],
        related: [{ span: next.instruction.keywordSpan, message: 'creates the same directory' }],
        fixes: [{ title: 'Remove this RUN', edits: [deleteInstruction(analysis.tree, run.instruction)], isPreferred: true }],
      });
    }
  },
};
