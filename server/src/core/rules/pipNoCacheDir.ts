import { visibleDeclarations } from '../model';
import type { ShellWord } from '../shell';
import type { Rule } from './rule';
import { hasCacheMountOn } from './shared/cacheMounts';
import { hasOption } from './shared/commandOptions';
import { insertAfter } from './shared/edits';
import { isInstall, managerOf, managerSet } from './shared/packages';
import { layerName, runSteps, usesManager } from './shared/runScripts';

const PIP = managerSet('pip');
const PIP_CACHE = [/\.cache(?:\/pip)?$/];
const NO_CACHE_DIR = ['--no-cache-dir'];

export const pipNoCacheDir: Rule = {
  id: 'pip-no-cache-dir',
  aliases: ['DL3042'],
  severity: 'info',
  category: 'layers',
  docs: 'docs/rules/pip-no-cache-dir.md',
  tier: 1,
  scope: 'shipped',
  description: '`pip install` without `--no-cache-dir`: downloaded wheels stay in the layer.',
  check({ analysis, options, report }) {
    for (const run of runSteps(analysis, options.nonPosixStages)) {
      if (!run.stage.ships || !usesManager(run, PIP) || hasCacheMountOn(run.instruction, PIP_CACHE)) continue;
      let declared: boolean | undefined;
      for (const command of run.commands) {
        const pkg = managerOf(command);
        if (!pkg || pkg.manager !== 'pip' || !isInstall(pkg) || !pkg.action) continue;
        if (hasOption(pkg.command, '', NO_CACHE_DIR) || command.assignments.some(setsNoCacheDir)) continue;
        // Looked up only for a pip install: the scan of declarations is linear in the stage.
        declared ??= visibleDeclarations(analysis, run.instruction.span.start).some((d) => d.name === 'PIP_NO_CACHE_DIR');
        if (declared) break;
        report({
          message: `pip keeps every downloaded package in ~/.cache/pip, which stays in ${layerName(run.step)} of this image. Add --no-cache-dir (or set ENV PIP_NO_CACHE_DIR=1).`,
          span: pkg.action.span,
          fixes: [{ title: 'Add --no-cache-dir', edits: [insertAfter(pkg.action, ' --no-cache-dir')], isPreferred: true }],
        });
      }
    }
  },
};

function setsNoCacheDir(assignment: ShellWord): boolean {
  return assignment.value.startsWith('PIP_NO_CACHE_DIR=');
}
