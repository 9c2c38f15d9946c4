import type { Rule } from './rule';
import { hasCacheMountOn } from './shared/cacheMounts';
import { cachesRemovedBy } from './shared/cleanup';
import { appendCommand } from './shared/edits';
import { isInstall, managerOf } from './shared/packages';
import { layerName, runSteps } from './shared/runScripts';

export const yarnCacheNotCleaned: Rule = {
  id: 'yarn-cache-not-cleaned',
  aliases: ['DL3060'],
  severity: 'info',
  category: 'layers',
  docs: 'docs/rules/yarn-cache-not-cleaned.md',
  tier: 2,
  scope: 'shipped',
  description: '`yarn install` without `yarn cache clean` in the same RUN.',
  check({ analysis, options, report }) {
    for (const run of runSteps(analysis, options.nonPosixStages)) {
      if (!run.stage.ships || hasCacheMountOn(run.instruction, [/yarn/, /\.cache$/])) continue;
      for (const script of run.scripts) {
        const index = script.commands.findIndex((c) => {
          const pkg = managerOf(c);
          return pkg !== null && pkg.manager === 'yarn' && isInstall(pkg);
        });
        if (index < 0 || script.commands.some((c, i) => i > index && cachesRemovedBy(c).includes('yarn-cache'))) continue;
        const edit = appendCommand(script, 'yarn cache clean');
        report({
          message: `yarn keeps a copy of every package in its cache, which stays in ${layerName(run.step)} of this image. Run yarn cache clean in the same RUN.`,
          span: script.commands[index].span,
          alias: 'DL3060',
          fixes: edit ? [{ title: 'Add yarn cache clean at the end of this RUN', edits: [edit], isPreferred: true }] : [],
        });
      }
    }
  },
};
