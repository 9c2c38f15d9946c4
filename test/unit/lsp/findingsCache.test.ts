import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/analysis';
import { ShellcheckStore, shellcheckRequest } from '../../../server/src/core/rules';
import { FindingsCache } from '../../../server/src/lsp/findingsCache';

describe('FindingsCache (one lint per document version and configuration)', () => {
  for (const eol of ['\n', '\r\n']) {
    const text = ['FROM ubuntu', 'RUN apt-get install curl', ''].join(eol);

    it(`reuses the findings for an equal configuration built anew (${JSON.stringify(eol)})`, () => {
      const cache = new FindingsCache(() => assert.fail('no rule throws here'));
      const analysis = analyze(text);
      const first = cache.findings(analysis, { rules: {}, dockerignore: null, buildContext: { entries: ['a'], dockerignorePath: '/x/.dockerignore' } });
      assert.ok(first.length > 0);
      assert.equal(cache.findings(analysis, { rules: {}, dockerignore: null, buildContext: { entries: ['a'], dockerignorePath: '/x/.dockerignore' } }), first);
    });

    it(`lints again for another configuration or another analysis (${JSON.stringify(eol)})`, () => {
      const cache = new FindingsCache(() => undefined);
      const analysis = analyze(text);
      const first = cache.findings(analysis, { rules: {} });
      const off = cache.findings(analysis, { rules: Object.fromEntries(first.map((f) => [f.ruleId, 'off' as const])) });
      assert.deepEqual(off, []);
      assert.notEqual(cache.findings(analyze(text), { rules: {} }), first);
      assert.deepEqual(cache.findings(analyze(text), { rules: {} }), first);
    });

    it(`lints again when ShellCheck results arrive for the same version (${JSON.stringify(eol)})`, () => {
      const cache = new FindingsCache(() => undefined);
      const analysis = analyze(['FROM ubuntu', 'RUN echo $HOME', ''].join(eol));
      const store = new ShellcheckStore();
      const config = { rules: { shellcheck: 'warning' as const }, shellcheck: store };
      const before = cache.findings(analysis, config);
      assert.equal(before.filter((f) => f.ruleId === 'shellcheck').length, 0);
      const scripts = store.missing(shellcheckRequest(analysis, config));
      assert.equal(scripts.length, 1);
      const line = scripts[0].split('\n').findIndex((l) => l.includes('echo $HOME')) + 1;
      assert.ok(line > 0);
      store.record(scripts, { ok: true, comments: [[{ line, column: 6, endLine: line, endColumn: 11, level: 'info', code: 2086, message: 'Double quote to prevent globbing and word splitting.' }]] });
      const after = cache.findings(analysis, config);
      assert.equal(after.filter((f) => f.ruleId === 'shellcheck').length, 1);
    });
  }
});
