import * as assert from 'node:assert/strict';
import type { CodeLens, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import type { LayerModel } from '../../server/src/protocol';
import { resolvedCodeLenses, startServer, type TestServer } from '../support/lspClient';

const DOCKERFILE = [
  'FROM golang:1.22 AS build',
  'WORKDIR /src',
  'RUN go build -o /out/app .',
  'FROM scratch',
  'COPY --from=build /out/app /app',
  'ENV PORT=8080',
  'CMD ["/app"]',
  '',
].join('\n');

describe('language server over stdio', function () {
  this.timeout(20000);
  let server: TestServer;
  const uri = 'file:///work/Dockerfile';

  before(async () => {
    server = await startServer();
  });
  after(async () => server.stop());

  it('publishes diagnostics for a syntax problem, with code and source', async () => {
    const bad = 'file:///work/bad.Dockerfile';
    const published = server.diagnostics(bad);
    server.open(bad, 'FROM alpine:3.20\nRUNN echo hi\n');
    const diagnostics = await published;
    assert.deepEqual(diagnostics.map((d) => [d.code, d.source, d.range.start.line, d.severity]), [['unknown-instruction', 'layerwise', 1, 1]]);
    assert.match(String(diagnostics[0].message), /did you mean RUN/);
  });

  it('answers layerwise/layers with the LayerModel', async () => {
    const published = server.diagnostics(uri);
    server.open(uri, DOCKERFILE);
    assert.deepEqual(await published, []);
    const model = await server.connection.sendRequest<LayerModel>('layerwise/layers', { textDocument: { uri } });
    assert.deepEqual(model.stages.map((s) => [s.name, s.layerCount, s.baseLayers, s.isFinal]), [['build', 2, null, false], [null, 1, 0, true]]);
    assert.deepEqual(model.finalImage, { stage: 1, layerCount: 1, baseLayers: 0 });
  });

  it('gives CodeLens for stages, the final image, layers and metadata', async () => {
    const lenses = await resolvedCodeLenses(server, uri);
    const byLine = lenses.map((l) => `${l.range.start.line}: ${l.command?.title}`);
    assert.deepEqual(byLine, [
      '0: Stage build (build-only): 2 layers (+ base image layers: unknown)',
      '1: layer 1 of 2',
      '2: layer 2 of 2',
      '3: Stage #1: 1 layer',
      '3: Final image: 1 layer',
      '4: layer 1 of 1',
      '5: metadata only · no layer',
      '6: metadata only · no layer',
    ]);
  });

  it('sends CodeLens ranges only and fills in the title on resolve; a lens of an older version resolves blank', async () => {
    const lenses = await server.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.equal(lenses.length, 8);
    assert.ok(lenses.every((l) => l.command === undefined && l.data !== undefined));
    const resolved = await server.connection.sendRequest<CodeLens>('codeLens/resolve', lenses[5]);
    assert.equal(resolved.command?.title, 'layer 1 of 1');
    const other = 'file:///work/other/Dockerfile';
    const opened = server.diagnostics(other);
    server.open(other, 'FROM alpine\nRUN true\n');
    await opened;
    const old = await server.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: other } });
    assert.equal((await server.connection.sendRequest<CodeLens>('codeLens/resolve', old[2])).command?.title, 'layer 1 of 1');
    const changed = server.diagnostics(other, 2);
    server.change(other, 'FROM alpine\nENV A=1\n', 2);
    await changed;
    assert.equal((await server.connection.sendRequest<CodeLens>('codeLens/resolve', old[2])).command?.title, '');
  });

  it('forgets a closed document in CodeLens keys: its old lenses resolve blank even when it is reopened at the same version', async () => {
    const doc = 'file:///work/closed/Dockerfile';
    const text = 'FROM alpine\nRUN true\n';
    const opened = server.diagnostics(doc, 3);
    server.open(doc, text, 3);
    await opened;
    const before = await server.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: doc } });
    const cleared = server.diagnostics(doc);
    void server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: doc } });
    assert.deepEqual(await cleared, []);
    const reopened = server.diagnostics(doc, 3);
    server.open(doc, text, 3);
    await reopened;
    assert.equal((await server.connection.sendRequest<CodeLens>('codeLens/resolve', before[2])).command?.title, '');
    const after = await server.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: doc } });
    assert.equal((await server.connection.sendRequest<CodeLens>('codeLens/resolve', after[2])).command?.title, 'layer 1 of 1');
  });

  it('explains an instruction on hover', async () => {
    const hover = await server.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 1 } });
    const text = (hover.contents as MarkupContent).value;
    assert.match(text, /creates layer 2 of 2 in stage `build`/);
    assert.match(text, /build-only/);
    assert.deepEqual(hover.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } });
  });

  it('shows the stage behind --from on hover', async () => {
    const hover = await server.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 14 } });
    assert.match((hover.contents as MarkupContent).value, /\*\*Stage `build`\*\*/);
  });

  it('updates after a change', async () => {
    const published = server.diagnostics(uri, 2);
    server.change(uri, DOCKERFILE.replace('ENV PORT=8080', 'RUN adduser -D app'), 2);
    await published;
    const model = await server.connection.sendRequest<LayerModel>('layerwise/layers', { textDocument: { uri } });
    assert.equal(model.finalImage.layerCount, 2);
  });

  it('returns null for an unknown document instead of failing', async () => {
    const model = await server.connection.sendRequest('layerwise/layers', { textDocument: { uri: 'file:///nope' } });
    assert.equal(model, null);
  });
});
