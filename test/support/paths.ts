import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root. */
export const REPO_ROOT = path.resolve(__dirname, '../..');

/**
 * The shared spec folder (conformance cases, corpus): `$LAYERWISE_SHARED`, else the nearest `shared/`
 * beside the checkout or one of its parents (CI lays it beside the clone; worktrees sit deeper).
 */
export const SHARED = process.env.LAYERWISE_SHARED ?? findShared(REPO_ROOT);
export const CONFORMANCE = path.join(SHARED, 'conformance/buildkit-parser');
export const CORPUS = path.join(SHARED, 'corpus');

function findShared(start: string): string {
  const origin = originCheckout(start);
  return sharedAbove(start) ?? (origin ? sharedAbove(origin) : null) ?? path.resolve(start, '../shared');
}

function sharedAbove(start: string): string | null {
  for (let dir = path.dirname(start); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared');
    if (fs.existsSync(path.join(candidate, 'DESIGN.md'))) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

/**
 * The checkout this one was cloned from, when that is a folder on this machine: a throwaway clone of the
 * working copy (`git clone . $tmp && bash .ci/run`) finds the spec folder beside the original.
 */
function originCheckout(repo: string): string | null {
  try {
    const url = execFileSync('git', ['-C', repo, 'config', '--get', 'remote.origin.url'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return path.isAbsolute(url) && fs.existsSync(url) ? url : null;
  } catch {
    return null;
  }
}
