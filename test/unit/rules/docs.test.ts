/** Every registered rule has its page under docs/rules, and the page's examples say what the rule does. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES, type LintConfig } from '../../../server/src/core/rules';
import { SYNTAX_AND_BUILDKIT_RULES } from '../../../server/src/core/rules/registry';
import { REPO_ROOT } from '../../support/paths';
import { ruleFindings } from './helpers';

/** Examples that cannot be shown as a Dockerfile on their own. */
const NOT_RUNNABLE = new Set(['binary-content']);
/** The surroundings a page's example states in words. */
const EXAMPLE_CONFIG: Record<string, LintConfig> = { 'copy-ignored-file': { dockerignore: '**/*.env\n!config/defaults.env\n' } };

function example(page: string, heading: 'Bad' | 'Good'): string {
  const match = new RegExp(`## ${heading}\\n\\n\`\`\`dockerfile\\n([\\s\\S]*?)\\n\`\`\``).exec(page);
  assert.ok(match, `${heading} example`);
  const text = `${match[1]}\n`;
  // Snippets without a FROM are shown inside a stage.
  return /^FROM\s/im.test(text) ? text : `FROM alpine:3.20\n${text}`;
}

describe('rule documentation pages', () => {
  for (const rule of RULES) {
    it(`${rule.id} has its page at ${rule.docs}`, () => {
      assert.equal(rule.docs, `docs/rules/${rule.id}.md`);
      const page = fs.readFileSync(path.join(REPO_ROOT, rule.docs), 'utf8');
      assert.match(page, new RegExp(`^# ${rule.id}\\n`));
      assert.match(page, /## Why\n\n\S/);
    });
  }

  for (const rule of SYNTAX_AND_BUILDKIT_RULES.filter((r) => !NOT_RUNNABLE.has(r.id))) {
    it(`${rule.id}: the bad example fires, the good one does not`, () => {
      const page = fs.readFileSync(path.join(REPO_ROOT, rule.docs), 'utf8');
      assert.ok(ruleFindings(rule.id, example(page, 'Bad'), EXAMPLE_CONFIG[rule.id]).length > 0, 'bad example fires');
      assert.deepEqual(ruleFindings(rule.id, example(page, 'Good'), EXAMPLE_CONFIG[rule.id]).map((f) => f.message), []);
    });
  }
});
