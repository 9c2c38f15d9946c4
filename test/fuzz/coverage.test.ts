import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/paths';
import { FEATURE_DRIVERS, FEATURE_HELPERS } from './features';

const FEATURES_DIR = path.join(REPO_ROOT, 'server/src/core/features');

describe('fuzz: coverage of the core features', () => {
  it('has a driver for every function exported by server/src/core/features/', () => {
    const exported: string[] = [];
    for (const file of fs.readdirSync(FEATURES_DIR).filter((f) => f.endsWith('.ts')).sort()) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const module = require(path.join(FEATURES_DIR, file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) if (typeof value === 'function') exported.push(`${file}#${name}`);
    }
    assert.ok(exported.length >= 2, 'found no feature functions');
    const missing = exported.filter((key) => !(key in FEATURE_DRIVERS) && !FEATURE_HELPERS.has(key));
    assert.deepEqual(missing, [], `add a driver (or a helper entry) for these features to test/fuzz/features.ts: ${missing.join(', ')}`);
  });
});
