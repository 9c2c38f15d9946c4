/** Commands that remove package caches, and which earlier commands create those caches. */
import type { ShellCommand } from '../../shell';
import { managerOf, isInstall } from './packages';

export type CacheKind = 'apt-lists' | 'apt-archives' | 'apk-cache' | 'yum-cache' | 'dnf-cache' | 'zypper-cache' | 'pip-cache' | 'npm-cache' | 'yarn-cache' | 'tmp';

const REMOVED_PATHS: readonly [RegExp, CacheKind][] = [
  [/^\/var\/lib\/apt\/lists(?:\/|$)/, 'apt-lists'],
  [/^\/var\/cache\/apt(?:\/|$)/, 'apt-archives'],
  [/^\/var\/cache\/apk(?:\/|$)|^\/etc\/apk\/cache(?:\/|$)/, 'apk-cache'],
  [/^\/var\/cache\/yum(?:\/|$)/, 'yum-cache'],
  [/^\/var\/cache\/dnf(?:\/|$)/, 'dnf-cache'],
  [/^\/var\/cache\/zypp(?:\/|$)/, 'zypper-cache'],
  [/(?:^~|^\/root|^\$HOME|^\/home\/[^/]+)\/\.cache\/pip(?:\/|$)/, 'pip-cache'],
  [/(?:^~|^\/root|^\$HOME|^\/home\/[^/]+)\/\.npm(?:\/|$)/, 'npm-cache'],
  [/\/\.cache\/yarn(?:\/|$)|^\/usr\/local\/share\/\.cache\/yarn/, 'yarn-cache'],
  [/^\/tmp\/./, 'tmp'],
];

// One frozen list per answer: these functions run for every command of every RUN, most answer "none".
const NONE: readonly CacheKind[] = Object.freeze([]);
const ONLY = Object.fromEntries(REMOVED_PATHS.map(([, kind]) => [kind, Object.freeze([kind])])) as Readonly<Record<CacheKind, readonly CacheKind[]>>;

/** The caches a command removes; empty when it is not a cleanup command. */
export function cachesRemovedBy(command: ShellCommand): readonly CacheKind[] {
  const pkg = managerOf(command);
  if (pkg) {
    const action = pkg.action?.value;
    if ((pkg.manager === 'apt-get' || pkg.manager === 'apt') && (action === 'clean' || action === 'autoclean')) return ONLY['apt-archives'];
    if ((pkg.manager === 'yum' || pkg.manager === 'dnf' || pkg.manager === 'microdnf') && action === 'clean') return ONLY[pkg.manager === 'yum' ? 'yum-cache' : 'dnf-cache'];
    if (pkg.manager === 'zypper' && (action === 'clean' || action === 'cc')) return ONLY['zypper-cache'];
    if (pkg.manager === 'npm' && action === 'cache' && (hasArg(command, 'clean') || hasArg(command, 'rm'))) return ONLY['npm-cache'];
    if (pkg.manager === 'yarn' && action === 'cache' && hasArg(command, 'clean')) return ONLY['yarn-cache'];
    if (pkg.manager === 'pip' && action === 'cache' && (hasArg(command, 'purge') || hasArg(command, 'remove'))) return ONLY['pip-cache'];
    if (pkg.manager === 'apk' && action === 'cache' && hasArg(command, 'clean')) return ONLY['apk-cache'];
    return NONE;
  }
  if (command.program !== 'rm') return NONE;
  let kinds: CacheKind[] | null = null;
  for (const word of command.args) {
    if (word.value.startsWith('-')) continue;
    for (const [pattern, kind] of REMOVED_PATHS) if (pattern.test(word.value) && !kinds?.includes(kind)) (kinds ??= []).push(kind);
  }
  return kinds ?? NONE;
}

/** A command after `commands[index]` removes the cache (a loop: rules call it from inside their own loops). */
export function cacheRemovedAfter(commands: readonly ShellCommand[], index: number, kind: CacheKind): boolean {
  for (let i = index + 1; i < commands.length; i++) if (cachesRemovedBy(commands[i]).includes(kind)) return true;
  return false;
}

/** An argument of the command as given (the original arguments: `python -m pip` keeps its `-m pip`). */
function hasArg(command: ShellCommand, value: string): boolean {
  for (const arg of command.args) if (arg.value === value) return true;
  return false;
}

/** The caches a command fills. */
export function cachesCreatedBy(command: ShellCommand): readonly CacheKind[] {
  const pkg = managerOf(command);
  if (!pkg) return NONE;
  const action = pkg.action?.value;
  switch (pkg.manager) {
    case 'apt-get':
    case 'apt':
      if (action === 'update') return ONLY['apt-lists'];
      return isInstall(pkg) || action === 'upgrade' || action === 'dist-upgrade' ? ONLY['apt-archives'] : NONE;
    case 'apk':
      return isInstall(pkg) || action === 'update' ? ONLY['apk-cache'] : NONE;
    case 'yum':
      return isInstall(pkg) || action === 'update' || action === 'makecache' ? ONLY['yum-cache'] : NONE;
    case 'dnf':
    case 'microdnf':
      return isInstall(pkg) || action === 'update' || action === 'makecache' ? ONLY['dnf-cache'] : NONE;
    case 'zypper':
      return isInstall(pkg) || action === 'refresh' || action === 'ref' ? ONLY['zypper-cache'] : NONE;
    case 'pip':
      return isInstall(pkg) ? ONLY['pip-cache'] : NONE;
    case 'npm':
      return isInstall(pkg) || action === 'ci' ? ONLY['npm-cache'] : NONE;
    case 'yarn':
      return isInstall(pkg) ? ONLY['yarn-cache'] : NONE;
    case 'gem':
    case 'go':
    case 'pnpm':
      return NONE;
    default: {
      const unreachable: never = pkg.manager;
      return unreachable;
    }
  }
}
