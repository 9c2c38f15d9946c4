// The getting-started walkthrough: its first step's command opens the demo Dockerfile, which the server
// then covers (CodeLens with layer counts); every step's markdown ships in media/.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { EXTENSION_ID, poll, activeApi, codeLenses } = require('./demo');

describe('Getting-started walkthrough', () => {
  before(() => activeApi());
  after(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));

  it('contributes steps whose media exist', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    const [walkthrough] = ext.packageJSON.contributes.walkthroughs;
    assert.ok(walkthrough.steps.length >= 3);
    for (const step of walkthrough.steps) assert.ok(fs.existsSync(path.join(ext.extensionPath, step.media.markdown)), step.media.markdown);
  });

  it('opens the demo Dockerfile with layerwise.openDemo and shows its layers', async () => {
    await vscode.commands.executeCommand('layerwise.openDemo');
    const editor = await poll('the demo in the active editor', () => vscode.window.activeTextEditor, (e) => e && /^FROM .* AS runtime$/m.test(e.document.getText()));
    const doc = editor.document;
    assert.strictEqual(doc.languageId, 'dockerfile');
    assert.ok(doc.isUntitled);
    const lenses = await poll('lenses on the demo', () => codeLenses(doc.uri), (ls) => ls.some((l) => /^Final image: \d+ layers/.test(l.command.title)));
    assert.ok(lenses.length > 10);
  });
});
