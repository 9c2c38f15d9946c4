import type { TextEdit } from './rule';
import type { Rule } from './rule';
import { hasCacheMountOn } from './shared/cacheMounts';
import { hasOption } from './shared/commandOptions';
import { cachesRemovedBy } from './shared/cleanup';
import { deleteWord, insertAfter } from './shared/edits';
import { isInstall, managerOf } from './shared/packages';
import { layerName, runSteps } from './shared/runScripts';

export const apkUseNoCache: Rule = {
  id: 'apk-use-no-cache',
  aliases: ['DL3019'],
  severity: 'info',
  category: 'layers',
  docs: 'docs/rules/apk-use-no-cache.md',
  tier: 1,
  scope: 'shipped',
  description: '`apk add` without `--no-cache`: the package index stays in the layer.',
  check({ analysis, options, report }) {
    for (const run of runSteps(analysis, options.nonPosixStages)) {
      if (!run.stage.ships || hasCacheMountOn(run.instruction, [/^\/var\/cache\/apk$/, /^\/etc\/apk\/cache$/])) continue;
      run.commands.forEach((command, index) => {
        const pkg = managerOf(command);
        if (!pkg || pkg.manager !== 'apk' || !isInstall(pkg) || !pkg.action) return;
        if (hasOption(command, '', ['--no-cache'])) return;
        if (run.commands.some((c, i) => i > index && cachesRemovedBy(c).includes('apk-cache'))) return;
        const edits: TextEdit[] = [insertAfter(pkg.action, ' --no-cache')];
        for (const word of command.args) if (word.value === '-U' || word.value === '--update') edits.push(deleteWord(analysis.text, word));
        report({
          message: `apk add keeps the downloaded package index in /var/cache/apk, in ${layerName(run.step)} of this image. --no-cache fetches a fresh index and stores nothing (no separate apk update needed).`,
          span: pkg.action.span,
          alias: 'DL3019',
          fixes: [{ title: 'Use --no-cache', edits, isPreferred: true }],
        });
      });
    }
  },
};
