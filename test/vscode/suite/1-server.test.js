// The extension activates on a Dockerfile, starts the language server and exposes its client; the custom
// request `layerwise/layers` answers with the layer model of the demo file; restarting brings it back.
const assert = require('assert');
const vscode = require('vscode');
const { poll, openDemo, activeApi, requestLayers, linesMatching } = require('./demo');

describe('Layerwise language server in VS Code', () => {
  let demo;
  let api;
  before(async () => {
    demo = await openDemo();
    api = await activeApi();
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
    await vscode.commands.executeCommand('layerwise.restartServer');
    assert.notStrictEqual(api.client, before, 'the client was not replaced');
    assert.ok(api.client.isRunning());
    const model = await poll('layer model after restart', layers, (m) => m && m.stages.length === 2);
    assert.strictEqual(model.finalImage.stage, 1);
  });
});
