// A real image and real containers in VS Code: "Layerwise: Build and Inspect" builds a small busybox-based
// Dockerfile with the user's builder on the private engine runTest.js started (DOCKER_HOST), two containers of
// that image write different amounts into their read-write layers, the image is inspected again, and then the
// lenses show real sizes, the layer view the real layer sizes and the two running containers with their
// read-write sizes, and opening one lists its changes. Screenshot: test-artifacts/real-image.png.
// Skipped, with the reason printed, where runTest.js could not start the engine.
const assert = require('assert');
const { execFile } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { promisify } = require('util');
const vscode = require('vscode');
const ui = require('../ui-bridge');
const { poll, activeApi, codeLenses } = require('./demo');

const run = promisify(execFile);
const MARKER = '[data-layerwise-view]';
const DOCKERFILE = [
  'FROM localhost/bb:latest', // 0
  'RUN dd if=/dev/zero of=/data.bin bs=1000 count=300', // 1: a 300 kB layer
  'COPY hello.txt /hello.txt', // 2: a 6-byte layer
  'CMD ["sleep", "600"]', // 3
  '',
].join('\n');
/** Each container writes its own amount; the second also changes a file of the image (copied up whole). */
const CONTAINERS = [
  { name: 'lw-vscode-big', writes: ['dd', 'if=/dev/zero', 'of=/big.bin', 'bs=1000', 'count=120'], sizeRw: '120 kB', added: '/big.bin' },
  { name: 'lw-vscode-small', writes: ['sh', '-c', 'dd if=/dev/zero of=/small.bin bs=1000 count=20 && echo more >> /hello.txt'], sizeRw: '20 kB', added: '/small.bin' },
];

/** Resolves with the first render of doc by the layer view (the latest one may already be it). */
function renderOf(api, doc, timeoutMs = 30000) {
  const uri = doc.uri.toString();
  const last = api.layerView.lastRender;
  if (last && last.uri === uri) return Promise.resolve(last);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`the layer view drew no model of ${uri} within ${timeoutMs} ms`));
    }, timeoutMs);
    const sub = api.layerView.onDidRender((r) => {
      if (r.uri !== uri) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(r);
    });
  });
}

/** The docker CLI of the private engine; its output, or the failure with stderr. */
async function docker(args) {
  const { stdout } = await run('docker', args, { env: process.env, timeout: 120000 });
  return stdout.trim();
}

