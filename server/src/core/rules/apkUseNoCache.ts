import type { TextEdit } from './rule';
import type { Rule } from './rule';
import { hasCacheMountOn } from './shared/cacheMounts';
import { hasOption } from './shared/commandOptions';
import { cacheRemovedAfter } from './shared/cleanup';
import { deleteWord, insertAfter } from './shared/edits';
import { isInstall, managerOf, managerSet } from './shared/packages';
import { layerName, runSteps, usesManager } from './shared/runScripts';

const APK = managerSet('apk');
const APK_CACHE = [/^\/var\/cache\/apk$/, /^\/etc\/apk\/cache$/];
const NO_CACHE = ['--no-cache'];

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
      if (!run.stage.ships || !usesManager(run, APK) || hasCacheMountOn(run.instruction, APK_CACHE)) continue;
      for (let index = 0; index < run.commands.length; index++) {
        const command = run.commands[index];
        const pkg = managerOf(command);
        if (!pkg || pkg.manager !== 'apk' || !isInstall(pkg) || !pkg.action) continue;
        if (hasOption(command, '', NO_CACHE) || cacheRemovedAfter(run.commands, index, 'apk-cache')) continue;
        const edits: TextEdit[] = [insertAfter(pkg.action, ' --no-cache')];
        for (const word of command.args) if (word.value === '-U' || word.value === '--update') edits.push(deleteWord(analysis.text, word));
        report({
          message: `apk add keeps the downloaded package index in /var/cache/apk, in ${layerName(run.step)} of this image. --no-cache fetches a fresh index and stores nothing (no separate apk update needed).`,
          span: pkg.action.span,
          fixes: [{ title: 'Use --no-cache', edits, isPreferred: true }],
        });
      }
    }
  },
};
