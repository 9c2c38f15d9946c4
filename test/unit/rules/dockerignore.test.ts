/** copy-ignored-file over whole-context COPY (the matching itself: test/unit/context/dockerignore.test.ts). */
import * as assert from 'node:assert/strict';
import { EOLS, lines, ruleFindings } from './helpers';

describe('copy-ignored-file and .dockerignore', () => {
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
