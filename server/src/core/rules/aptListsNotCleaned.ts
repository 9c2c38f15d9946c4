import type { Rule } from './rule';
import { hasCacheMountOn } from './shared/cacheMounts';
import { cachesRemovedBy } from './shared/cleanup';
import { appendCommand } from './shared/edits';
import { isInstall, managerOf } from './shared/packages';
import { layerName, runSteps } from './shared/runScripts';

const CLEANUP = 'rm -rf /var/lib/apt/lists/*';

export const aptListsNotCleaned: Rule = {
  id: 'apt-lists-not-cleaned',
  aliases: ['DL3009'],
  severity: 'info',
  category: 'layers',
  docs: 'docs/rules/apt-lists-not-cleaned.md',
  tier: 1,
  scope: 'shipped',
  description: 'A RUN that runs `apt-get update` and installs, but leaves the package index in its layer.',
  check({ analysis, options, report }) {
    for (const run of runSteps(analysis, options.nonPosixStages)) {
      if (!run.stage.ships || hasCacheMountOn(run.instruction, [/^\/var\/lib\/apt(?:\/lists)?$/])) continue;
      for (const script of run.scripts) {
        const commands = script.commands;
        const update = commands.findIndex((c) => isApt(c) && managerOf(c)?.action?.value === 'update');
        if (update < 0) continue;
        const install = commands.findIndex((c, i) => i > update && isApt(c) && isInstall(managerOf(c)!));
        if (install < 0) continue;
        if (commands.some((c, i) => i > install && cachesRemovedBy(c).includes('apt-lists'))) continue;
        const edit = appendCommand(script, CLEANUP);
        report({
          message: `The apt package index fetched by apt-get update (tens of MB) stays in ${layerName(run.step)} of this image. Remove it in the same RUN: ${CLEANUP}.`,
          span: commands[update].span,
          alias: 'DL3009',
          fixes: edit ? [{ title: `Add ${CLEANUP} at the end of this RUN`, edits: [edit], isPreferred: true }] : [],
        });
      }
    }
  },
};

function isApt(command: import('../shell').ShellCommand): boolean {
  return command.program === 'apt-get' || command.program === 'apt';
}
