import * as path from 'node:path';

/** The repository root and the shared spec folder beside it. */
export const REPO_ROOT = path.resolve(__dirname, '../..');
export const SHARED = process.env.LAYERWISE_SHARED ?? path.resolve(REPO_ROOT, '../shared');
export const CONFORMANCE = path.join(SHARED, 'conformance/buildkit-parser');
export const CORPUS = path.join(SHARED, 'corpus');
