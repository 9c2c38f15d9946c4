/** Docker's .dockerignore semantics as copy-ignored-file uses them (RULES.md §2b CopyIgnoredFile guard). */
import * as assert from 'node:assert/strict';
import { excludedBy, mayReinclude, parseDockerignore } from '../../../server/src/core/rules/shared/dockerignore';
import { EOLS, lines, ruleFindings } from './helpers';

function ignored(dockerignore: string, path: string): boolean {
  const patterns = parseDockerignore(dockerignore);
  const by = excludedBy(patterns, path);
  return by !== null && !mayReinclude(patterns, by, path);
}

describe('.dockerignore matching', () => {
  for (const eol of EOLS) {
    it(`reads patterns, comments and negations (${JSON.stringify(eol)})`, () => {
      assert.deepEqual(parseDockerignore(['# c', '', '/build/', '!./build/keep', '  *.tmp  '].join(eol)).map((p) => [p.text, p.negated, p.line]), [['build', false, 3], ['build/keep', true, 4], ['*.tmp', false, 5]]);
    });
  }

  it('matches * within a segment, ** across segments, and parents', () => {
    assert.equal(ignored('*.log', 'a.log'), true);
    assert.equal(ignored('*.log', 'dir/a.log'), false);
    assert.equal(ignored('**/*.log', 'dir/sub/a.log'), true);
    assert.equal(ignored('dist', 'dist/app.js'), true);
    assert.equal(ignored('doc?', 'docs/x'), true);
  });

  it('the last matching pattern wins', () => {
    assert.equal(ignored('*.md\n!README.md', 'README.md'), false);
    assert.equal(ignored('!README.md\n*.md', 'README.md'), true);
  });

  it('a directory stays usable when something below it is re-included, but not every path goes silent', () => {
    assert.equal(ignored('secrets\n!secrets/public.pem', 'secrets'), false);
    assert.equal(ignored('secrets\n!secrets/public.pem', 'secrets/private.key'), true);
    assert.equal(ignored('*.key\n!docs/**/*.md', 'server.key'), true);
  });

  for (const eol of EOLS) {
    it(`COPY . is ignored only when *, ** or **/* exclude everything with no re-include (${JSON.stringify(eol)})`, () => {
      const text = lines(eol, 'FROM alpine', 'COPY . /app');
      assert.equal(ruleFindings('copy-ignored-file', text, { dockerignore: '**/*\n' }).length, 1);
      assert.equal(ruleFindings('copy-ignored-file', text, { dockerignore: '*\n!src\n' }).length, 0);
      assert.equal(ruleFindings('copy-ignored-file', text, { dockerignore: '.git\n' }).length, 0);
      assert.equal(ruleFindings('copy-ignored-file', text, {}).length, 0, 'unknown .dockerignore: silent');
    });
  }
});
