import * as assert from 'node:assert/strict';
import type { CodeLens, Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startServer, type TestServer } from '../support/lspClient';

const FAULTS = { env: { LAYERWISE_TEST_FAULTS: '1' } };
const DOCKERFILE = 'FROM alpine\nRUN echo hi\n';
const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

function hover(server: TestServer, uri: string, line = 0, character = 1): Promise<Hover | null> {
  return server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
}

/** Everything the server writes to stdout, to see answers to raw requests the client connection did not send. */
function recordStdout(server: TestServer): () => string {
  let out = '';
  server.process.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  return () => out;
}

/** Resolves once the raw stdout holds an answer to request `id`, with that answer's JSON. */
async function rawAnswer(server: TestServer, stdout: () => string, id: string): Promise<{ result?: unknown; error?: { code: number } }> {
  const pattern = new RegExp(`\\{[^{}]*"id":"${id}"[^]*?\\}(?=Content-Length|$)`);
  for (;;) {
    const match = pattern.exec(stdout());
    if (match) return JSON.parse(match[0]) as { result?: unknown; error?: { code: number } };
    await new Promise((resolve) => server.process.stdout!.once('data', resolve));
  }
}

describe('language server resilience over stdio', function () {
  this.timeout(120_000);

  describe('faults, cancellation and malformed input', () => {
    let server: TestServer;
    const uri = 'file:///work/ok/Dockerfile';

    before(async () => {
      server = await startServer({}, FAULTS);
      const published = server.diagnostics(uri);
      server.open(uri, DOCKERFILE);
      await published;
    });
    after(async () => server.stop());

    it('answers a throwing hover or CodeLens handler with an empty result and logs the failure once', async () => {
      const faulty = 'file:///work/layerwise-fault-hover-layerwise-fault-codeLens/Dockerfile';
      server.open(faulty, DOCKERFILE);
      assert.equal(await hover(server, faulty), null);
      assert.equal(await hover(server, faulty), null);
      assert.deepEqual(await server.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: faulty } }), []);
      assert.deepEqual(await server.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: faulty } }), []);
      assert.equal(server.logs.filter((l) => l.includes('hover failed: Error: injected test fault')).length, 1);
      assert.equal(server.logs.filter((l) => l.includes('codeLens failed: Error: injected test fault')).length, 1);
      assert.ok((await hover(server, uri))?.contents, 'a healthy document still gets hovers');
    });

    it('keeps publishing diagnostics for other documents when the diagnostics handler throws for one', async () => {
      const faulty = 'file:///work/layerwise-fault-diagnostics/Dockerfile';
      server.open(faulty, 'FROM alpine\nRUNN x\n');
      const other = 'file:///work/other/Dockerfile';
      const published = server.diagnostics(other);
      server.open(other, 'FROM alpine\nRUNN x\n');
      assert.ok((await published).some((d) => d.code === 'unknown-instruction'));
      await hover(server, uri);
      assert.equal(server.logs.filter((l) => l.includes('diagnostics failed: Error: injected test fault')).length, 1);
    });

    it('answers a request cancelled before it ran with RequestCancelled', async () => {
      const stdout = recordStdout(server);
      await hover(server, uri); // the client connection is idle: the raw write below is not interleaved
      const request = JSON.stringify({ jsonrpc: '2.0', id: 'cancel-1', method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: 0, character: 1 } } });
      const cancel = JSON.stringify({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id: 'cancel-1' } });
      server.process.stdin!.write(frame(request) + frame(cancel));
      const answer = await rawAnswer(server, stdout, 'cancel-1');
      assert.equal(answer.error?.code, -32800);
      assert.equal(answer.result, undefined);
    });

    it('answers an unknown request with MethodNotFound and ignores an unknown notification', async () => {
      await server.connection.sendNotification('layerwise/noSuchNotification', {});
      await assert.rejects(server.connection.sendRequest('layerwise/noSuchMethod', {}), (error: { code?: number }) => error.code === -32601);
      assert.ok(await hover(server, uri));
    });

    it('survives bad JSON, a header without Content-Length, non-object messages and null params', async () => {
      const garbage = [
        frame('{"jsonrpc": "2.0", "id": 1, "method": '),
        frame('[1, 2, 3]'),
        frame('"just a string"'),
        'Content-Type: application/json\r\n\r\n{"jsonrpc":"2.0","method":"initialized"}',
        'Content-Length: banana\r\n\r\n',
        'no header at all\r\n\r\n',
        frame(JSON.stringify({ jsonrpc: '2.0', id: 'null-params', method: 'textDocument/hover', params: null })),
        frame(JSON.stringify({ jsonrpc: '2.0', id: 'bad-params', method: 'textDocument/codeLens', params: { textDocument: 42 } })),
      ];
      for (const raw of garbage) {
        await hover(server, uri);
        server.process.stdin!.write(raw);
        const answer = await hover(server, uri);
        assert.ok(answer?.contents, `no hover after ${JSON.stringify(raw.slice(0, 40))}`);
      }
      assert.equal(server.process.exitCode, null);
      assert.ok(server.logs.some((l) => l.includes('malformed JSON-RPC framing')));
    });
  });

  describe('stale versions', () => {
    let server: TestServer;
    before(async () => {
      server = await startServer();
    });
    after(async () => server.stop());

    /** Version k has k `RUN true` lines, then an unknown instruction on line k + 1. */
    const version = (k: number) => `FROM alpine\n${'RUN true\n'.repeat(k)}RUNN x\n`;

    it('publishes diagnostics only from the version they claim, ending with the latest, and answers from the latest', async () => {
      const uri = 'file:///work/stale/Dockerfile';
      const published: PublishDiagnosticsParams[] = [];
      let resolveLast: () => void;
      const last = new Promise<void>((resolve) => (resolveLast = resolve));
      server.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
        if (params.uri !== uri) return;
        published.push(params);
        if (params.version === 30) resolveLast();
      });
      server.open(uri, version(1), 1);
      for (let k = 2; k <= 30; k++) server.change(uri, version(k), k);
      const lenses = await server.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
      assert.equal(Math.max(...lenses.map((l) => l.range.start.line)), 31, 'CodeLens of the latest version (its last line)');
      await last;
      const versions = published.map((p) => p.version ?? -1);
      assert.deepEqual([...versions].sort((a, b) => a - b), versions, 'versions only go up');
      for (const p of published) {
        const unknown = p.diagnostics.filter((d) => d.code === 'unknown-instruction').map((d) => d.range.start.line);
        assert.deepEqual(unknown, [(p.version ?? 0) + 1], `diagnostics of version ${p.version} come from that version`);
      }
      assert.ok(published.length < 10, `debounced: ${published.length} publishes for 30 versions`);
    });
  });

  describe('memory', () => {
    it('does not grow when one document is edited 10,000 times', async () => {
      const server = await startServer({}, { ...FAULTS, nodeArgs: ['--expose-gc'] });
      try {
        const uri = 'file:///work/memory/Dockerfile';
        const text = (i: number) => `FROM alpine AS base\nARG V=${i}\nRUN echo $V && apk add curl\nFROM base\nCOPY --from=base /x /y\nCMD ["run", "${i}"]\n`;
        server.open(uri, text(0), 0);
        for (let i = 1; i <= 300; i++) server.change(uri, text(i), i);
        await server.diagnostics(uri, 300);
        const before = await server.connection.sendRequest<number>('layerwise/test/heap');
        const finalVersion = 10_300;
        const published = server.diagnostics(uri, finalVersion);
        for (let i = 301; i <= finalVersion; i++) server.change(uri, text(i), i);
        await hover(server, uri);
        await published;
        const after = await server.connection.sendRequest<number>('layerwise/test/heap');
        const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);
        console.log(`      heap after GC: ${mb(before)} MB before, ${mb(after)} MB after 10,000 edits`);
        assert.ok(after - before < 4 * 1024 * 1024, `heap grew by ${mb(after - before)} MB`);
      } finally {
        await server.stop();
      }
    });
  });
});
