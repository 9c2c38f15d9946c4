import * as assert from 'node:assert/strict';
import { Minimatch as RealMinimatch } from 'minimatch';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Minimatch } from '../../../client/src/shims/minimatch';
import { NotebookDocumentSyncFeature } from '../../../client/src/shims/notebook';
import parse from '../../../client/src/shims/semverParse';
import satisfies from '../../../client/src/shims/semverSatisfies';

interface RealSemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease: (string | number)[];
}
// semver ships no types; only these two functions are compared.
const load = createRequire(__filename);
const realParse = load('semver/functions/parse') as (version: string) => RealSemVer | null;
const realSatisfies = load('semver/functions/satisfies') as (version: RealSemVer, range: string) => boolean;

// The shims replace minimatch and semver inside the client bundle; the real packages (installed as
// vscode-languageclient's dependencies) are the reference here.
describe('bundle shims of vscode-languageclient dependencies', () => {
  it('parses and checks VS Code versions against a caret range as semver does', () => {
    const versions = ['1.91.0', '1.91.1', '1.90.9', '1.105.0-insider', '2.0.0', '1.0.0', '0.9.0', 'v1.95.3', '1.95', 'x.y.z', '1.95.3+build.7'];
    for (const range of ['^1.91.0', '^0.9.0', '^0.0.3']) {
      for (const version of versions) {
        const ours = parse(version);
        const real = realParse(version);
        assert.equal(ours === null, real === null, `parse ${version}`);
        if (!ours || !real) continue;
        assert.deepEqual([ours.major, ours.minor, ours.patch, ours.prerelease], [real.major, real.minor, real.patch, [...real.prerelease].map(String)]);
        // The client empties the prerelease before checking (an insider build counts as its release).
        ours.prerelease = [];
        real.prerelease = [];
        assert.equal(satisfies(ours, range), realSatisfies(real, range), `${version} ${range}`);
      }
    }
    assert.throws(() => satisfies(parse('1.2.3')!, '>=1.0.0'), /only \^x\.y\.z ranges/);
  });

  it('matches glob patterns as minimatch does', () => {
    const patterns = ['**/*.ts', '**/.hadolint.{yaml,yml}', '/work/**/Dockerfile', 'src/*.js', '**/*.[jt]s', 'a/?/c', '**', '*.d.ts', '**/node_modules/**', '{a,b{c,d}}/x', 'f\\*o', 'x/[!a]*'];
    const paths = ['/work/a.ts', 'src/a.js', 'src/.a.js', 'src/x/a.js', '.hadolint.yaml', 'p/.hadolint.yml', 'p/q/.hadolint.yaml', '/work/x/y/Dockerfile', '/work/Dockerfile', 'a/b/c', 'a/bb/c', 'x.d.ts', 'a/node_modules/b/c.js', 'bd/x', 'a/x', 'f*o', 'fxo', 'x/b1', 'x/a1', '.git/x.ts', 'deep/.dot/x.ts'];
    for (const pattern of patterns) {
      for (const options of [{ noext: true }, { dot: true }, { nocase: true }]) {
        const ours = new Minimatch(pattern, options);
        const real = new RealMinimatch(pattern, options);
        assert.ok(ours.makeRe());
        for (const path of [...paths, ...paths.map((p) => p.toUpperCase())]) assert.equal(ours.match(path), real.match(path), `${pattern} ${JSON.stringify(options)} on ${path}`);
      }
    }
  });

  it('stands in for the notebook sync feature with everything the language client reads of it', () => {
    // The client's own code is the reference: every member it reads of the feature must exist here.
    const client = fs.readFileSync(path.join(path.dirname(load.resolve('vscode-languageclient/node')), '../common/client.js'), 'utf8');
    const staticMembers = [...client.matchAll(/notebook_1\.NotebookDocumentSyncFeature\.(\w+)/g)].map((m) => m[1]);
    assert.deepEqual([...new Set(staticMembers)], ['CellScheme']);
    assert.equal(NotebookDocumentSyncFeature.CellScheme, 'vscode-notebook-cell');
    const feature = new NotebookDocumentSyncFeature({});
    // Read through hasDedicatedTextSynchronizationFeature: `feature.handles(textDocument)`.
    assert.match(client, /feature instanceof notebook_1\.NotebookDocumentSyncFeature\)\) \{\s*return false;\s*\}\s*return feature\.handles\(textDocument\);/);
    assert.equal(feature.handles({ uri: { scheme: 'vscode-notebook-cell' } }), false);
    // A static feature by the client's rule (features.js StaticFeature.is), announcing no capability.
    for (const method of ['fillClientCapabilities', 'initialize', 'getState', 'clear'] as const) assert.equal(typeof feature[method], 'function', method);
    assert.equal('register' in feature, false, 'not a dynamic feature: the server registers no notebook sync');
    const capabilities = {};
    feature.fillClientCapabilities(capabilities);
    assert.deepEqual(capabilities, {});
    assert.deepEqual(feature.getState(), { kind: 'static' });
  });
});
