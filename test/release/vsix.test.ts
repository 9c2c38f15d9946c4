import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/paths';
import { zipEntries } from './zipEntries';

/** What .vscodeignore lets into the package (under `extension/`), besides vsce's own manifest files. */
const ALLOWED = [/^dist\/(client|server|webview)\.js$/, /^dist\/dockerfile\.tmLanguage\.json$/, /^media\/(icon\.png|[^/]+\.(svg|css)|walkthrough\/[^/]+\.md)$/, /^package\.json$/, /^readme\.md$/i, /^changelog\.md$/i, /^license(\.txt)?$/i, /^language-configuration\.json$/];
// Issue 7's bound. The package is ~245 KB: dist/server.js holds the server and the client (they share
// vscode-jsonrpc and the protocol), ~226 KB zipped; `node esbuild.mjs --metafile` shows what is inside.
const MAX_BYTES = 250 * 1024;

describe('packaged .vsix', function () {
  this.timeout(180_000);
  let vsix: Buffer | undefined;
  let skipReason = '';

  before(function () {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'layerwise-vsix-')), 'layerwise.vsix');
    const vsce = path.join(REPO_ROOT, 'node_modules/@vscode/vsce/vsce');
    // dist/ is built by npm test before mocha runs; vsce only zips it (no network).
    const result = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 150_000 });
    if (result.status !== 0) {
      const output = `${result.stdout}\n${result.stderr}`;
      if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|network/i.test(output)) {
        skipReason = `vsce cannot run offline here: ${output.trim().split('\n').pop()}`;
        console.log(`      skipped: ${skipReason}`);
        this.skip();
      }
      assert.fail(`vsce package failed (${result.status}):\n${output}`);
    }
    vsix = fs.readFileSync(out);
    console.log(`      ${path.basename(out)}: ${(vsix.length / 1024).toFixed(1)} KB`);
  });

  it('holds only the allow-listed files, no node_modules, and the bundled entry points', () => {
    const entries = zipEntries(vsix!).filter((e) => !e.endsWith('/'));
    const files = entries.filter((e) => e.startsWith('extension/')).map((e) => e.slice('extension/'.length));
    const unexpected = files.filter((f) => !ALLOWED.some((pattern) => pattern.test(f)));
    assert.deepEqual(unexpected, [], 'files outside the .vscodeignore allow-list');
    assert.ok(!entries.some((e) => e.includes('node_modules')), 'node_modules must be bundled, not shipped');
    for (const needed of ['package.json', 'dist/client.js', 'dist/server.js', 'media/icon.png', 'dist/dockerfile.tmLanguage.json']) assert.ok(files.includes(needed), `missing ${needed}`);
    assert.ok(entries.includes('extension.vsixmanifest'));
  });

  it(`stays under ${MAX_BYTES / 1024} KB`, () => {
    // The largest part is dist/server.js (language server and extension client in one bundle).
    assert.ok(vsix!.length < MAX_BYTES, `${(vsix!.length / 1024).toFixed(1)} KB: see which bundle grew (node esbuild.mjs --metafile writes dist/*.meta.json)`);
  });
});
