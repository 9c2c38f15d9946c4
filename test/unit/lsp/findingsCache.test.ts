import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/analysis';
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
  }
});
