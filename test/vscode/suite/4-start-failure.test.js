// When the server cannot start, activation still succeeds and the user gets an error toast offering the output.
// The server bundle is moved away for the duration of the test and always put back.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const ui = require('../ui-bridge');
const { EXTENSION_ID, poll, openDemo, activeApi, requestLayers } = require('./demo');

describe('Language server that fails to start', () => {
  let api;
  let demo;
  let serverModule;
  before(async () => {
    demo = await openDemo();
    api = await activeApi();
    serverModule = path.join(vscode.extensions.getExtension(EXTENSION_ID).extensionPath, 'dist', 'server.js');
  });

  it('shows an error toast with Show Output, and a restart recovers', async () => {
    fs.renameSync(serverModule, `${serverModule}.moved`);
    try {
      await vscode.commands.executeCommand('layerwise.restartServer');
      assert.strictEqual(api.client, undefined);
      if (ui.available()) {
        const toasts = await ui.waitFor(() => ui.texts('.notifications-toasts'), (t) => /failed to start/.test(t.join(' ')), 20000);
        assert.match(toasts.join(' '), /Show Output/);
        await ui.screenshot('server-start-failure');
      }
    } finally {
      fs.renameSync(`${serverModule}.moved`, serverModule);
    }
    await vscode.commands.executeCommand('layerwise.restartServer');
    assert.ok(api.client && api.client.isRunning());
    await poll('layer model after recovery', () => requestLayers(api, demo.uri), (m) => m && m.stages.length === 2);
  });
});
