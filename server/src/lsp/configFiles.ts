/**
 * Finding and reading `.hadolint.yaml` (RULES.md §3.1): an explicit path, else the nearest one walking up
 * from the Dockerfile to the workspace root, else hadolint's user locations. Plain fs; shared by the
 * language server and the CLI.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseHadolintConfig, type ConfigProblem, type HadolintConfig } from '../core/rules';

export const HADOLINT_FILE_NAMES = ['.hadolint.yaml', '.hadolint.yml'];

export interface LoadedConfig {
  readonly file: string;
  readonly text: string;
  readonly config: HadolintConfig;
  readonly problems: readonly ConfigProblem[];
}

/** hadolint's user-level locations, in its order. */
export function userConfigLocations(env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string[] {
  const xdg = env.XDG_CONFIG_HOME;
  return [
    ...(xdg ? [path.join(xdg, 'hadolint.yaml')] : []),
    path.join(home, '.config', 'hadolint.yaml'),
    path.join(home, '.hadolint', 'hadolint.yaml'),
    path.join(home, 'hadolint', 'config.yaml'),
    path.join(home, '.hadolint.yaml'),
  ];
}

/** The nearest `.hadolint.yaml`/`.yml` from `startDir` up to `stopDir` (inclusive; the filesystem root when null). */
export function findNearestConfig(startDir: string, stopDir: string | null): string | null {
  let dir = path.resolve(startDir);
  const stop = stopDir ? path.resolve(stopDir) : null;
  for (;;) {
    for (const name of HADOLINT_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (isFile(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (dir === stop || parent === dir || (stop !== null && !isInside(dir, stop))) return null;
    dir = parent;
  }
}

/** Which config file applies to a Dockerfile: explicit, nearest, or a user location; null when none. */
export function locateConfig(dockerfile: string | null, explicit: string | null, workspaceRoot: string | null, userLocations: readonly string[] = userConfigLocations()): string | null {
  if (explicit) return path.resolve(workspaceRoot ?? process.cwd(), explicit);
  if (dockerfile) {
    const nearest = findNearestConfig(path.dirname(dockerfile), workspaceRoot && isInside(dockerfile, workspaceRoot) ? workspaceRoot : null);
    if (nearest) return nearest;
  }
  return userLocations.find(isFile) ?? null;
}

/** Reads and parses a config file. An unreadable file is a problem in the result, never a throw. */
export function readConfig(file: string): LoadedConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return { file, text: '', config: parseHadolintConfig('').config, problems: [{ message: `Cannot read ${file} (${code}); no hadolint configuration is used.`, severity: 'error', span: null }] };
  }
  return { file, text, ...parseHadolintConfig(text) };
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * The `.dockerignore` of a Dockerfile's build context, taken to be the Dockerfile's folder: BuildKit first
 * reads `<Dockerfile name>.dockerignore` beside it, then `.dockerignore`. Null when neither exists.
 */
export function dockerignoreFor(dockerfile: string): string | null {
  for (const candidate of [`${dockerfile}.dockerignore`, path.join(path.dirname(dockerfile), '.dockerignore')]) {
    try {
      return fs.readFileSync(candidate, 'utf8');
    } catch {
      // Not there (or unreadable): try the next name.
    }
  }
  return null;
}
