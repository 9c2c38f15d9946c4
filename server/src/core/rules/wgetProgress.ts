import type { Rule } from './rule';
import { insertAfter } from './shared/edits';
import { runSteps } from './shared/runScripts';

const QUIET = /^(?:-q|--quiet|-nv|--no-verbose|--progress(?:=.*)?|-o|--output-file(?:=.*)?|-a|--append-output(?:=.*)?|-o.+)$|^-[A-Za-z]*q/;

export const wgetProgress: Rule = {
  id: 'wget-progress',
  aliases: ['DL3047'],
  severity: 'hint',
  category: 'style',
  docs: 'docs/rules/wget-progress.md',
  tier: 2,
  description: '`wget` without `--progress`, `-q` or `-nv`: the build log fills with progress bars.',
  check({ analysis, options, report }) {
    for (const run of runSteps(analysis, options.nonPosixStages)) {
      for (const command of run.commands) {
        if (command.program !== 'wget' || !command.name || command.args.some((a) => QUIET.test(a.value))) continue;
        report({
          message: 'wget without --progress, -q or -nv writes a progress line for every few kB: large downloads flood the build log. Add --progress=dot:giga.',
          span: command.name.span,
          fixes: [{ title: 'Add --progress=dot:giga', edits: [insertAfter(command.name, ' --progress=dot:giga')], isPreferred: true }],
        });
      }
    }
  },
};
