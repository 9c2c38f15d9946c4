/** `layerwise lint`: SARIF valid against the official 2.1.0 schema, --config, --check, --fix, thresholds. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import { RULES } from '../../server/src/core/rules';
import { runCli } from '../support/cli';
import { REPO_ROOT } from '../support/paths';

/** The official schema (rtm.5 = 2.1.0 final); its `language` pattern is not valid as a unicode RegExp, hence unicodeRegExp: false. */
const SCHEMA = path.join(REPO_ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json');

/** The parts of a SARIF log the assertions read. */
interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string; helpUri: string }[] } };
    results: { ruleId: string; level: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[];
  }[];
}

describe('layerwise lint (rules, config, SARIF, fix)', () => {
  let dir: string;
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerwise-lint-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe('--format sarif', () => {
    it('is valid SARIF 2.1.0 with every rule and its help URI', () => {
      const file = write('Dockerfile', 'FROM alpine:3.20 as build\nMAINTAINER me\nRUNN x\n');
      const r = runCli(['lint', '--format', 'sarif', file], undefined, dir);
      assert.equal(r.status, 1, r.stderr);
      const log = JSON.parse(r.stdout) as SarifLog;
      const validate = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false }).compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
      const driver = log.runs[0].tool.driver;
      assert.equal(driver.rules.length, RULES.length);
      assert.ok(driver.rules.every((rule) => rule.helpUri.endsWith(`docs/rules/${rule.id}.md`)));
      assert.deepEqual(log.runs[0].results.map((x) => [x.ruleId, x.level, x.locations[0].physicalLocation.region.startLine]), [
        ['from-as-casing', 'warning', 1], ['maintainer-deprecated', 'warning', 2], ['unknown-instruction', 'error', 3],
      ]);
    });

    it('the schema test can fail: a result without a message is rejected', () => {
      const validate = new Ajv({ strict: false, unicodeRegExp: false }).compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
      assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'a' }] }] }), false);
    });
  });

  describe('--config and .hadolint.yaml', () => {
    it('uses --config FILE', () => {
      const file = write('Dockerfile', 'FROM alpine:3.20\nMAINTAINER me\n');
      const config = write('conf/hadolint.yaml', 'ignored: [DL4000]\n');
      assert.equal(runCli(['lint', file], undefined, dir).status, 1);
      const r = runCli(['lint', '--config', config, file], undefined, dir);
      assert.equal(r.status, 0, r.stdout);
    });

    it('finds the nearest .hadolint.yaml above the Dockerfile, with its failure-threshold', () => {
      write('.hadolint.yaml', 'failure-threshold: error\n');
      const file = write('app/Dockerfile', 'FROM alpine:3.20\nMAINTAINER me\n');
      const r = runCli(['lint', file], undefined, dir);
      assert.match(r.stdout, /maintainer-deprecated/);
      assert.equal(r.status, 0, 'a warning is below the configured threshold');
      assert.equal(runCli(['lint', '--failure-threshold', 'warning', file], undefined, dir).status, 1, 'the flag wins');
    });

    it('exits 2 with the position for an invalid config', () => {
      const config = write('bad.yaml', 'ignored: [DL4000\n');
      const r = runCli(['lint', '--config', config, write('Dockerfile', 'FROM alpine:3.20\n')], undefined, dir);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /bad\.yaml:\d+:\d+: error: Invalid YAML/);
      assert.doesNotMatch(r.stderr, /at .*\.js/);
    });

    it('takes the default format from the config', () => {
      write('.hadolint.yaml', 'format: json\n');
      const r = runCli(['lint', write('Dockerfile', 'FROM alpine:3.20\n')], undefined, dir);
      assert.deepEqual(JSON.parse(r.stdout)[0].diagnostics, []);
    });
  });

  describe('.dockerignore beside the Dockerfile', () => {
    it('feeds copy-ignored-file', () => {
      const file = write('Dockerfile', 'FROM alpine:3.20\nCOPY app.log /app/\n');
      assert.doesNotMatch(runCli(['lint', file], undefined, dir).stdout, /copy-ignored-file/);
      write('.dockerignore', '*.log\n');
      assert.match(runCli(['lint', file], undefined, dir).stdout, /warning copy-ignored-file \(CopyIgnoredFile\): "app\.log" is excluded by \.dockerignore \(line 1: \*\.log\)/);
    });
  });

  describe('--check', () => {
    it('replaces the file directive like BUILDKIT_DOCKERFILE_CHECK', () => {
      const file = write('Dockerfile', '# check=skip=all\nFROM alpine:3.20\nCMD npm start\n');
      assert.equal(runCli(['lint', file], undefined, dir).status, 0);
      const r = runCli(['lint', '--check', 'error=true', file], undefined, dir);
      assert.equal(r.status, 1);
      assert.match(r.stdout, /error json-args-recommended/);
    });

    it('rejects malformed options', () => {
      const r = runCli(['lint', '--check', 'skipp=x', write('Dockerfile', 'FROM alpine:3.20\n')], undefined, dir);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /Unknown check option "skipp"/);
    });
  });

  describe('--fix', () => {
    for (const eol of ['\n', '\r\n']) {
      it(`writes the fixed file, says what changed, and a second run changes nothing (${JSON.stringify(eol)})`, () => {
        const file = write('Dockerfile', ['FROM alpine:3.20 as build', 'MAINTAINER me', 'CMD npm start', 'EXPOSE 80/TCP', ''].join(eol));
        const r = runCli(['lint', '--fix', file], undefined, dir);
        assert.equal(fs.readFileSync(file, 'utf8'), ['FROM alpine:3.20 AS build', 'LABEL org.opencontainers.image.authors="me"', 'CMD ["npm", "start"]', 'EXPOSE 80/tcp', ''].join(eol));
        assert.match(r.stderr, /fixed from-as-casing, maintainer-deprecated, json-args-recommended, expose-proto-casing/);
        assert.equal(r.status, 0, r.stdout);
        const again = runCli(['lint', '--fix', file], undefined, dir);
        assert.equal(again.stderr, '');
        assert.equal(fs.readFileSync(file, 'utf8'), ['FROM alpine:3.20 AS build', 'LABEL org.opencontainers.image.authors="me"', 'CMD ["npm", "start"]', 'EXPOSE 80/tcp', ''].join(eol));
      });
    }

    for (const eol of ['\n', '\r\n']) {
      it(`creates the missing .dockerignore, says so, and never overwrites one (${JSON.stringify(eol)})`, () => {
        const file = write('Dockerfile', ['FROM node:22-alpine', 'WORKDIR /app', 'COPY . .', ''].join(eol));
        fs.mkdirSync(path.join(dir, 'node_modules'));
        const before = runCli(['lint', '--format', 'json', file], undefined, dir);
        assert.deepEqual(JSON.parse(before.stdout)[0].diagnostics.filter((d: { code: string }) => d.code === 'missing-dockerignore').map((d: { fixable: boolean }) => d.fixable), [true]);
        const r = runCli(['lint', '--fix', file], undefined, dir);
        assert.equal(r.stderr, `${file}: created .dockerignore (missing-dockerignore)\n`);
        assert.equal(fs.readFileSync(path.join(dir, '.dockerignore'), 'utf8'), ['.git', 'node_modules', ''].join(eol));
        assert.doesNotMatch(r.stdout, /missing-dockerignore/, 'linted against the new file');
        assert.equal(fs.readFileSync(file, 'utf8'), ['FROM node:22-alpine', 'WORKDIR /app', 'COPY . .', ''].join(eol), 'the Dockerfile is left alone');
        const again = runCli(['lint', '--fix', file], undefined, dir);
        assert.equal(again.stderr, '');
        assert.equal(fs.readFileSync(path.join(dir, '.dockerignore'), 'utf8'), ['.git', 'node_modules', ''].join(eol));
      });
    }

    it('refuses stdin', () => {
      const r = runCli(['lint', '--fix', '-'], 'FROM alpine:3.20\n', dir);
      assert.equal(r.status, 2);
    });
  });
});
