import type { Rule } from './rule';
import { hasOption } from './shared/commandOptions';
import { insertAfter } from './shared/edits';
import { isInstall, managerOf } from './shared/packages';
import { runSteps } from './shared/runScripts';

export const aptMissingYes: Rule = {
  id: 'apt-missing-yes',
  aliases: ['DL3014'],
  severity: 'warning',
  category: 'correctness',
  docs: 'docs/rules/apt-missing-yes.md',
  tier: 1,
  description: '`apt-get install` without `-y`: the build has no terminal to answer the prompt.',
  check({ analysis, options, report }) {
    for (const run of runSteps(analysis, options.nonPosixStages)) {
      run.commands.forEach((command, index) => {
        const pkg = managerOf(command);
        if (!pkg || (pkg.manager !== 'apt-get' && pkg.manager !== 'apt') || !isInstall(pkg) || !pkg.action) return;
        if (hasOption(command, 'ys', ['--yes', '--assume-yes', '--force-yes', '--simulate', '--dry-run', '--just-print', '--no-act', '--recon']) || command.args.some((a) => /^(?:-qq|-q=2|--quiet=2|-yq+|-q+y)$/.test(a.value))) return;
        // `yes | apt-get install …` answers the prompt.
        if (index > 0 && run.commands[index - 1].pipesOut) return;
        report({
          message: 'apt-get install without -y asks for confirmation, and a build has nobody to answer: it aborts. Add -y.',
          span: pkg.action.span,
          alias: 'DL3014',
          fixes: [{ title: 'Add -y', edits: [insertAfter(pkg.action, ' -y')], isPreferred: true }],
        });
      });
    }
  },
};
