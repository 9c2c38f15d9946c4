/**
 * Every rule over the real-world corpus: no crash, no error-level finding except the real bugs listed
 * below, fix-all converges, and the per-rule hit counts match the reviewed golden file
 * (`UPDATE_GOLDEN=1` rewrites it).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixText } from '../../../server/src/cli/lintFix';
import { applyEdits, fixAllEdits, RULES } from '../../../server/src/core/rules';
import { CORPUS } from '../../support/paths';
import { findings } from './helpers';

const GOLDEN = path.join(__dirname, 'corpus-hits.golden.json');
const files = fs.readdirSync(CORPUS).filter((f) => !/\.(md|tsv)$/.test(f)).sort();

/** Error-level findings that are real bugs in the corpus file, with why. */
const REAL_ERRORS: Record<string, string> = {
  'devcontainers__images__build__assets__debian.Dockerfile:invalid-image-reference': 'template: FROM REPLACE-ME is substituted before building; as written the builder rejects it',
  'devcontainers__images__build__assets__redhat.Dockerfile:invalid-image-reference': 'same template placeholder',
  'docker__docker-language-server__testdata__completion__Dockerfile:missing-arguments': 'completion test data: a bare FROM the builder rejects',
  'docker__docker-language-server__testdata__completion__Dockerfile:extra-arguments': 'completion test data: FROM x AS without a name',
};

describe('rules over the corpus', function () {
  this.timeout(60000);
  const counts: Record<string, number> = Object.fromEntries(RULES.map((r) => [r.id, 0]));
  const errors = new Set<string>();

  before(() => {
    for (const file of files) {
      for (const finding of findings(fs.readFileSync(path.join(CORPUS, file), 'utf8'))) {
        counts[finding.ruleId]++;
        if (finding.severity === 'error') errors.add(`${file}:${finding.ruleId}`);
      }
    }
  });

  it('has the corpus', () => assert.ok(files.length >= 300));

  it('reports errors only where the file really has a bug', () => {
    assert.deepEqual([...errors].sort(), Object.keys(REAL_ERRORS).sort());
  });

  it('matches the reviewed per-rule hit counts', () => {
    const actual = `${JSON.stringify(counts, Object.keys(counts).sort(), 2)}\n`;
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(GOLDEN, actual);
    assert.deepEqual(JSON.parse(actual), JSON.parse(fs.readFileSync(GOLDEN, 'utf8')));
  });

  it('gives the same findings with \\r\\n line endings', () => {
    for (const file of files.slice(0, 120)) {
      const lf = fs.readFileSync(path.join(CORPUS, file), 'utf8').replace(/\r\n/g, '\n');
      const summary = (text: string) => findings(text).map((f) => `${f.ruleId}:${f.message}`);
      assert.deepEqual(summary(lf.replace(/\n/g, '\r\n')), summary(lf), file);
    }
  });

  it('no rule throws and every edit stays inside the text on cut and spliced files', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (const file of files) {
      const text = fs.readFileSync(path.join(CORPUS, file), 'utf8');
      const a = Math.floor(random() * text.length);
      const b = Math.floor(random() * text.length);
      for (const variant of [text.slice(0, a), text.slice(0, a) + text.slice(b), `${text.slice(0, a)}\${X:=y} \\\n\n["a' $ --from= AS${text.slice(a)}`]) {
        for (const edit of fixAllEdits(findings(variant, { dockerignore: '*\n!a\n**/x' }))) {
          assert.ok(edit.span.start >= 0 && edit.span.start <= edit.span.end && edit.span.end <= variant.length, file);
        }
      }
    }
  });

  it('fix-all converges and is idempotent on every file', () => {
    for (const file of files) {
      const fixed = fixText(fs.readFileSync(path.join(CORPUS, file), 'utf8'), {}, {}).text;
      const rest = fixAllEdits(findings(fixed));
      assert.equal(applyEdits(fixed, rest), fixed, `${file}: a further fix-all pass changes the text`);
    }
  });
});
