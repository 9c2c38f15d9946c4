import type { Rule } from './rule';
import { hasOption } from './shared/commandOptions';
import { insertAfter } from './shared/edits';
import { managerOf, managerSet } from './shared/packages';
import { runSteps, usesManager } from './shared/runScripts';

const ALIAS = { yum: 'DL3030', dnf: 'DL3038', zypper: 'DL3034' } as const;
const ACTIONS: Readonly<Record<keyof typeof ALIAS, ReadonlySet<string>>> = {
  yum: new Set(['install', 'remove', 'erase', 'update', 'upgrade', 'groupinstall', 'reinstall', 'downgrade', 'localinstall']),
  dnf: new Set(['install', 'remove', 'erase', 'update', 'upgrade', 'groupinstall', 'reinstall', 'downgrade', 'autoremove', 'distro-sync']),
  zypper: new Set(['install', 'in', 'remove', 'rm', 'update', 'up', 'patch', 'dist-upgrade', 'dup', 'source-install', 'si']),
};

const RPM = managerSet('yum', 'dnf', 'zypper');
const ZYPPER_YES = ['--no-confirm', '--non-interactive'];
const YUM_YES = ['--assumeyes'];

export const rpmMissingYes: Rule = {
  id: 'rpm-missing-yes',
  aliases: ['DL3030', 'DL3038', 'DL3034'],
  severity: 'warning',
  category: 'correctness',
  docs: 'docs/rules/rpm-missing-yes.md',
  tier: 2,
  description: '`yum`/`dnf`/`zypper` install or remove without `-y`: the build has no terminal to confirm.',
  check({ analysis, options, report }) {
    for (const run of runSteps(analysis, options.nonPosixStages)) {
      if (!usesManager(run, RPM)) continue;
      for (const command of run.commands) {
        const pkg = managerOf(command);
        if (!pkg || (pkg.manager !== 'yum' && pkg.manager !== 'dnf' && pkg.manager !== 'zypper') || !pkg.action) continue;
        if (!ACTIONS[pkg.manager].has(pkg.action.value)) continue;
        const yes = pkg.manager === 'zypper' ? hasOption(command, 'yn', ZYPPER_YES) : hasOption(command, 'y', YUM_YES);
        if (yes) continue;
        report({
          message: `${pkg.manager} ${pkg.action.value} asks for confirmation, and a build has nobody to answer: it aborts. Add -y.`,
          span: pkg.action.span,
          alias: ALIAS[pkg.manager],
          fixes: [{ title: 'Add -y', edits: [insertAfter(pkg.action, ' -y')], isPreferred: true }],
        });
      }
    }
  },
};
