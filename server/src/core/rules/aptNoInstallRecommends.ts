import type { ShellWord } from '../shell';
import type { Rule } from './rule';
import { hasOption } from './shared/commandOptions';
import { insertAfter } from './shared/edits';
import { isInstall, managerOf, managerSet } from './shared/packages';
import { runSteps, usesManager } from './shared/runScripts';

const APT = managerSet('apt-get', 'apt');
const NO_RECOMMENDS = ['--no-install-recommends'];
const RECOMMENDS_OFF = /^APT::Install-Recommends=(?:false|0|no)$/i;

export const aptNoInstallRecommends: Rule = {
  id: 'apt-no-install-recommends',
  aliases: ['DL3015'],
  severity: 'info',
  category: 'layers',
  docs: 'docs/rules/apt-no-install-recommends.md',
  tier: 1,
  description: '`apt-get install` without `--no-install-recommends`.',
  check({ analysis, options, report }) {
    for (const run of runSteps(analysis, options.nonPosixStages)) {
      if (!usesManager(run, APT)) continue;
      for (const command of run.commands) {
        const pkg = managerOf(command);
        if (!pkg || (pkg.manager !== 'apt-get' && pkg.manager !== 'apt') || !isInstall(pkg) || !pkg.action) continue;
        if (hasOption(command, '', NO_RECOMMENDS) || command.args.some(turnsRecommendsOff)) continue;
        report({
          message: 'apt-get install also pulls in "recommended" packages, which often add tens of MB to this layer that the image never uses. Add --no-install-recommends and list what you need.',
          span: pkg.action.span,
          // Not preferred: dropping recommended packages can remove something the build relies on.
          fixes: [{ title: 'Add --no-install-recommends', edits: [insertAfter(pkg.action, ' --no-install-recommends')], isPreferred: false }],
        });
      }
    }
  },
};

function turnsRecommendsOff(word: ShellWord): boolean {
  return RECOMMENDS_OFF.test(word.value);
}
