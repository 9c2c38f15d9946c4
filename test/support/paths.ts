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
  for (let dir = path.dirname(start); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared');
    if (fs.existsSync(path.join(candidate, 'DESIGN.md'))) return candidate;
    if (path.dirname(dir) === dir) return path.resolve(start, '../shared');
  }
}
