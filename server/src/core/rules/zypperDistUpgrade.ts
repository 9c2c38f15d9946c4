import type { Rule } from './rule';
import { managerOf, managerSet } from './shared/packages';
import { runSteps, usesManager } from './shared/runScripts';

const ZYPPER = managerSet('zypper');

export const zypperDistUpgrade: Rule = {
  id: 'zypper-dist-upgrade',
  aliases: ['DL3035'],
  severity: 'warning',
  category: 'reproducibility',
  docs: 'docs/rules/zypper-dist-upgrade.md',
  tier: 2,
  description: '`zypper dist-upgrade` in a Dockerfile.',
  check({ analysis, options, report }) {
    for (const run of runSteps(analysis, options.nonPosixStages)) {
      if (!usesManager(run, ZYPPER)) continue;
      for (const command of run.commands) {
        const pkg = managerOf(command);
        if (!pkg || pkg.manager !== 'zypper' || !pkg.action || (pkg.action.value !== 'dist-upgrade' && pkg.action.value !== 'dup')) continue;
        report({
          message: 'zypper dist-upgrade moves the whole distribution to whatever the repositories hold today: the image differs from build to build. Use a newer base image tag instead.',
          span: pkg.action.span,
        });
      }
    }
  },
};
