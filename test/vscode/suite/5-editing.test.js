// Editing a Dockerfile that was never saved: the server covers untitled documents, and Enter follows
// language-configuration.json (indent after `RUN … \`, keep it inside the continuation, back out after it).
const assert = require('assert');
const vscode = require('vscode');
const { poll, activeApi, codeLenses } = require('./demo');

describe('Editing an untitled Dockerfile', () => {
  let doc;
  let editor;
  before(async () => {
    await activeApi();
    doc = await vscode.workspace.openTextDocument({ language: 'dockerfile', content: 'FROM debian:12\nRUN apt-get update \\' });
    editor = await vscode.window.showTextDocument(doc);
  });
  after(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));

  // Typed one piece at a time: Enter rules only apply to a lone '\n'.
  const type = async (...pieces) => {
    for (const text of pieces) await vscode.commands.executeCommand('type', { text });
  };
  const indentOf = (line) => /^\s*/.exec(doc.lineAt(line).text)[0];

  it('gets CodeLens from the server', async () => {
    const lenses = await poll('lenses on the untitled file', () => codeLenses(doc.uri), (ls) => ls.length > 0);
    assert.ok(lenses.some((l) => l.range.start.line === 1 && /\blayer \d/.test(l.command.title)));
  });

  it('indents continuation lines and returns to column 0 after the last one', async () => {
    const end = doc.lineAt(1).range.end;
    editor.selection = new vscode.Selection(end, end);
    await type('\n');
    const continuation = indentOf(2);
    assert.ok(continuation.length > 0, 'no indentation after RUN … \\');
    await type('&& apt-get install -y curl \\', '\n');
    assert.strictEqual(indentOf(3), continuation);
    await type('&& rm -rf /var/lib/apt/lists/*', '\n');
    assert.strictEqual(indentOf(4), '');
    assert.strictEqual(doc.lineAt(1).text, 'RUN apt-get update \\');
  });
});
