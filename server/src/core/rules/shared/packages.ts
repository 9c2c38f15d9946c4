/** Package-manager commands in RUN scripts: which manager, which action, which package operands. */
import type { ShellCommand, ShellWord } from '../../shell';
import { operandsOf } from './commandOptions';

export type Manager = 'apt-get' | 'apt' | 'apk' | 'yum' | 'dnf' | 'microdnf' | 'zypper' | 'pip' | 'npm' | 'gem' | 'go' | 'yarn' | 'pnpm';

export interface PackageCommand {
  readonly manager: Manager;
  /** The command, with `python -m pip` read as `pip`. */
  readonly command: ShellCommand;
  /** The action word (`install`, `add`, `update`…), or null. */
  readonly action: ShellWord | null;
  /** Operands after the action, option values left out. */
  readonly operands: readonly ShellWord[];
}

/** Options whose value is the next word, per manager (so the value is never read as a package). */
const VALUED: Readonly<Record<Manager, ReadonlySet<string>>> = {
  'apt-get': new Set(['-o', '-t', '-c', '--option', '--target-release', '--default-release', '--config-file', '-a', '--host-architecture']),
  apt: new Set(['-o', '-t', '-c', '--option', '--target-release', '--default-release', '--config-file', '-a']),
  apk: new Set(['-X', '--repository', '-t', '--virtual', '-p', '--root', '--arch', '--cache-dir', '--keys-dir', '--repositories-file']),
  yum: new Set(['-c', '--config', '--installroot', '--releasever', '--enablerepo', '--disablerepo', '-x', '--exclude', '--setopt', '-R', '--randomwait', '-d', '-e', '--downloaddir']),
  dnf: new Set(['-c', '--config', '--installroot', '--releasever', '--enablerepo', '--disablerepo', '-x', '--exclude', '--setopt', '--repo', '--repofrompath', '-d', '-e', '--forcearch']),
  microdnf: new Set(['--enablerepo', '--disablerepo', '--setopt', '--installroot', '--releasever', '--config']),
  zypper: new Set(['-t', '--type', '-r', '--repo', '--from', '-R', '--root', '--releasever']),
  pip: new Set(['-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '-t', '--target', '--prefix', '--root', '--trusted-host', '--upgrade-strategy', '--platform', '--python-version', '--implementation', '--abi', '--no-binary', '--only-binary', '--src', '--log', '--cache-dir', '--progress-bar', '--root-user-action', '-C', '--config-settings', '--proxy', '--timeout', '--retries', '--python']),
  npm: new Set(['--registry', '--prefix', '--cache', '--userconfig', '-w', '--workspace', '--omit', '--include', '--loglevel', '--tag']),
  gem: new Set(['-v', '--version', '-i', '--install-dir', '-n', '--bindir', '-s', '--source', '-p', '--http-proxy', '--platform', '-g', '--file']),
  go: new Set(['-o', '-ldflags', '-gcflags', '-tags', '-mod', '-modfile', '-p', '-exec', '-C', '-pkgdir', '-toolexec', '-overlay', '-asmflags', '-buildmode', '-compiler', '-installsuffix']),
  yarn: new Set(['--cache-folder', '--modules-folder', '--network-timeout', '--registry', '--cwd', '--mutex']),
  pnpm: new Set(['--filter', '-C', '--dir', '--store-dir', '--registry']),
};

const PROGRAMS: ReadonlyMap<string, Manager> = new Map(Object.entries({
  'apt-get': 'apt-get', apt: 'apt', apk: 'apk', yum: 'yum', dnf: 'dnf', microdnf: 'microdnf', zypper: 'zypper',
  npm: 'npm', gem: 'gem', go: 'go', yarn: 'yarn', pnpm: 'pnpm',
  // tonistiigi/xx wrappers for cross builds take the same arguments.
  'xx-apt-get': 'apt-get', 'xx-apt': 'apt', 'xx-apk': 'apk',
} satisfies Record<string, Manager>));

/** The manager a command runs, or null. Read once per command (kept in its `derived` slot: a memo, not state). */
export function managerOf(command: ShellCommand): PackageCommand | null {
  // Most commands run no package manager: answered without touching the slot.
  const program = command.program;
  if (!PROGRAMS.has(program) && !program.startsWith('pip') && !program.startsWith('python')) return null;
  if (command.derived === undefined) command.derived = readManager(command);
  return command.derived as PackageCommand | null;
}

function readManager(command: ShellCommand): PackageCommand | null {
  const normalized = asPip(command);
  const manager: Manager | undefined = normalized ? 'pip' : PROGRAMS.get(command.program);
  if (!manager) return null;
  const read = normalized ?? command;
  const { subcommand, operands } = operandsOf(read, VALUED[manager]);
  return { manager, command: read, action: subcommand, operands };
}

/** `pip`, `pip3`, `pip3.11`, `python -m pip`, `python3 -m pip` as one `pip` command. */
function asPip(command: ShellCommand): ShellCommand | null {
  if (/^pip[0-9.]*$/.test(command.program)) return command;
  const args = command.args;
  if (/^python[0-9.]*$/.test(command.program) && args[0]?.value === '-m' && args[1]?.value === 'pip') {
    return { ...command, name: args[1], program: 'pip', args: args.slice(2) };
  }
  return null;
}

/**
 * A set of managers as the bits of a number: each RUN's set is read once per analysis (`RunStep.managers`),
 * and a rule about one manager skips the RUNs without it by one `&`, before reading any command.
 */
export type ManagerSet = number;

const MANAGER_BITS: Readonly<Record<Manager, number>> = {
  'apt-get': 1 << 0, apt: 1 << 1, apk: 1 << 2, yum: 1 << 3, dnf: 1 << 4, microdnf: 1 << 5, zypper: 1 << 6,
  pip: 1 << 7, npm: 1 << 8, gem: 1 << 9, go: 1 << 10, yarn: 1 << 11, pnpm: 1 << 12,
};

/** The set of the given managers (for module constants). */
export function managerSet(...managers: Manager[]): ManagerSet {
  let set = 0;
  for (const manager of managers) set |= MANAGER_BITS[manager];
  return set;
}

/** The managers the commands run. */
export function managersIn(commands: readonly ShellCommand[]): ManagerSet {
  let set = 0;
  for (const command of commands) {
    const pkg = managerOf(command);
    if (pkg) set |= MANAGER_BITS[pkg.manager];
  }
  return set;
}

/** Install-like commands of a manager with their action words (`apt-get install`, `apk add`, `npm i`). */
export function isInstall(pkg: PackageCommand): boolean {
  const action = pkg.action?.value;
  switch (pkg.manager) {
    case 'apt-get': case 'apt': case 'yum': case 'dnf': case 'microdnf': case 'pip': case 'gem': case 'go':
      return action === 'install';
    case 'zypper':
      return action === 'install' || action === 'in';
    case 'apk':
      return action === 'add';
    case 'npm':
      return action === 'install' || action === 'i' || action === 'add' || action === 'isntall';
    case 'yarn':
      return action === undefined || action === 'install' || action === 'add';
    case 'pnpm':
      return action === 'install' || action === 'i' || action === 'add';
    default: {
      const unreachable: never = pkg.manager;
      return unreachable;
    }
  }
}

const ARCHIVE = /\.(?:deb|rpm|apk|whl|tar|tgz|gz|bz2|xz|zip|egg)$/i;

/**
 * An operand that names a registry package: not `$…` or otherwise expanded, not a URL, path, archive or
 * glob. `slashIsPath` for OS package managers, where `pkg/release` or `/x` is never a plain name. The
 * cheap character tests run before the regular expressions.
 */
export function isPackageName(w: ShellWord, slashIsPath: boolean): boolean {
  const v = w.value;
  if (w.opaque || v.startsWith('$') || v === '' || v === '.' || v === '..') return false;
  if (v.includes(':') && (URL_SCHEME.test(v) || v.startsWith('file:'))) return false;
  if (v.startsWith('git+') || v.startsWith('./') || v.startsWith('../') || v.startsWith('/') || v.startsWith('~')) return false;
  if (slashIsPath && v.includes('/')) return false;
  if (v.includes('.') && ARCHIVE.test(v)) return false;
  return !hasGlob(v);
}

const URL_SCHEME = /^[a-z+]+:\/\//i;

/** `*`, `?` or `[` outside a `[…]` extras list (`pkg[extra]` is a pip name, not a glob). */
function hasGlob(v: string): boolean {
  if (!v.includes('*') && !v.includes('?') && !v.includes('[')) return false;
  return /[*?[]/.test(v.replace(/\[[^\]]*\]/g, ''));
}
