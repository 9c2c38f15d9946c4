import type { Rule } from './rule';
import { hasCacheMountOn } from './shared/cacheMounts';
import { cacheRemovedAfter, type CacheKind } from './shared/cleanup';
import { appendCommand } from './shared/edits';
import { isInstall, managerOf, managerSet } from './shared/packages';
import { layerName, runSteps, usesManager } from './shared/runScripts';

const BY_MANAGER = {
  yum: { alias: 'DL3032', cleanup: 'yum clean all', cache: 'yum-cache', dir: /^\/var\/cache\/yum$/ },
  dnf: { alias: 'DL3040', cleanup: 'dnf clean all', cache: 'dnf-cache', dir: /^\/var\/cache\/dnf$/ },
  zypper: { alias: 'DL3036', cleanup: 'zypper clean', cache: 'zypper-cache', dir: /^\/var\/cache\/zypp$/ },
} as const satisfies Record<string, { alias: string; cleanup: string; cache: CacheKind; dir: RegExp }>;
const RPM = managerSet('yum', 'dnf', 'zypper');
/** Each manager's cache directory as the list `hasCacheMountOn` takes, built once. */
const CACHE_DIRS = { yum: [BY_MANAGER.yum.dir], dnf: [BY_MANAGER.dnf.dir], zypper: [BY_MANAGER.zypper.dir] };

export const rpmCacheNotCleaned: Rule = {
  id: 'rpm-cache-not-cleaned',
  aliases: ['DL3032', 'DL3040', 'DL3036'],
  severity: 'info',
  category: 'layers',
  docs: 'docs/rules/rpm-cache-not-cleaned.md',
  tier: 2,
  scope: 'shipped',
  description: '`yum`/`dnf`/`zypper install` without cleaning the package cache in the same RUN.',
  check({ analysis, options, report }) {
    for (const run of runSteps(analysis, options.nonPosixStages)) {
      if (!run.stage.ships || !usesManager(run, RPM)) continue;
      for (const script of run.scripts) {
        const reported = new Set<string>();
        for (let index = 0; index < script.commands.length; index++) {
          const pkg = managerOf(script.commands[index]);
          if (!pkg || (pkg.manager !== 'yum' && pkg.manager !== 'dnf' && pkg.manager !== 'zypper') || !isInstall(pkg) || !pkg.action) continue;
          const facts = BY_MANAGER[pkg.manager];
          if (reported.has(pkg.manager) || hasCacheMountOn(run.instruction, CACHE_DIRS[pkg.manager])) continue;
          if (cacheRemovedAfter(script.commands, index, facts.cache)) continue;
          reported.add(pkg.manager);
          const edit = appendCommand(script, facts.cleanup);
          report({
            message: `The ${pkg.manager} package cache stays in ${layerName(run.step)} of this image. Run ${facts.cleanup} at the end of the same RUN.`,
            span: pkg.action.span,
            alias: facts.alias,
            fixes: edit ? [{ title: `Add ${facts.cleanup} at the end of this RUN`, edits: [edit], isPreferred: true }] : [],
          });
        }
      }
    }
  },
};
