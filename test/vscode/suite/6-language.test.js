// Language features in the real workbench: completion (through the suggest widget too), rename, and the other
// providers answering through the real client.
const assert = require('assert');
const vscode = require('vscode');
const { poll, activeApi } = require('./demo');

const TEXT = 'FROM node:20 AS build\nRUN npm ci\nFROM alpine\nCOPY --from=build /app /app\nCOPY ';

describe('Language features', () => {
  let doc;
  let editor;
  before(async () => {
    await activeApi();
    doc = await vscode.workspace.openTextDocument({ language: 'dockerfile', content: TEXT });
    editor = await vscode.window.showTextDocument(doc);
  });
  after(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));

  const completionLabels = async (position) => {
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, position);
    return list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
  };

  it('completes instructions and the flags of COPY', async () => {
    const flags = await poll('COPY flags', () => completionLabels(new vscode.Position(4, 5)), (ls) => ls.includes('--from'));
    assert.ok(flags.includes('--chmod') && flags.includes('--link'));
    const keywords = await completionLabels(new vscode.Position(2, 0));
    assert.ok(keywords.includes('HEALTHCHECK'), keywords.join(' '));
  });

  it('inserts a stage name picked in the suggest widget after --from=', async () => {
    const end = doc.lineAt(4).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('type', { text: '--from=' });
    await poll('stage suggestion', () => completionLabels(doc.lineAt(4).range.end), (ls) => ls.includes('build'));
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    // The widget is filled asynchronously: accept once the stage name is the only possible item.
    await poll('accepted suggestion', async () => {
      await vscode.commands.executeCommand('acceptSelectedSuggestion');
      return doc.lineAt(4).text;
    }, (text) => text === 'COPY --from=build', 20000);
  });

  it('renames a stage everywhere and refuses an invalid name', async () => {
    const position = new vscode.Position(0, 17);
    const edit = await vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', doc.uri, position, 'compile');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.strictEqual(doc.lineAt(0).text, 'FROM node:20 AS compile');
    assert.strictEqual(doc.lineAt(3).text, 'COPY --from=compile /app /app');
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', doc.uri, position, '1bad')),
      /not a valid stage name/,
    );
  });

  it('answers symbols, formatting, inlay hints and semantic tokens', async () => {
    const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.deepStrictEqual(symbols.map((s) => s.name), ['compile', 'stage 1']);
    const messy = new vscode.WorkspaceEdit();
    messy.replace(doc.uri, doc.lineAt(1).range, 'run   npm ci');
    assert.ok(await vscode.workspace.applyEdit(messy));
    const edits = await poll('formatting edits', () => vscode.commands.executeCommand('vscode.executeFormatDocumentProvider', doc.uri, { insertSpaces: true, tabSize: 4 }), (e) => Array.isArray(e) && e.length > 0);
    const tidy = new vscode.WorkspaceEdit();
    tidy.set(doc.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(tidy));
    assert.strictEqual(doc.lineAt(1).text, 'RUN npm ci');
    const hints = await vscode.commands.executeCommand('vscode.executeInlayHintProvider', doc.uri, new vscode.Range(0, 0, 5, 0));
    assert.ok(hints.some((h) => h.label === '#1'));
    const legend = await vscode.commands.executeCommand('vscode.provideDocumentSemanticTokensLegend', doc.uri);
    assert.ok(legend.tokenTypes.includes('keyword'));
  });
});
