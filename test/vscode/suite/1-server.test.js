// The extension activates on a Dockerfile, starts the language server and exposes its client; the custom
// request `layerwise/layers` answers with the layer model of the demo file; restarting brings it back.
const assert = require('assert');
const vscode = require('vscode');
const { EXTENSION_ID, poll, openDemo, activeApi, requestLayers, codeLenses, linesMatching } = require('./demo');

/** Wall ms from `started` until uri has resolved CodeLens with titles: a figure for the README, not an assertion. */
async function untilFirstLens(uri, started) {
  const hasLens = (ls) => ls.some((l) => l.command && /^Final image/.test(l.command.title));
  // Polled every 10 ms (poll() waits 100 ms between tries, too coarse for this figure).
  for (const end = started + 30000; Date.now() < end; await new Promise((r) => setTimeout(r, 10))) {
    if (hasLens(await codeLenses(uri))) return Date.now() - started;
  }
  throw new Error('no CodeLens within 30 s');
}

describe('Layerwise language server in VS Code', () => {
  let demo;
  let api;
  before(async () => {
    const wasActive = vscode.extensions.getExtension(EXTENSION_ID).isActive;
    const started = Date.now();
    demo = await openDemo();
    const opened = Date.now() - started;
    api = await activeApi(); // resolves once the client has started the server and it answered initialize
    const active = Date.now() - started;
    const ms = await untilFirstLens(demo.uri, started);
    const what = wasActive ? 'extension already active' : `editor open ${opened} ms, activation + server start-up done at ${active} ms`;
    console.log(`      start-up: ${ms} ms from opening the demo Dockerfile to its first resolved CodeLens (${what}; wall time)`);
  });

  const layers = () => requestLayers(api, demo.uri);

  it('activates and runs the server', () => {
    assert.ok(api.client, 'activate() returned no client');
    assert.ok(api.client.isRunning(), `client state ${api.client.state}`);
  });

  it('answers layerwise/layers with the stages and layers of the demo Dockerfile', async () => {
    const model = await poll('layer model', layers, (m) => m && m.stages.length > 0);
    assert.deepStrictEqual(model.stages.map((s) => s.name), ['build', 'runtime']);
    assert.deepStrictEqual(model.stages.map((s) => s.line), linesMatching(demo.doc, /^FROM /));
    assert.strictEqual(model.finalImage.stage, 1);
    assert.ok(model.stages[1].isFinal);
    // build: WORKDIR, RUN, COPY, RUN, COPY, RUN; runtime: WORKDIR, RUN, COPY, COPY (the rest is metadata).
    assert.deepStrictEqual(model.stages.map((s) => s.layerCount), [6, 4]);
    assert.strictEqual(model.finalImage.layerCount, 4);
    const firstRun = model.stages[0].instructions.find((i) => i.keyword === 'RUN');
    assert.strictEqual(firstRun.effect, 'layer');
    assert.strictEqual(firstRun.line, linesMatching(demo.doc, /^RUN /)[0]);
    const cmd = model.stages[1].instructions.find((i) => i.keyword === 'CMD');
    assert.strictEqual(cmd.effect, 'metadata');
    assert.strictEqual(cmd.layerIndex, null);
  });

  it('restarts the server with layerwise.restartServer', async () => {
    const before = api.client;
    const started = Date.now();
    await vscode.commands.executeCommand('layerwise.restartServer');
    const ms = await untilFirstLens(demo.uri, started);
    console.log(`      restart: ${ms} ms from layerwise.restartServer to the first resolved CodeLens (new server process; wall time)`);
    assert.notStrictEqual(api.client, before, 'the client was not replaced');
    assert.ok(api.client.isRunning());
    const model = await poll('layer model after restart', layers, (m) => m && m.stages.length === 2);
    assert.strictEqual(model.finalImage.stage, 1);
  });
});
