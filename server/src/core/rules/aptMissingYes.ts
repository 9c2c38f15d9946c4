import type { ShellWord } from '../shell';
import type { Rule } from './rule';
import { hasOption } from './shared/commandOptions';
import { insertAfter } from './shared/edits';
import { isInstall, managerOf, managerSet } from './shared/packages';
import { runSteps, usesManager } from './shared/runScripts';

const APT = managerSet('apt-get', 'apt');
const YES = ['--yes', '--assume-yes', '--force-yes', '--simulate', '--dry-run', '--just-print', '--no-act', '--recon'];
const QUIET_YES = /^(?:-qq|-q=2|--quiet=2|-yq+|-q+y)$/;

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
      if (!usesManager(run, APT)) continue;
      for (let index = 0; index < run.commands.length; index++) {
        const command = run.commands[index];
        const pkg = managerOf(command);
        if (!pkg || (pkg.manager !== 'apt-get' && pkg.manager !== 'apt') || !isInstall(pkg) || !pkg.action) continue;
        if (hasOption(command, 'ys', YES) || command.args.some(isQuietYes)) continue;
        // `yes | apt-get install …` answers the prompt.
        if (index > 0 && run.commands[index - 1].pipesOut) continue;
        report({
          message: 'apt-get install without -y asks for confirmation, and a build has nobody to answer: it aborts. Add -y.',
          span: pkg.action.span,
          fixes: [{ title: 'Add -y', edits: [insertAfter(pkg.action, ' -y')], isPreferred: true }],
        });
      }
    }
  },
};

/** `-qq` (quiet level 2) implies -y. */
function isQuietYes(word: ShellWord): boolean {
  return QUIET_YES.test(word.value);
}
