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

/** The caches a command removes; empty when it is not a cleanup command. */
export function cachesRemovedBy(command: ShellCommand): CacheKind[] {
  const args = command.args.map((a) => a.value);
  const pkg = managerOf(command);
  if (pkg) {
    const action = pkg.action?.value;
    if ((pkg.manager === 'apt-get' || pkg.manager === 'apt') && (action === 'clean' || action === 'autoclean')) return ['apt-archives'];
    if ((pkg.manager === 'yum' || pkg.manager === 'dnf' || pkg.manager === 'microdnf') && action === 'clean') return [pkg.manager === 'yum' ? 'yum-cache' : 'dnf-cache'];
    if (pkg.manager === 'zypper' && (action === 'clean' || action === 'cc')) return ['zypper-cache'];
    if (pkg.manager === 'npm' && action === 'cache' && (args.includes('clean') || args.includes('rm'))) return ['npm-cache'];
    if (pkg.manager === 'yarn' && action === 'cache' && args.includes('clean')) return ['yarn-cache'];
    if (pkg.manager === 'pip' && action === 'cache' && (args.includes('purge') || args.includes('remove'))) return ['pip-cache'];
    if (pkg.manager === 'apk' && action === 'cache' && args.includes('clean')) return ['apk-cache'];
    return [];
  }
  if (command.program !== 'rm') return [];
  const kinds = new Set<CacheKind>();
  for (const word of command.args) {
    if (word.value.startsWith('-')) continue;
    for (const [pattern, kind] of REMOVED_PATHS) if (pattern.test(word.value)) kinds.add(kind);
  }
  return [...kinds];
}

/** The caches a command fills. */
export function cachesCreatedBy(command: ShellCommand): CacheKind[] {
  const pkg = managerOf(command);
  if (!pkg) return [];
  const action = pkg.action?.value;
  switch (pkg.manager) {
    case 'apt-get':
    case 'apt':
      if (action === 'update') return ['apt-lists'];
      return isInstall(pkg) || action === 'upgrade' || action === 'dist-upgrade' ? ['apt-archives'] : [];
    case 'apk':
      return isInstall(pkg) || action === 'update' ? ['apk-cache'] : [];
    case 'yum':
      return isInstall(pkg) || action === 'update' || action === 'makecache' ? ['yum-cache'] : [];
    case 'dnf':
    case 'microdnf':
      return isInstall(pkg) || action === 'update' || action === 'makecache' ? ['dnf-cache'] : [];
    case 'zypper':
      return isInstall(pkg) || action === 'refresh' || action === 'ref' ? ['zypper-cache'] : [];
    case 'pip':
      return isInstall(pkg) ? ['pip-cache'] : [];
    case 'npm':
      return isInstall(pkg) || action === 'ci' ? ['npm-cache'] : [];
    case 'yarn':
      return isInstall(pkg) ? ['yarn-cache'] : [];
    case 'gem':
    case 'go':
    case 'pnpm':
      return [];
    default: {
      const unreachable: never = pkg.manager;
      return unreachable;
    }
  }
}
