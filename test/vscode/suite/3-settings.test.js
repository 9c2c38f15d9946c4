// `layerwise.*` settings changed in VS Code reach the running server: the target stage and the CodeLens switch.
// Changed in the user settings of the test's throwaway profile, so the fixture workspace stays untouched.
const assert = require('assert');
const vscode = require('vscode');
const { poll, openDemo, activeApi, requestLayers, codeLenses } = require('./demo');

describe('Layerwise settings', () => {
  let demo;
  let api;
  const setting = (key, value) =>
    vscode.workspace.getConfiguration('layerwise').update(key, value, vscode.ConfigurationTarget.Global);

  before(async () => {
    demo = await openDemo();
    api = await activeApi();
  });
  after(async () => {
    await setting('target', undefined);
    await setting('codeLens.enabled', undefined);
  });

  it('layerwise.target chooses the stage that ships', async () => {
    await setting('target', 'build');
    const model = await poll('model with target build', () => requestLayers(api, demo.uri), (m) => m && m.finalImage.stage === 0);
    assert.ok(model.stages[0].isFinal);
    assert.ok(!model.stages[1].isFinal);
    await setting('target', undefined);
    await poll('model with the default target', () => requestLayers(api, demo.uri), (m) => m && m.finalImage.stage === 1);
  });

  it('layerwise.codeLens.enabled turns the lenses off and on', async () => {
    await setting('codeLens.enabled', false);
    await poll('no lenses', () => codeLenses(demo.uri), (ls) => ls.length === 0);
    await setting('codeLens.enabled', true);
    const lenses = await poll('lenses back', () => codeLenses(demo.uri), (ls) => ls.length > 0);
    assert.ok(lenses.every((l) => l.command && l.command.title.length > 0));
  });
});