describe('Real images and containers in VS Code (private dockerd)', function () {
  this.timeout(240000);
  let dir;
  let doc;
  let api;
  let built;

  before(async function () {
    if (!process.env.DOCKER_HOST) {
      console.log(`      skipped: no private Docker engine (${process.env.LAYERWISE_TEST_ENGINE_SKIP || 'DOCKER_HOST is not set: run through test/vscode/runTest.js'})`);
      this.skip();
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerwise-vscode-engine-ws-'));
    fs.writeFileSync(path.join(dir, 'Dockerfile'), DOCKERFILE);
    fs.writeFileSync(path.join(dir, 'hello.txt'), 'hello\n');
    api = await activeApi();
    doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(dir, 'Dockerfile')));
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
  });

  after(async () => {
    if (!dir) return;
    // Containers first (runTest.js also removes whatever is left when it stops the engine).
    await docker(['rm', '-f', ...CONTAINERS.map((c) => c.name)]).catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('builds the active Dockerfile with "Layerwise: Build and Inspect" and puts real sizes on the lenses', async () => {
    built = await vscode.commands.executeCommand('layerwise.buildAndInspect');
    assert.ok(built, 'Build and Inspect returned no report (see the Layerwise log)');
    assert.deepStrictEqual(built.layers.map((l) => [l.line, l.size]).slice(1), [[1, 300000], [2, 6]]);
    assert.strictEqual(built.layers[0].line, null);
    assert.deepStrictEqual(built.containers, []);
    const titles = await poll('real sizes on the lenses', async () => (await codeLenses(doc.uri)).map((l) => `${l.range.start.line}: ${l.command && l.command.title}`),
      (t) => t.includes('1: layer 1 of 2 · 300 kB'));
    assert.ok(titles.includes('2: layer 2 of 2 · 6 B'), titles.join('\n'));
    const base = built.layers[0].size;
    const stage = titles.find((t) => t.startsWith('0: Stage'));
    const final = titles.find((t) => t.startsWith('0: Final image'));
    assert.match(stage, /^0: Stage #0: 2 layers \(\+ 1 base layer · [\d.]+ [kM]?B\)$/);
    assert.match(final, /^0: Final image: 2 layers \(\+ 1 base layer · [\d.]+ [kM]?B\) · [\d.]+ [kM]?B$/);
    assert.ok(!titles.some((t) => t.includes('unknown')), titles.join('\n'));
    assert.ok(base > 100000, `the busybox base layer holds busybox (${base} B)`);
  });

  it('shows the two running containers with their read-write sizes after a new inspection, and lists the changes of one', async function () {
    assert.ok(built, 'the build failed');
    for (const c of CONTAINERS) {
      await docker(['run', '-d', '--network', 'none', '--name', c.name, built.id]);
      // exec returns when the write is done: no waiting on a timer.
      await docker(['exec', c.name, ...c.writes]);
    }
    const report = await vscode.commands.executeCommand('layerwise.inspectImage', `docker:${built.id}`);
    assert.ok(report, 'Inspect Image returned no report');
    const byName = Object.fromEntries(report.containers.map((c) => [c.name, c]));
    assert.deepStrictEqual(Object.keys(byName).sort(), CONTAINERS.map((c) => c.name).sort());
    assert.strictEqual(byName['lw-vscode-big'].sizeRw, 120000);
    assert.strictEqual(byName['lw-vscode-small'].sizeRw, 20000 + 'hello\nmore\n'.length, 'the changed file is copied up whole');
    assert.ok(report.containers.every((c) => c.state === 'running'));

    // The model the layer view draws carries them.
    const model = await poll('containers in the layer model', () => api.client.sendRequest('layerwise/layers', { textDocument: { uri: api.client.code2ProtocolConverter.asUri(doc.uri) } }),
      (m) => m && m.image && m.image.containers && m.image.containers.length === 2);
    assert.strictEqual(model.finalImage.baseLayers, 1);
    assert.strictEqual(model.finalImage.baseSize, report.layers[0].size);

    await vscode.commands.executeCommand('layerwise.showLayers');
    await renderOf(api, doc);
    if (!ui.available()) this.skip();
    const seen = await ui.waitFor(() => ui.webviewEval(MARKER, `({
      title: document.querySelector('.lw-title')?.textContent,
      containers: Array.from(document.querySelectorAll('.lw-real-container')).map((c) => Array.from(c.querySelectorAll('text')).map((t) => t.textContent)),
      layers: Array.from(document.querySelectorAll('.lw-stage.lw-target .lw-layer .lw-line')).map((t) => t.textContent),
      base: document.querySelector('.lw-stage.lw-target .lw-base .lw-line')?.textContent,
      bars: Array.from(document.querySelectorAll('.lw-size-bar')).map((b) => Number(b.getAttribute('width'))),
      hypothetical: document.querySelectorAll('.lw-container:not(.lw-real-container)').length,
      count: document.getElementById('count').textContent,
    })`), (v) => v && v.title === 'Dockerfile' && v.containers.length === 2, 30000);
    assert.deepStrictEqual(seen.containers, [['lw-vscode-big', 'running · R/W 120 kB'], ['lw-vscode-small', 'running · R/W 20 kB']]);
    assert.deepStrictEqual(seen.layers, ['6 B · L3', '300 kB · L2']);
    assert.match(seen.base, /^1 base layer · [\d.]+ [kM]?B · L1$/);
    assert.strictEqual(seen.bars.length, 3, 'one size bar per layer and one for the base');
    assert.strictEqual(seen.hypothetical, 0);
    assert.strictEqual(seen.count, '2 real containers');

    const small = byName['lw-vscode-small'];
    await ui.webviewClick(MARKER, `.lw-real-container[data-container-id="${small.id}"]`);
    const changes = await ui.waitFor(() => ui.webviewEval(MARKER, `({
      title: document.querySelector('#changes .changes-title')?.textContent,
      added: Array.from(document.querySelectorAll('#changes .changes-added li')).map((li) => li.textContent),
      changed: Array.from(document.querySelectorAll('#changes .changes-changed li')).map((li) => li.textContent),
    })`), (v) => v && v.added.length > 0, 30000);
    assert.strictEqual(changes.title, 'Container lw-vscode-small · running · read-write layer 20 kB');
    assert.deepStrictEqual(changes.added, ['/small.bin']);
    assert.deepStrictEqual(changes.changed, ['/hello.txt']);
    // The picture for the README: no notification over the view, room for the lenses.
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    try {
      await ui.waitFor(() => ui.evaluate("document.querySelectorAll('.notification-toast').length"), (n) => n === 0);
      await ui.screenshot('real-image');
    } finally {
      await vscode.commands.executeCommand('workbench.action.toggleSidebarVisibility');
    }
  });
});
