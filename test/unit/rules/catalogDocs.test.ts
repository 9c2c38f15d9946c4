/** The Bad example of each catalog rule's page fires that rule, the Good one does not. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import { CATALOG_RULES } from '../../../server/src/core/rules/catalogRules';
import type { LintConfig } from '../../../server/src/core/rules/lint';
import { REPO_ROOT } from '../../support/paths';
import { findingsOf } from './assertRules';

/** Pages whose example is a sketch (`…`) rather than a whole Dockerfile. */
/** `shellcheck` needs the ShellCheck binary: test/cli/lintShellcheck.test.ts runs its page's examples. */
const NOT_RUNNABLE = new Set(['too-many-layers', 'shellcheck']);
/** The surroundings a page's example states in words. */
const EXAMPLE_CONFIG: Record<string, LintConfig> = {
  'missing-dockerignore': { dockerignore: null },
  'label-schema': {
    hadolint: {
      ignored: [], override: { error: [], warning: [], info: [], style: [] }, trustedRegistries: null, labelSchema: { 'org.opencontainers.image.source': 'url' },
      strictLabels: false, disableIgnorePragma: false, failureThreshold: null, noFail: false, format: null,
    },
  },
  'untrusted-registry': {
    hadolint: {
      ignored: [], override: { error: [], warning: [], info: [], style: [] }, trustedRegistries: ['registry.example.com'], labelSchema: null,
      strictLabels: false, disableIgnorePragma: false, failureThreshold: null, noFail: false, format: null,
    },
  },
};

function example(page: string, heading: 'Bad' | 'Good'): string {
  const match = new RegExp(`## ${heading}\\n\\n\`\`\`dockerfile\\n([\\s\\S]*?)\\n\`\`\``).exec(page);
  assert.ok(match, `${heading} example`);
  const text = `${match[1]}\n`;
  // Snippets without a FROM are shown inside a stage.
  return /^FROM\s/im.test(text) ? text : `FROM debian:12\n${text}`;
}

describe('catalog rule pages', () => {
  for (const rule of CATALOG_RULES.filter((r) => !NOT_RUNNABLE.has(r.id))) {
    it(`${rule.id}: the bad example fires, the good one does not`, () => {
      const page = fs.readFileSync(path.join(REPO_ROOT, rule.docs), 'utf8');
      const config = EXAMPLE_CONFIG[rule.id] ?? {};
      // The Good snippet of missing-dockerignore is the .dockerignore itself.
      assert.ok(findingsOf(example(page, 'Bad'), rule.id, config).length > 0, 'bad example fires');
      const good = rule.id === 'missing-dockerignore' ? { dockerignore: '.git\n' } : config;
      assert.deepEqual(findingsOf(example(page, 'Good'), rule.id, good).map((f) => f.message), []);
    });
  }
});
