import type { ShellCommand } from '../shell';
import type { Instruction } from '../syntax';
import type { Rule } from './rule';
import { hasCacheMountOn } from './shared/cacheMounts';
import { mergeRunsEdit } from './shared/mergeRuns';
import { isInstall, managerOf, managerSet, type Manager } from './shared/packages';
import { layerName, runsByInstruction, runSteps, usesManager, type RunStep } from './shared/runScripts';

type Family = 'apt' | 'apk' | 'yum' | 'dnf';
/** Managers with a package index a RUN can update: RUNs without one are skipped. */
const INDEXED = managerSet('apt-get', 'apt', 'apk', 'yum', 'dnf', 'microdnf');
const INDEX_CACHES = [/^\/var\/lib\/apt(?:\/lists)?$/, /^\/var\/cache\/(?:apk|yum|dnf)$/];

export const aptUpdateAlone: Rule = {
  id: 'apt-update-alone',
  aliases: [],
  severity: 'warning',
  category: 'layers',
  docs: 'docs/rules/apt-update-alone.md',
  tier: 1,
  description: '`apt-get update` (or `apk update`, `yum makecache`) in a RUN that installs nothing, while a later RUN installs from that cached index.',
  check({ analysis, options, report }) {
    const runs = runSteps(analysis, options.nonPosixStages);
    for (const run of runs) {
      if (!usesManager(run, INDEXED) || hasCacheMountOn(run.instruction, INDEX_CACHES)) continue;
      for (const command of run.commands) {
        const family = updateFamily(command);
        if (!family || runsFamily(run.commands, family, installFamily)) continue;
        // The risk is a later install that relies on this cached index instead of updating itself.
        const stale = staleInstall(runs, run, family);
        if (!stale) continue;
        const next = nextStep(run);
        const nextRun = next ? runsByInstruction(analysis, options.nonPosixStages).get(next) : undefined;
        const mergeable = nextRun === stale && flagsOf(run.instruction) === flagsOf(stale.instruction);
        const edit = mergeable ? mergeRunsEdit(analysis.tree, run.instruction, stale.instruction, run.scripts[0], stale.scripts[0]) : null;
        report({
          message: `${command.program} ${command.args.find((a) => !a.value.startsWith('-'))?.value ?? ''} alone in ${layerName(run.step)}: the build cache reuses that layer until this line changes, so the install in ${layerName(stale.step)} can read an index weeks old and fail or get outdated packages. Update and install in the same RUN.`,
          span: command.span,
          related: [{ span: stale.instruction.keywordSpan, message: 'installs from the cached index' }],
          fixes: edit ? [{ title: 'Merge with the install in the next RUN', edits: [edit], isPreferred: true }] : [],
        });
        break;
      }
    }
  },
};

/** A later RUN of the stage that installs from the family's index without updating it first. */
function staleInstall(runs: readonly RunStep[], run: RunStep, family: Family): RunStep | undefined {
  for (const r of runs) {
    if (r.stage === run.stage && r.instruction.span.start > run.instruction.span.start
      && runsFamily(r.commands, family, installFamily) && !runsFamily(r.commands, family, updateFamily)) return r;
  }
  return undefined;
}

/** A command of the family (as `familyOf` reads it: installing or updating). */
function runsFamily(commands: readonly ShellCommand[], family: Family, familyOf: (command: ShellCommand) => Family | null): boolean {
  for (const command of commands) if (familyOf(command) === family) return true;
  return false;
}

function familyOf(manager: Manager): Family | null {
  switch (manager) {
    case 'apt-get': case 'apt': return 'apt';
    case 'apk': return 'apk';
    case 'yum': return 'yum';
    case 'dnf': case 'microdnf': return 'dnf';
    default: return null;
  }
}

function updateFamily(command: ShellCommand): Family | null {
  const pkg = managerOf(command);
  const action = pkg?.action?.value;
  if (!pkg || !action) return null;
  const family = familyOf(pkg.manager);
  if (family === 'apt' || family === 'apk') return action === 'update' ? family : null;
  return family !== null && action === 'makecache' ? family : null;
}

/** Actions that read the package index (install, upgrade, build-dep …). */
const INDEX_READERS = new Set(['upgrade', 'dist-upgrade', 'full-upgrade', 'build-dep', 'source', 'download', 'update-minimal', 'fix']);

function installFamily(command: ShellCommand): Family | null {
  const pkg = managerOf(command);
  if (!pkg) return null;
  const reads = isInstall(pkg) || INDEX_READERS.has(pkg.action?.value ?? '') || (pkg.manager === 'apt-get' && pkg.action?.value === 'install');
  return reads ? familyOf(pkg.manager) : null;
}

function nextStep(run: RunStep): Instruction | null {
  const steps = run.stage.steps.filter((s) => !s.onbuild);
  const index = steps.findIndex((s) => s.instruction === run.instruction);
  return steps[index + 1]?.instruction ?? null;
}

function flagsOf(instruction: Instruction): string {
  return instruction.flags.map((f) => `${f.name.toLowerCase()}=${f.value ?? ''}`).sort().join(' ');
}
