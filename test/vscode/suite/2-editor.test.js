// What the user sees in the editor: CodeLens above stages and instructions, hover on keywords; first through the
// provider API, then as rendered in the workbench DOM (ui-bridge), with screenshots kept in test-artifacts/.
const assert = require('assert');
const vscode = require('vscode');
const ui = require('../ui-bridge');
const { poll, openDemo, activeApi, codeLenses, linesMatching, hoverText } = require('./demo');

describe('CodeLens and hover on the demo Dockerfile', () => {
  let demo;
  let fromLine;
  let runLine;
  before(async () => {
    demo = await openDemo();
    await activeApi();
    fromLine = linesMatching(demo.doc, /^FROM /)[0];
    runLine = linesMatching(demo.doc, /^RUN /)[0];
  });

  const lenses = () => codeLenses(demo.uri);
  const titlesOn = (all, line) => all.filter((l) => l.range.start.line === line && l.command).map((l) => l.command.title);

  it('shows the layer count above a FROM line', async () => {
    const all = await poll('lens on FROM', lenses, (ls) => titlesOn(ls, fromLine).some((t) => /layers/.test(t)));
    assert.ok(titlesOn(all, fromLine).some((t) => /layers/.test(t)));
  });

  it('marks a RUN line as a layer', async () => {
    const all = await poll('lens on RUN', lenses, (ls) => titlesOn(ls, runLine).some((t) => /\blayer \d/.test(t)));
    assert.ok(titlesOn(all, runLine).some((t) => /\blayer \d/.test(t)));
  });

  it('explains the layer in the hover of a RUN keyword', async () => {
    const at = new vscode.Position(runLine, 1);
    const hovers = await poll('hover on RUN',
      () => vscode.commands.executeCommand('vscode.executeHoverProvider', demo.uri, at),
      (hs) => /layer/i.test(hoverText(hs)));
    assert.match(hoverText(hovers), /layer/i);
  });

  it('renders the CodeLens in the editor', async function () {
    if (!ui.available()) this.skip(); // desktop VS Code: no bridge to the DOM
    demo.editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
    const texts = await ui.waitFor(() => ui.texts('.codelens-decoration'), (t) => t.some((s) => /layers/.test(s)), 20000);
    assert.ok(texts.some((s) => /layers/.test(s)));
    await ui.screenshot('codelens');
  });

  it('renders the hover of a RUN keyword', async function () {
    if (!ui.available()) this.skip();
    demo.editor.selection = new vscode.Selection(runLine, 1, runLine, 1);
    await vscode.commands.executeCommand('editor.action.showHover');
    const hover = await ui.waitFor(() => ui.texts('.monaco-hover-content'), (t) => /layer/i.test(t.join(' ')), 20000);
    assert.match(hover.join(' '), /layer/i);
    await ui.screenshot('hover');
    await ui.press('Escape');
  });
});
