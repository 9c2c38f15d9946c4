import type { ShellCommand } from '../shell';
import type { Rule } from './rule';
import { hasCacheMountOn } from './shared/cacheMounts';
import { cacheRemovedAfter } from './shared/cleanup';
import { appendCommand } from './shared/edits';
import { isInstall, managerOf, managerSet } from './shared/packages';
import { layerName, runSteps, usesManager } from './shared/runScripts';

const APT = managerSet('apt-get', 'apt');
const APT_LISTS = [/^\/var\/lib\/apt(?:\/lists)?$/];

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
      if (!run.stage.ships || !usesManager(run, APT) || hasCacheMountOn(run.instruction, APT_LISTS)) continue;
      for (const script of run.scripts) {
        const commands = script.commands;
        const update = nextApt(commands, -1, true);
        if (update < 0) continue;
        const install = nextApt(commands, update, false);
        if (install < 0 || cacheRemovedAfter(commands, install, 'apt-lists')) continue;
        const edit = appendCommand(script, CLEANUP);
        report({
          message: `The apt package index fetched by apt-get update (tens of MB) stays in ${layerName(run.step)} of this image. Remove it in the same RUN: ${CLEANUP}.`,
          span: commands[update].span,
          fixes: edit ? [{ title: `Add ${CLEANUP} at the end of this RUN`, edits: [edit], isPreferred: true }] : [],
        });
      }
    }
  },
};

/** Index of the first apt update (or install) after `after`, or -1. */
function nextApt(commands: readonly ShellCommand[], after: number, update: boolean): number {
  for (let i = after + 1; i < commands.length; i++) {
    const command = commands[i];
    if (!isApt(command)) continue;
    const pkg = managerOf(command);
    if (pkg && (update ? pkg.action?.value === 'update' : isInstall(pkg))) return i;
  }
  return -1;
}

function isApt(command: ShellCommand): boolean {
  return command.program === 'apt-get' || command.program === 'apt';
}
