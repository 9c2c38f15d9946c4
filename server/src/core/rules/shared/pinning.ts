/** The shared check of the pinning rules: unpinned package operands of install commands. */
import type { ShellWord } from '../../shell';
import type { Report, RuleContext } from '../rule';
import { isInstall, isPackageName, managerOf, type Manager, type PackageCommand } from './packages';
import { runSteps, type RunStep } from './runScripts';

export interface PinningCheck {
  readonly managers: readonly Manager[];
  /** OS package managers: a `/` in an operand means a path or release, never a plain name. */
  readonly slashIsPath: boolean;
  /** True when the operand names a version. */
  isPinned(word: ShellWord, otherArgs: readonly ShellWord[]): boolean;
  /** For rules with several hadolint names (one per manager); the engine adds a rule's only name itself. */
  alias?(manager: Manager): string;
  message(manager: Manager, names: readonly string[]): string;
}

export function checkPinning(context: RuleContext, check: PinningCheck): void {
  for (const pkg of installCommands(runSteps(context.analysis, context.options.nonPosixStages))) {
    if (!check.managers.includes(pkg.manager)) continue;
    // Built only once an unpinned name turns up: most install commands list pinned names or none.
    let unpinned: ShellWord[] | null = null;
    for (const word of pkg.operands) {
      if (isPackageName(word, check.slashIsPath) && !check.isPinned(word, pkg.command.args)) (unpinned ??= []).push(word);
    }
    if (unpinned === null) continue;
    const report: Report = {
      message: check.message(pkg.manager, unpinned.map((w) => w.value)),
      span: { start: unpinned[0].span.start, end: unpinned[unpinned.length - 1].span.end },
      alias: check.alias?.(pkg.manager),
    };
    context.report(report);
  }
}

// A memo, not state: six pinning rules read the same install commands of one analysis.
const installMemo = new WeakMap<readonly RunStep[], readonly PackageCommand[]>();

/** Install commands of every RUN in order, read once for all pinning rules. */
function installCommands(runs: readonly RunStep[]): readonly PackageCommand[] {
  let installs = installMemo.get(runs);
  if (!installs) {
    const found: PackageCommand[] = [];
    for (const run of runs) {
      for (const command of run.commands) {
        const pkg = managerOf(command);
        if (pkg && isInstall(pkg)) found.push(pkg);
      }
    }
    installMemo.set(runs, (installs = found));
  }
  return installs;
}

export function listNames(names: readonly string[]): string {
  const shown = names.slice(0, 4).map((n) => `"${n}"`).join(', ');
  return names.length > 4 ? `${shown} and ${names.length - 4} more` : shown;
}
