/** `layerwise lint` with the `shellcheck` rule on, against the real ShellCheck binary (Debian package). */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../support/cli';
import { REPO_ROOT } from '../support/paths';

const installed = spawnSync('shellcheck', ['--version'], { encoding: 'utf8' }).status === 0;

/** The Bad and Good examples of the rule's page. */
function example(heading: 'Bad' | 'Good'): string {
  const page = fs.readFileSync(path.join(REPO_ROOT, 'docs/rules/shellcheck.md'), 'utf8');
  const match = new RegExp(`## ${heading}\\n\\n\`\`\`dockerfile\\n([\\s\\S]*?)\\n\`\`\``).exec(page);
  assert.ok(match, heading);
  return `${match[1]}\n`;
}

describe('layerwise lint: shellcheck rule with the real binary', function () {
  this.timeout(30_000);
  let dir: string;
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };
  beforeEach(function () {
    if (!installed) {
      console.log('      skipped: no `shellcheck` on PATH (scripts/install.sh installs the Debian package)');
      this.skip();
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerwise-sc-'));
    // The CLI reads rule levels from .hadolint.yaml: naming the rule id turns it on.
    write('.hadolint.yaml', 'override:\n  warning: [shellcheck]\n');
    write('.dockerignore', '.git\n');
  });
  afterEach(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  for (const eol of ['\n', '\r\n']) {
    it(`reports ShellCheck findings at their Dockerfile positions, across continuations (${JSON.stringify(eol)})`, () => {
      const text = ['FROM debian:12', 'ARG VERSION=1', 'RUN echo "$VERSION" \\', '    && cd /tmp; ls \\', '    && echo $undefined_name', ''].join(eol);
      const r = runCli(['lint', '--format', 'json', write('Dockerfile', text)], undefined, dir);
      const found = JSON.parse(r.stdout)[0].diagnostics
        .filter((d: { code: string }) => d.code === 'shellcheck')
        .map((d: { aliases: string[]; range: { start: { line: number; character: number }; end: { line: number; character: number } } }) =>
          `${d.aliases.join()} ${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`);
      // SC2164 (cd without || exit, `ls` runs anyway) on `cd /tmp`, SC2154 and SC2086 on `$undefined_name`; VERSION is predeclared.
      assert.deepEqual(found.sort(), ['SC2086 5:13-5:28', 'SC2154 5:13-5:28', 'SC2164 4:8-4:15'].sort(), r.stdout);
    });
  }

  it('runs the page examples: the bad one fires, the good one does not', () => {
    const bad = runCli(['lint', write('Dockerfile', example('Bad'))], undefined, dir);
    assert.match(bad.stdout, /warning shellcheck \(SC2086\): SC2086: Double quote to prevent globbing/);
    const good = runCli(['lint', write('Dockerfile', example('Good'))], undefined, dir);
    assert.doesNotMatch(good.stdout, /shellcheck/);
  });

  it('honours # hadolint ignore=SC2086 and ignored: [SC…] of .hadolint.yaml', () => {
    const file = write('Dockerfile', 'FROM debian:12\n# hadolint ignore=SC2086\nRUN echo $HOME\nRUN cd /tmp\n');
    const r = runCli(['lint', file], undefined, dir);
    assert.doesNotMatch(r.stdout, /SC2086/);
    assert.match(r.stdout, /SC2164/);
    write('.hadolint.yaml', 'override:\n  warning: [shellcheck]\nignored: [SC2164]\n');
    assert.doesNotMatch(runCli(['lint', file], undefined, dir).stdout, /shellcheck/);
  });
});

describe('layerwise lint: shellcheck rule without the binary', () => {
  let dir = '';
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerwise-nosc-'));
    fs.writeFileSync(path.join(dir, '.hadolint.yaml'), 'override:\n  warning: [shellcheck]\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('says once that ShellCheck is missing, and does not crash', () => {
    const file = path.join(dir, 'Dockerfile');
    fs.writeFileSync(file, 'FROM debian:12\nRUN echo $HOME\nRUN cd /tmp\n');
    const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist/cli.js'), 'lint', file], {
      cwd: dir, encoding: 'utf8', env: { ...process.env, LAYERWISE_SHELLCHECK: path.join(dir, 'no-such-shellcheck') },
    });
    const lines = result.stdout.split('\n').filter((l) => l.includes('shellcheck'));
    assert.equal(lines.length, 1, result.stdout);
    assert.match(lines[0], /:2:1: warning shellcheck: ShellCheck is not installed/);
    assert.equal(result.status, 1);
  });
});
