/** The shared check of the pinning rules: unpinned package operands of install commands. */
import type { ShellWord } from '../../shell';
import type { Report, RuleContext } from '../rule';
import { isInstall, managerOf, packageNames, type Manager } from './packages';
import { runSteps } from './runScripts';

export interface PinningCheck {
  readonly managers: readonly Manager[];
  /** OS package managers: a `/` in an operand means a path or release, never a plain name. */
  readonly slashIsPath: boolean;
  /** True when the operand names a version. */
  isPinned(word: ShellWord, otherArgs: readonly ShellWord[]): boolean;
  alias(manager: Manager): string;
  message(manager: Manager, names: readonly string[]): string;
}

export function checkPinning(context: RuleContext, check: PinningCheck): void {
  for (const run of runSteps(context.analysis, context.options.nonPosixStages)) {
    for (const command of run.commands) {
      const pkg = managerOf(command);
      if (!pkg || !check.managers.includes(pkg.manager) || !isInstall(pkg)) continue;
      const unpinned = packageNames(pkg, check.slashIsPath).filter((w) => !check.isPinned(w, pkg.command.args));
      if (unpinned.length === 0) continue;
      const names = unpinned.map((w) => w.value);
      const report: Report = {
        message: check.message(pkg.manager, names),
        span: { start: unpinned[0].span.start, end: unpinned[unpinned.length - 1].span.end },
        alias: check.alias(pkg.manager),
      };
      context.report(report);
    }
  }
}

export function listNames(names: readonly string[]): string {
  const shown = names.slice(0, 4).map((n) => `"${n}"`).join(', ');
  return names.length > 4 ? `${shown} and ${names.length - 4} more` : shown;
}
