import type { ShellCommand } from '../shell';
import type { Rule } from './rule';
import { hasCacheMountOn } from './shared/cacheMounts';
import { cacheRemovedAfter } from './shared/cleanup';
import { appendCommand } from './shared/edits';
import { isInstall, managerOf, managerSet } from './shared/packages';
import { layerName, runSteps, usesManager } from './shared/runScripts';

const YARN = managerSet('yarn');
const YARN_CACHE = [/yarn/, /\.cache$/];

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
      if (!run.stage.ships || !usesManager(run, YARN) || hasCacheMountOn(run.instruction, YARN_CACHE)) continue;
      for (const script of run.scripts) {
        const index = script.commands.findIndex(isYarnInstall);
        if (index < 0 || cacheRemovedAfter(script.commands, index, 'yarn-cache')) continue;
        const edit = appendCommand(script, 'yarn cache clean');
        report({
          message: `yarn keeps a copy of every package in its cache, which stays in ${layerName(run.step)} of this image. Run yarn cache clean in the same RUN.`,
          span: script.commands[index].span,
          fixes: edit ? [{ title: 'Add yarn cache clean at the end of this RUN', edits: [edit], isPreferred: true }] : [],
        });
      }
    }
  },
};

function isYarnInstall(command: ShellCommand): boolean {
  const pkg = managerOf(command);
  return pkg !== null && pkg.manager === 'yarn' && isInstall(pkg);
}
