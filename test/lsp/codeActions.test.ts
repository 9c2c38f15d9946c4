/** The real server over stdio: diagnostics with codes, quick fixes, suppression actions and source.fixAll. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { startServer, type TestServer } from '../support/lspClient';

function applyAction(text: string, uri: string, action: CodeAction): string {
  const edits: TextEdit[] = action.edit?.changes?.[uri] ?? [];
  return TextDocument.applyEdits(TextDocument.create(uri, 'dockerfile', 1, text), edits);
}

for (const eol of ['\n', '\r\n']) {
  describe(`code actions over stdio (${JSON.stringify(eol)})`, function () {
    this.timeout(20000);
    let server: TestServer;
    let dir: string;
    const text = ['FROM alpine:3.20 as build', 'MAINTAINER me', 'CMD npm start', ''].join(eol);

    before(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerwise-actions-'));
      server = await startServer();
    });
    after(async () => {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    async function open(name: string, content: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      const uri = pathToFileURL(path.join(dir, name)).toString();
      const published = server.diagnostics(uri);
      server.open(uri, content);
      return { uri, diagnostics: await published };
    }

    it('publishes diagnostics with code, source, docs link, tags and related information', async () => {
      const { diagnostics } = await open('Dockerfile', [...text.split(eol).slice(0, 3), 'CMD ["x"]', ''].join(eol));
      assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line]), [
        ['from-as-casing', 0], ['maintainer-deprecated', 1], ['overridden-instruction', 2], ['json-args-recommended', 2],
      ]);
      assert.ok(diagnostics.every((d) => d.source === 'layerwise'));
      assert.match(String(diagnostics[1].codeDescription?.href), /docs\/rules\/maintainer-deprecated\.md$/);
      assert.deepEqual(diagnostics[1].tags, [2]);
      assert.deepEqual(diagnostics[2].tags, [1]);
      assert.equal(diagnostics[2].relatedInformation?.[0].location.range.start.line, 3);
    });

    it('offers the quick fix and two suppression actions; the fix edit gives the expected text', async () => {
      const { uri, diagnostics } = await open('quick.Dockerfile', text);
      const maintainer = diagnostics.find((d) => d.code === 'maintainer-deprecated')!;
      const actions = await server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri }, range: maintainer.range, context: { diagnostics: [maintainer], only: ['quickfix'] },
      });
      const mine = actions.filter((a) => a.diagnostics?.[0]?.code === 'maintainer-deprecated');
      assert.deepEqual(mine.map((a) => [a.title, a.kind, a.isPreferred ?? false]), [
        ['Replace with LABEL org.opencontainers.image.authors', 'quickfix', true],
        ['Ignore maintainer-deprecated for this instruction', 'quickfix', false],
        ['Ignore maintainer-deprecated in this file', 'quickfix', false],
      ]);
      assert.equal(applyAction(text, uri, mine[0]), ['FROM alpine:3.20 as build', 'LABEL org.opencontainers.image.authors="me"', 'CMD npm start', ''].join(eol));
      assert.equal(applyAction(text, uri, mine[1]), ['FROM alpine:3.20 as build', '# layerwise ignore=maintainer-deprecated', 'MAINTAINER me', 'CMD npm start', ''].join(eol));
    });

    it('source.fixAll.layerwise applies every preferred fix in one edit', async () => {
      const { uri } = await open('all.Dockerfile', text);
      const actions = await server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] },
      });
      assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.layerwise']);
      const fixed = applyAction(text, uri, actions[0]);
      assert.equal(fixed, ['FROM alpine:3.20 AS build', 'LABEL org.opencontainers.image.authors="me"', 'CMD ["npm", "start"]', ''].join(eol));
    });

    it('reads the nearest .hadolint.yaml and reports a broken one on that file', async () => {
      const sub = path.join(dir, 'svc');
      fs.mkdirSync(sub, { recursive: true });
      fs.writeFileSync(path.join(dir, '.hadolint.yaml'), 'ignored: [DL4000]\noverride:\n  error: [DL3025]\n');
      const { diagnostics } = await open('svc/Dockerfile', text);
      assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [['from-as-casing', 2], ['json-args-recommended', 1]]);

      fs.writeFileSync(path.join(sub, '.hadolint.yml'), 'ignored: [DL4000\n');
      const configUri = pathToFileURL(path.join(sub, '.hadolint.yml')).toString();
      const configProblems = server.diagnostics(configUri);
      const again = await open('svc/Other.Dockerfile', text);
      const problems = await configProblems;
      assert.equal(problems.length, 1);
      assert.match(String(problems[0].message), /^Invalid YAML/);
      assert.ok(again.diagnostics.some((d) => d.code === 'maintainer-deprecated'), 'an invalid config is not used');
    });

    it('lints open documents again when a watched config file changes', async () => {
      // The folder's .hadolint.yaml (previous test) ignores DL4000; a nearer one replaces it.
      const { uri, diagnostics } = await open('watch/Dockerfile', text);
      assert.deepEqual(diagnostics.map((d) => d.code), ['from-as-casing', 'json-args-recommended']);
      fs.writeFileSync(path.join(dir, 'watch', '.hadolint.yaml'), 'ignored: [DL3025]\n');
      const republished = server.diagnostics(uri);
      const configUri = pathToFileURL(path.join(dir, 'watch', '.hadolint.yaml')).toString();
      await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 1 }] });
      assert.deepEqual((await republished).map((d) => d.code), ['from-as-casing', 'maintainer-deprecated']);
    });
  });
}

describe('layerwise.rules settings over stdio', function () {
  this.timeout(20000);
  it('turns a rule off and changes a severity', async () => {
    const server = await startServer({ rules: { 'maintainer-deprecated': 'off', 'from-as-casing': 'error' } });
    try {
      const uri = 'untitled:settings';
      const published = server.diagnostics(uri);
      server.open(uri, 'FROM alpine:3.20 as build\nMAINTAINER me\n');
      assert.deepEqual((await published).map((d) => [d.code, d.severity]), [['from-as-casing', 1]]);
    } finally {
      await server.stop();
    }
  });
});
