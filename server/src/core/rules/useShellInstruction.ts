import type { Rule } from './rule';
import { runSteps } from './shared/runScripts';

export const useShellInstruction: Rule = {
  id: 'use-shell-instruction',
  aliases: ['DL4005'],
  severity: 'warning',
  category: 'correctness',
  docs: 'docs/rules/use-shell-instruction.md',
  tier: 2,
  description: '`ln … /bin/sh` in RUN to change the shell.',
  check({ analysis, options, report }) {
    for (const run of runSteps(analysis, options.nonPosixStages)) {
      for (const command of run.commands) {
        if (command.program !== 'ln') continue;
        const target = command.args.filter((a) => !a.value.startsWith('-')).at(-1);
        if (!target || target.value !== '/bin/sh') continue;
        report({
          message: 'Replacing /bin/sh changes the shell of every later RUN silently and of every container started from the image. Use the SHELL instruction to pick the shell for RUN.',
          span: command.span,
        });
      }
    }
  },
};
