import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import { analyze } from '../../../server/src/core/analysis';
import { lint } from '../../../server/src/core/rules/lint';
import { RULES } from '../../../server/src/core/rules/registry';
import type { Finding } from '../../../server/src/core/rules/rule';
import { parseDockerfile } from '../../../server/src/core/syntax';
import { CORPUS, REPO_ROOT } from '../../support/paths';
import { applyEdits } from './assertRules';

/** The rules of RULES.md §2.3–§2.7 (this catalog), every one switched on. */
const CATALOG_IDS = new Set([
  'image-untagged', 'image-latest-tag', 'untrusted-registry', 'copy-from-unknown-stage', 'copy-from-own-stage', 'copy-relative-dest-without-workdir', 'env-self-reference',
  'pin-apt-versions', 'pin-apk-versions', 'pin-rpm-versions', 'pin-pip-versions', 'pin-npm-versions', 'pin-gem-versions', 'pin-go-install-versions',
  'apt-lists-not-cleaned', 'apt-no-install-recommends', 'apt-missing-yes', 'use-apt-get-not-apt', 'apk-use-no-cache', 'rpm-missing-yes', 'rpm-cache-not-cleaned',
  'zypper-dist-upgrade', 'pip-no-cache-dir', 'yarn-cache-not-cleaned',
  'use-workdir-not-cd', 'no-sudo', 'pointless-command', 'missing-pipefail', 'use-shell-instruction', 'wget-and-curl', 'wget-progress', 'useradd-no-log-init',
  'prefer-copy-over-add', 'copy-then-extract', 'copy-root-filesystem', 'last-user-root', 'user-non-numeric', 'label-key-invalid', 'label-schema', 'missing-healthcheck',
  'inline-ignore-discouraged', 'shellcheck',
  'merge-consecutive-runs', 'cleanup-in-later-layer', 'delete-file-from-earlier-layer', 'secret-file-in-layer', 'copy-all-before-deps', 'chmod-chown-after-copy',
  'apt-update-alone', 'remote-add', 'missing-dockerignore', 'final-stage-carries-build-tools', 'redundant-mkdir-before-workdir', 'too-many-layers',
]);
const catalog = RULES.filter((r) => CATALOG_IDS.has(r.id));
const severities = Object.fromEntries(catalog.filter((r) => r.severity === 'off').map((r) => [r.id, 'warning' as const]));
const files = fs.readdirSync(CORPUS).filter((f) => !/\.(md|tsv)$/.test(f)).sort();

function lintCatalog(text: string, errors: string[], file: string): Finding[] {
  const buildContext = { entries: ['.git', 'node_modules'], dockerignorePath: '.dockerignore' };
  return lint(analyze(text), { rules: severities, dockerignore: null, buildContext }, catalog, (rule, error) => errors.push(`${file}: ${rule.id} threw ${String(error)}`));
}

describe('catalog rules on the real-world corpus', function () {
  this.timeout(180_000);

  it('registers every rule of §2.3–§2.7, each with a docs page', () => {
    assert.deepEqual([...CATALOG_IDS].filter((id) => !RULES.some((r) => r.id === id)), []);
    assert.deepEqual([...CATALOG_IDS].filter((id) => !fs.existsSync(path.join(REPO_ROOT, 'docs/rules', `${id}.md`))), []);
  });

  it('lints every corpus file without a rule throwing, and without error-level findings', () => {
    const errors: string[] = [];
    for (const file of files) {
      const findings = lintCatalog(fs.readFileSync(path.join(CORPUS, file), 'utf8'), errors, file);
      for (const f of findings) if (f.severity === 'error') errors.push(`${file}: ${f.ruleId} ${f.message}`);
    }
    assert.deepEqual(errors, []);
  });

  it('applies every preferred fix on every corpus file without creating syntax errors', () => {
    const errors: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(path.join(CORPUS, file), 'utf8');
      const edits = lintCatalog(text, errors, file).flatMap((f) => f.fixes.find((x) => x.isPreferred)?.edits ?? []);
      if (edits.length === 0) continue;
      const before = parseDockerfile(text).problems.filter((p) => p.severity === 'error').length;
      const after = parseDockerfile(applyEdits(text, edits)).problems.filter((p) => p.severity === 'error').length;
      if (after > before) errors.push(`${file}: fixes add ${after - before} syntax error(s)`);
    }
    assert.deepEqual(errors, []);
  });
});
