// "Layerwise: Inspect Image…" with a SOURCE argument on a docker-save archive written here: the lenses gain the
// real layer sizes, the final-image lens the total, and the diagnostics the wasted bytes.
const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const vscode = require('vscode');
const { pack } = require('tar-stream');
const { poll, activeApi, codeLenses } = require('./demo');

/** A tar of [name, body] entries, in memory. */
function tarOf(entries) {
  const p = pack();
  const chunks = [];
  const done = new Promise((resolve, reject) => {
    p.on('data', (c) => chunks.push(c));
    p.on('end', resolve);
    p.on('error', reject);
  });
  for (const [name, body] of entries) p.entry({ name, mtime: new Date(0) }, body);
  p.finalize();
  return done.then(() => Buffer.concat(chunks));
}

const sha256 = (data) => crypto.createHash('sha256').update(data).digest('hex');

/** `docker save` layout: manifest.json, the config, one `<n>/layer.tar` per layer. */
async function dockerArchive(layers, history) {
  const config = JSON.stringify({ os: 'linux', architecture: 'amd64', rootfs: { type: 'layers', diff_ids: layers.map((l) => `sha256:${sha256(l)}`) }, history });
  const configName = `${sha256(config)}.json`;
  const layerNames = layers.map((_, i) => `${i}/layer.tar`);
  const manifest = JSON.stringify([{ Config: configName, RepoTags: ['localhost/vscode-image:latest'], Layers: layerNames }]);
  return tarOf([['manifest.json', manifest], [configName, config], ...layers.map((l, i) => [layerNames[i], l])]);
}

describe('Layerwise: Inspect Image in VS Code', () => {
  let dir;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerwise-vscode-image-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('shows the real layer sizes on the lenses and the wasted bytes as a diagnostic', async () => {
    const dockerfile = path.join(dir, 'Dockerfile');
    fs.writeFileSync(dockerfile, ['FROM busybox:1.36', 'RUN fetch big', 'RUN rm /big.bin', 'COPY app /app', ''].join('\n'));
    const archive = path.join(dir, 'image.tar');
    fs.writeFileSync(archive, await dockerArchive(
      [await tarOf([['bin/busybox', Buffer.alloc(1000)]]), await tarOf([['big.bin', Buffer.alloc(2_000_000)]]), await tarOf([['.wh.big.bin', '']]), await tarOf([['app', 'x'.repeat(25)]])],
      [{ created_by: '/bin/sh -c #(nop) ADD file:abc in / ' }, { created_by: 'RUN /bin/sh -c fetch big # buildkit' }, { created_by: 'RUN /bin/sh -c rm /big.bin # buildkit' }, { created_by: 'COPY app /app # buildkit' }],
    ));
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(dockerfile));
    await vscode.window.showTextDocument(doc);
    await activeApi();

    const report = await vscode.commands.executeCommand('layerwise.inspectImage', `docker-archive:${archive}`);
    assert.ok(report, 'the command returned no report');
    assert.strictEqual(report.totalSize, 2_001_025);

    const titles = await poll('lens sizes', async () => (await codeLenses(doc.uri)).map((l) => `${l.range.start.line}: ${l.command && l.command.title}`), (t) => t.some((x) => x.includes('2 MB')));
    assert.deepStrictEqual(titles.filter((t) => /^\d+: layer /.test(t)), ['1: layer 1 of 3 · 2 MB', '2: layer 2 of 3 · 0 B', '3: layer 3 of 3 · 25 B']);
    assert.ok(titles.includes('0: Final image: 3 layers (+ 1 base layer · 1 kB) · 2 MB'), titles.join('\n'));
    assert.ok(titles.includes('0: Stage #0: 3 layers (+ 1 base layer · 1 kB)'), titles.join('\n'));

    const wasted = await poll('wasted-bytes diagnostic', () => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.code === 'image-wasted-bytes' || (d.code && d.code.value === 'image-wasted-bytes')), (d) => d.length === 1);
    assert.strictEqual(wasted[0].range.start.line, 1);
    assert.strictEqual(wasted[0].message, '2 MB added here are deleted at line 3 but still shipped: do both in one RUN');
  });
});
