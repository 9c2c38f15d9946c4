import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { RULES } from '../../server/src/core/rules';
import { END_MARKER, README, rulesTable, START_MARKER, withRulesTable } from '../../scripts/rulesTable';

describe('README rules table', () => {
  it('matches the rule registry (run `npm run docs:rules` after changing rules)', () => {
    const readme = fs.readFileSync(README, 'utf8');
    assert.equal(withRulesTable(readme), readme);
  });

  it('lists every registered rule once', () => {
    const table = rulesTable();
    for (const rule of RULES) assert.equal(table.split(`| \`${rule.id}\` |`).length - 1, 1, rule.id);
  });

  it('replaces only the text between the markers, with \\n and \\r\\n', () => {
    for (const eol of ['\n', '\r\n']) {
      const readme = ['# T', START_MARKER, 'old', END_MARKER, 'after', ''].join(eol);
      const updated = withRulesTable(readme, 'A\nB');
      assert.equal(updated, ['# T', START_MARKER, 'A', 'B', END_MARKER, 'after', ''].join(eol));
      assert.notEqual(withRulesTable(readme), readme, 'a stale table is detected');
    }
  });

  it('refuses a README without markers', () => {
    assert.throws(() => withRulesTable('# nothing here\n'), /lacks the markers/);
  });
});
