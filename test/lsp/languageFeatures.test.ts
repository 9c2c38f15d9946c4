import * as assert from 'node:assert/strict';
import type {
  CompletionItem, DocumentHighlight, DocumentLink, DocumentSymbol, FoldingRange, InlayHint, Location, SelectionRange, SemanticTokens,
  SignatureHelp, SymbolInformation, TextEdit, WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { startServer, type TestServer } from '../support/lspClient';

const TEXT = [
  '# syntax=docker/dockerfile:1',
  'ARG VERSION=1.22',
  'from golang:${VERSION} AS build',
  'WORKDIR /src',
  'RUN   go build -o /out/app .',
  'FROM alpine:3.20',
  'COPY --from=build /out/app /app',
  'CMD ["/app","serve"]',
  '',
].join('\r\n');

describe('language features over stdio', function () {
  this.timeout(20000);
  let server: TestServer;
  const uri = 'file:///work/features/Dockerfile';
  const doc = { textDocument: { uri } };
  const at = (line: number, character: number) => ({ ...doc, position: { line, character } });
  const request = <R>(method: string, params: unknown) => server.connection.sendRequest<R>(method, params);

  before(async () => {
    server = await startServer({ inlayHints: { enabled: true } });
    const published = server.diagnostics(uri);
    server.open(uri, TEXT);
    await published;
  });
  after(async () => server.stop());

  it('announces the capabilities', () => {
    const capabilities = server.initializeResult.capabilities;
    assert.deepEqual(capabilities.completionProvider?.triggerCharacters, ['-', '=', '$', '{', ',', ':', '#']);
    assert.deepEqual(capabilities.renameProvider, { prepareProvider: true });
    assert.deepEqual(capabilities.documentOnTypeFormattingProvider, { firstTriggerCharacter: '\n' });
    assert.equal(capabilities.semanticTokensProvider?.legend.tokenTypes.length, 9);
    for (const name of ['signatureHelpProvider', 'documentSymbolProvider', 'workspaceSymbolProvider', 'foldingRangeProvider', 'selectionRangeProvider', 'definitionProvider', 'referencesProvider', 'documentHighlightProvider', 'documentLinkProvider', 'documentFormattingProvider', 'documentRangeFormattingProvider', 'inlayHintProvider'] as const) {
      assert.ok(capabilities[name], name);
    }
  });

  it('completes instructions, flags and stage names', async () => {
    const keywords = await request<CompletionItem[]>('textDocument/completion', at(8, 0));
    assert.ok(keywords.some((c) => c.label === 'HEALTHCHECK' && c.insertTextFormat === 2));
    const change = TEXT.replace('COPY --from=build', 'COPY --from=');
    server.change(uri, change, 2);
    const stages = await request<CompletionItem[]>('textDocument/completion', at(6, 12));
    assert.deepEqual(stages.map((c) => c.label), ['build']);
    server.change(uri, TEXT, 3);
  });

  it('gives signature help with the active parameter', async () => {
    const help = await request<SignatureHelp>('textDocument/signatureHelp', at(7, 14));
    const signature = help.signatures[help.activeSignature!];
    assert.match(signature.label, /^CMD \["<executable>"/);
    assert.equal(help.activeParameter, 1);
  });

  it('outlines stages, searches workspace symbols, folds and grows selections', async () => {
    const symbols = await request<DocumentSymbol[]>('textDocument/documentSymbol', doc);
    assert.deepEqual(symbols.map((s) => s.name), ['ARG', 'build', 'stage 1']);
    assert.deepEqual(symbols[1].children!.map((c) => c.name), ['FROM', 'WORKDIR', 'RUN']);
    const found = await request<SymbolInformation[]>('workspace/symbol', { query: 'bui' });
    assert.deepEqual(found.map((s) => [s.name, s.location.range.start.line]), [['build', 2]]);
    const folds = await request<FoldingRange[]>('textDocument/foldingRange', doc);
    assert.deepEqual(folds.map((f) => [f.startLine, f.endLine]), [[2, 4], [5, 7]]);
    const selections = await request<SelectionRange[]>('textDocument/selectionRange', { ...doc, positions: [{ line: 6, character: 14 }] });
    assert.deepEqual(selections[0].range, { start: { line: 6, character: 12 }, end: { line: 6, character: 17 } });
    assert.deepEqual(selections[0].parent!.range, { start: { line: 6, character: 5 }, end: { line: 6, character: 17 } });
  });

  it('navigates and renames stages and variables', async () => {
    const definition = await request<Location[]>('textDocument/definition', at(6, 14));
    assert.deepEqual(definition.map((l) => l.range.start), [{ line: 2, character: 26 }]);
    const references = await request<Location[]>('textDocument/references', { ...at(1, 5), context: { includeDeclaration: true } });
    assert.deepEqual(references.map((l) => l.range.start), [{ line: 1, character: 4 }, { line: 2, character: 14 }]);
    const highlights = await request<DocumentHighlight[]>('textDocument/documentHighlight', at(2, 28));
    assert.deepEqual(highlights.map((h) => [h.range.start.line, h.kind]), [[2, 3], [6, 2]]);
    const prepared = await request<{ placeholder: string }>('textDocument/prepareRename', at(6, 14));
    assert.equal(prepared.placeholder, 'build');
    const edit = await request<WorkspaceEdit>('textDocument/rename', { ...at(6, 14), newName: 'compile' });
    assert.deepEqual(edit.changes![uri].map((e) => [e.range.start.line, e.newText]), [[2, 'compile'], [6, 'compile']]);
    await assert.rejects(request('textDocument/rename', { ...at(6, 14), newName: '9lives' }), /not a valid stage name/);
    await assert.rejects(request('textDocument/prepareRename', at(4, 2)), /Only stage names/);
  });

  it('links images and the syntax directive', async () => {
    const links = await request<DocumentLink[]>('textDocument/documentLink', doc);
    assert.deepEqual(links.map((l) => [l.range.start.line, l.target]), [
      [0, 'https://hub.docker.com/r/docker/dockerfile'],
      [2, 'https://hub.docker.com/_/golang'],
      [5, 'https://hub.docker.com/_/alpine'],
    ]);
  });

  it('formats the document, a range and on type, keeping \\r\\n', async () => {
    const edits = await request<TextEdit[]>('textDocument/formatting', { ...doc, options: { insertSpaces: true, tabSize: 4 } });
    assert.deepEqual(edits.map((e) => [e.range.start.line, e.newText]), [[2, 'FROM'], [4, ' '], [7, '["/app", "serve"]']]);
    const range = await request<TextEdit[]>('textDocument/rangeFormatting', { ...doc, range: { start: { line: 4, character: 0 }, end: { line: 4, character: 3 } }, options: { insertSpaces: true, tabSize: 4 } });
    assert.deepEqual(range.map((e) => e.newText), [' ']);
    server.change(uri, TEXT.replace('RUN   go build', 'RUN go build \\\r\n'), 4);
    const typed = await request<TextEdit[]>('textDocument/onTypeFormatting', { ...at(5, 0), ch: '\n', options: { insertSpaces: false, tabSize: 4 } });
    assert.deepEqual(typed.map((e) => e.newText), ['\t']);
    server.change(uri, TEXT, 5);
  });

  it('returns semantic tokens for the whole file and a range', async () => {
    const legend = ['keyword', 'parameter', 'property', 'string', 'variable', 'class', 'comment', 'macro', 'label'];
    const full = await request<SemanticTokens>('textDocument/semanticTokens/full', doc);
    assert.equal(full.data.length % 5, 0);
    const types = [];
    for (let i = 0; i < full.data.length; i += 5) types.push(legend[full.data[i + 3]]);
    assert.deepEqual(types.slice(0, 8), ['macro', 'string', 'keyword', 'variable', 'keyword', 'variable', 'keyword', 'class']);
    const range = await request<SemanticTokens>('textDocument/semanticTokens/range', { ...doc, range: { start: { line: 6, character: 0 }, end: { line: 6, character: 40 } } });
    assert.deepEqual(range.data.slice(0, 5), [6, 0, 4, 0, 0]);
  });

  it('shows inlay hints for layers and variable values, and none when disabled', async () => {
    const hints = await request<InlayHint[]>('textDocument/inlayHint', { ...doc, range: { start: { line: 0, character: 0 }, end: { line: 8, character: 0 } } });
    assert.deepEqual(hints.map((h) => [h.position.line, h.label]), [[2, '= 1.22'], [3, '#1'], [4, '#2'], [6, '#1']]);
    const off = await startServer({ inlayHints: { enabled: false } });
    try {
      off.open(uri, TEXT);
      const none = await off.connection.sendRequest<InlayHint[]>('textDocument/inlayHint', { ...doc, range: { start: { line: 0, character: 0 }, end: { line: 8, character: 0 } } });
      assert.deepEqual(none, []);
    } finally {
      await off.stop();
    }
  });
});
