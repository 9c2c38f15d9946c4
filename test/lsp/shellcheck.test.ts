/** The `shellcheck` rule in the language server: other diagnostics at once, ShellCheck's when its run ends. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { startServer, type TestServer } from '../support/lspClient';

const installed = spawnSync('shellcheck', ['--version'], { encoding: 'utf8' }).status === 0;
const URI = 'untitled:Dockerfile-shellcheck';

/** Waits for the publishes of a version until one carries ShellCheck findings. */
async function withShellcheck(server: TestServer, version: number): Promise<Diagnostic[]> {
  for (;;) {
    const diagnostics = await server.diagnostics(URI, version);
    if (diagnostics.some((d) => d.code === 'shellcheck')) return diagnostics;
  }
}

describe('language server: shellcheck rule with the real binary', function () {
  this.timeout(30_000);
  let server: TestServer | null = null;
  before(function () {
    if (!installed) {
      console.log('      skipped: no `shellcheck` on PATH (scripts/install.sh installs the Debian package)');
      this.skip();
    }
  });
  afterEach(async () => {
    await server?.stop();
    server = null;
  });

  for (const eol of ['\n', '\r\n']) {
    it(`publishes ShellCheck findings after the others, and keeps them for unchanged RUNs while typing (${JSON.stringify(eol)})`, async () => {
      server = await startServer({ rules: { shellcheck: 'warning' } });
      const text = ['FROM debian:12', 'RUN echo $lower_name \\', '    && true', ''].join(eol);
      const first = server.diagnostics(URI, 1);
      server.open(URI, text, 1);
      assert.ok(!(await first).some((d) => d.code === 'shellcheck'), 'the first publish does not wait for ShellCheck');
      const checked = await withShellcheck(server, 1);
      const sc = checked.filter((d) => d.code === 'shellcheck').map((d) => `${String(d.message).slice(0, 6)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);
      assert.deepEqual(sc.sort(), ['SC2086 1:9-1:20', 'SC2154 1:9-1:20']);

      // A new line above the RUN: same script text, so the immediate publish already has its findings (moved).
      const next = server.diagnostics(URI, 2);
      server.change(URI, ['FROM debian:12', 'WORKDIR /app', 'RUN echo $lower_name \\', '    && true', ''].join(eol), 2);
      const moved = (await next).filter((d) => d.code === 'shellcheck').map((d) => d.range.start.line);
      assert.deepEqual(moved, [2, 2]);
    });
  }
});
