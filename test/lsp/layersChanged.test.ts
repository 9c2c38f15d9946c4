/** The layersChanged notification the layer view draws from: sent per new version, bursts folded, incremental edits applied. */
import * as assert from 'node:assert/strict';
import { LAYERS_CHANGED_NOTIFICATION, type LayersChangedParams } from '../../server/src/protocol';
import { startServer, type TestServer } from '../support/lspClient';

describe('layersChanged notification', () => {
  let server: TestServer;
  const received: LayersChangedParams[] = [];
  const waiters: { ok: (p: LayersChangedParams) => boolean; resolve: (p: LayersChangedParams) => void }[] = [];

  before(async () => {
    server = await startServer();
    server.connection.onNotification(LAYERS_CHANGED_NOTIFICATION, (params: LayersChangedParams) => {
      received.push(params);
      for (const w of waiters.filter((w) => w.ok(params))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(params);
      }
    });
  });
  after(() => server.stop());

  function next(uri: string, version: number): Promise<LayersChangedParams> {
    const seen = received.find((p) => p.uri === uri && p.version === version);
    return seen ? Promise.resolve(seen) : new Promise((resolve) => waiters.push({ ok: (p) => p.uri === uri && p.version === version, resolve }));
  }

  function layers(params: LayersChangedParams): number {
    return params.model.stages.reduce((n, s) => n + s.layerCount, 0);
  }

  it('announces incremental document sync, so the client sends each edit at once', () => {
    assert.deepEqual(server.capabilities.textDocumentSync, { openClose: true, change: 2 });
  });

  for (const eol of ['\n', '\r\n']) {
    it(`sends the model on open and after an incremental edit (${JSON.stringify(eol)})`, async () => {
      const uri = `file:///layers-${eol.length}/Dockerfile`;
      const text = ['FROM alpine', 'RUN a', 'COPY b /b'].join(eol) + eol;
      server.open(uri, text);
      assert.equal(layers(await next(uri, 1)), 2);
      const end = { line: 3, character: 0 };
      void server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ range: { start: end, end }, text: `RUN c${eol}` }],
      });
      const changed = await next(uri, 2);
      assert.equal(layers(changed), 3);
      assert.equal(changed.model.stages[0].instructions.at(-1)?.text, 'RUN c');
    });
  }

  it('folds a burst of changes that queued up while the server was busy into the last version', async () => {
    const uri = 'file:///burst/Dockerfile';
    // Long enough that analysing one version takes a while, so the next changes wait in the queue.
    const text = 'FROM alpine\n' + Array.from({ length: 3000 }, (_, i) => `RUN echo "step ${i}" >> /log`).join('\n') + '\n';
    server.open(uri, text);
    await next(uri, 1);
    // Written as one block of bytes, as an editor's client sends keystrokes typed while the server analyses.
    const frames = Array.from({ length: 20 }, (_, k) => {
      const end = { line: 3001 + k, character: 0 };
      const body = JSON.stringify({
        jsonrpc: '2.0', method: 'textDocument/didChange',
        params: { textDocument: { uri, version: k + 2 }, contentChanges: [{ range: { start: end, end }, text: `RUN typed ${k}\n` }] },
      });
      return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    });
    server.process.stdin!.write(frames.join(''));
    const last = await next(uri, 21);
    assert.equal(layers(last), 3020);
    const sent = received.filter((p) => p.uri === uri).map((p) => p.version);
    assert.deepEqual(sent, [...new Set(sent)].sort((a, b) => a - b), 'each version at most once, in order');
    assert.deepEqual(sent.filter((v) => v > 1), [21], `notified versions ${sent.join(',')}`);
  });
});
