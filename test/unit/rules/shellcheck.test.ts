/** The `shellcheck` rule with a fake runner: the scripts it builds, the positions it maps back, exclusions, suppression. */
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { analyze } from '../../../server/src/core/analysis';
import {
  lint, parseHadolintConfig, SHELLCHECK_EXCLUDED, shellcheckRequest, ShellcheckStore, type Finding, type LintConfig, type ShellcheckComment,
  type ShellcheckRun, type ShellcheckRunner,
} from '../../../server/src/core/rules';
import { shellcheckScripts } from '../../../server/src/core/rules/shared/shellcheckScripts';
import { applyEdits, suppressionFixes } from '../../../server/src/core/rules';
import { ShellcheckScheduler } from '../../../server/src/lsp/shellcheck';
import { EOLS } from './helpers';

const ON: LintConfig = { rules: { shellcheck: 'warning' } };

/**
 * Stands in for ShellCheck: SC2086 on every `$NAME`, SC1091 on every `. /path` (which the rule must drop),
 * columns counted in code points as ShellCheck counts them.
 */
function fakeComments(script: string): ShellcheckComment[] {
  const comments: ShellcheckComment[] = [];
  script.split('\n').forEach((line, i) => {
    for (const match of line.matchAll(/\$[A-Z_]+|\. \/\S+/g)) {
      const column = [...line.slice(0, match.index)].length + 1;
      const code = match[0].startsWith('.') ? 1091 : 2086;
      comments.push({ line: i + 1, column, endLine: i + 1, endColumn: column + [...match[0]].length, level: 'info', code, message: `fake ${code}` });
    }
  });
  return comments;
}

class FakeRunner implements ShellcheckRunner {
  readonly calls: { scripts: readonly string[]; exclude: readonly number[]; signal?: AbortSignal }[] = [];
  async check(scripts: readonly string[], options: { exclude: readonly number[]; signal?: AbortSignal }): Promise<ShellcheckRun> {
    this.calls.push({ scripts, ...options });
    return { ok: true, comments: scripts.map(fakeComments) };
  }
}

async function shellcheckFindings(text: string, config: LintConfig = ON): Promise<{ findings: Finding[]; runner: FakeRunner }> {
  const analysis = analyze(text);
  const runner = new FakeRunner();
  const store = new ShellcheckStore();
  const scripts = shellcheckRequest(analysis, config);
  store.record(scripts, await runner.check(scripts, { exclude: SHELLCHECK_EXCLUDED }));
  return { findings: lint(analysis, { ...config, shellcheck: store }).filter((f) => f.ruleId === 'shellcheck'), runner };
}

/** `line:column text` (1-based) of each finding, with the Dockerfile text its span covers. */
function located(text: string, findings: readonly Finding[]): string[] {
  return findings.map((f) => {
    const before = text.slice(0, f.span.start);
    const line = before.split('\n').length;
    const column = f.span.start - (before.lastIndexOf('\n') + 1) + 1;
    return `${line}:${column} ${f.alias} ${text.slice(f.span.start, f.span.end)}`;
  });
}

function scriptTexts(text: string): string[] {
  return shellcheckScripts(analyze(text)).map((s) => s.text);
}

describe('shellcheck (off by default, fake runner)', () => {
  describe('the scripts handed to ShellCheck', () => {
    for (const eol of EOLS) {
      const text = (...lines: string[]) => lines.join(eol) + eol;

      it(`predeclares the ARG and ENV names in scope, and the proxy ARGs (${JSON.stringify(eol)})`, () => {
        const [script] = scriptTexts(text('ARG GLOBAL=1', 'FROM debian:12', 'ARG VERSION=1', 'ENV HOME_DIR=/x PATH_EXTRA=y', 'RUN echo $VERSION $HOME_DIR $MISSING'));
        const lines = script.split('\n');
        assert.equal(lines[0], '#!/bin/sh');
        for (const name of ['VERSION', 'HOME_DIR', 'PATH_EXTRA', 'HTTP_PROXY', 'no_proxy']) assert.ok(lines.includes(`export ${name}`), name);
        assert.ok(!lines.includes('export GLOBAL'), 'a global ARG is out of scope until redeclared');
        assert.ok(!lines.includes('export MISSING'));
        assert.ok(script.endsWith('\necho $VERSION $HOME_DIR $MISSING\n'), 'no \\r reaches ShellCheck');
      });

      it(`keeps each stage's names to itself, and passes them to stages built on it (${JSON.stringify(eol)})`, () => {
        const scripts = scriptTexts(text('FROM debian:12 AS base', 'ENV BASE_ONLY=1', 'RUN true', 'FROM debian:12', 'RUN true', 'FROM base', 'ARG LATER', 'RUN true'));
        assert.deepEqual(scripts.map((s) => ['BASE_ONLY', 'LATER'].filter((n) => s.includes(`export ${n}`))), [['BASE_ONLY'], [], ['BASE_ONLY', 'LATER']]);
      });

      it(`names the stage's shell in the shebang and skips exec form and non-POSIX shells (${JSON.stringify(eol)})`, () => {
        assert.deepEqual(scriptTexts(text('FROM debian:12', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]', 'RUN echo a')).map((s) => s.split('\n')[0]), ['#!/bin/bash']);
        assert.deepEqual(scriptTexts(text('FROM debian:12', 'RUN ["echo", "a"]')), []);
        assert.deepEqual(scriptTexts(text('FROM mcr.microsoft.com/powershell', 'SHELL ["pwsh", "-c"]', 'RUN Write-Host $a')), []);
        assert.deepEqual(scriptTexts(text('FROM debian:12', '# hadolint shell=pwsh', 'RUN Write-Host $a')), []);
        assert.deepEqual(scriptTexts(text('FROM debian:12', '# hadolint shell=bash', 'RUN echo a')).map((s) => s.split('\n')[0]), ['#!/bin/bash']);
        // Windows images the model does not know by name, and the Windows escape convention (both seen on the corpus).
        assert.deepEqual(scriptTexts(text('FROM stefanscherer/node-windows:8.6.0 AS build', 'RUN .\\vcbuild.bat x64', 'FROM build', 'RUN dir')), []);
        assert.deepEqual(scriptTexts(text('# escape=`', 'FROM $REPO:4.8.1', 'RUN $env:PATH')), []);
      });

      it(`joins continuations and drops comment lines inside them, as the builder does (${JSON.stringify(eol)})`, () => {
        const [script] = scriptTexts(text('FROM debian:12', 'RUN echo a \\', '# inside', '    && echo b'));
        assert.ok(script.endsWith('\necho a     && echo b\n'), JSON.stringify(script));
      });

      it(`uses a heredoc body as the script, keeping its own shebang first (${JSON.stringify(eol)})`, () => {
        const [plain] = scriptTexts(text('FROM debian:12', 'RUN <<EOF', 'echo $A', 'EOF'));
        assert.ok(plain.startsWith('#!/bin/sh\n') && plain.endsWith('\necho $A\n'));
        const [bash] = scriptTexts(text('FROM debian:12', 'RUN <<EOF', '#!/bin/bash', 'echo $A', 'EOF'));
        assert.ok(bash.startsWith('#!/bin/bash\nexport ') && bash.endsWith('\necho $A\n'), JSON.stringify(bash));
        const [named] = scriptTexts(text('FROM debian:12', 'RUN <<EOF bash', 'echo $A', 'EOF'));
        assert.ok(named.startsWith('#!/bin/bash\n'));
      });

      it(`gives a command that reads a heredoc its body and delimiter (${JSON.stringify(eol)})`, () => {
        const [script] = scriptTexts(text('FROM debian:12', 'RUN cat <<EOF > /etc/motd', 'hello $NAME', 'EOF'));
        assert.ok(script.endsWith('\ncat <<EOF > /etc/motd\nhello $NAME\nEOF\n'), JSON.stringify(script));
      });
    }

    it('asks for nothing while the rule is off', () => {
      assert.deepEqual(shellcheckRequest(analyze('FROM debian:12\nRUN echo $A\n'), {}), []);
      assert.equal(shellcheckRequest(analyze('FROM debian:12\nRUN echo $A\n'), ON).length, 1);
    });
  });

  describe('findings mapped back to the Dockerfile', () => {
    for (const eol of EOLS) {
      const text = (...lines: string[]) => lines.join(eol) + eol;

      it(`points at the exact characters across line continuations (${JSON.stringify(eol)})`, async () => {
        const source = text('FROM debian:12', 'RUN echo one \\', '    && echo $FIRST \\', '\t&& echo "😀" $SECOND');
        const { findings } = await shellcheckFindings(source);
        assert.deepEqual(located(source, findings), ['3:13 SC2086 $FIRST', '4:15 SC2086 $SECOND']);
        assert.equal(findings[0].message, 'SC2086: fake 2086');
      });

      it(`points into heredoc bodies, with and without their own shebang (${JSON.stringify(eol)})`, async () => {
        const source = text('FROM debian:12', 'RUN <<EOF', 'set -e', 'echo $ONE', 'EOF', 'RUN <<EOF', '#!/bin/bash', '  echo $TWO', 'EOF', 'RUN cat <<EOF > /x', 'v=$THREE', 'EOF');
        const { findings } = await shellcheckFindings(source);
        assert.deepEqual(located(source, findings), ['4:6 SC2086 $ONE', '8:8 SC2086 $TWO', '11:3 SC2086 $THREE']);
      });

      it(`drops SC1090, SC1091 and SC2187 and asks the runner to leave them out (${JSON.stringify(eol)})`, async () => {
        const source = text('FROM debian:12', 'RUN . /etc/os-release && echo $ID');
        const { findings, runner } = await shellcheckFindings(source);
        assert.deepEqual(located(source, findings), ['2:31 SC2086 $ID']);
        assert.deepEqual(runner.calls[0].exclude, [1090, 1091, 2187]);
      });

      it(`honours # hadolint ignore=SC…, # layerwise ignore= and .hadolint.yaml ignored (${JSON.stringify(eol)})`, async () => {
        const hidden = text('FROM debian:12', '# hadolint ignore=SC2086', 'RUN echo $A', '# layerwise ignore=SC2086', 'RUN echo $B', 'RUN echo $C');
        assert.deepEqual(located(hidden, (await shellcheckFindings(hidden)).findings), ['6:10 SC2086 $C']);
        const hadolint = parseHadolintConfig('ignored: [SC2086]\n').config;
        assert.deepEqual((await shellcheckFindings(hidden, { ...ON, hadolint })).findings, [], 'a code is more specific than the rule-wide setting');
      });

      it(`sets levels per ShellCheck code from settings and .hadolint.yaml (${JSON.stringify(eol)})`, async () => {
        const source = text('FROM debian:12', 'RUN echo $A');
        const levels = async (config: LintConfig) => (await shellcheckFindings(source, config)).findings.map((f) => f.severity);
        assert.deepEqual(await levels({ rules: { shellcheck: 'warning', SC2086: 'off' } }), []);
        assert.deepEqual(await levels({ rules: { shellcheck: 'warning', SC2086: 'error' } }), ['error']);
        assert.deepEqual(await levels({ ...ON, hadolint: parseHadolintConfig('override:\n  info: [SC2086]\n').config }), ['info']);
        assert.deepEqual(await levels({ hadolint: parseHadolintConfig('override:\n  error: [shellcheck]\n').config }), ['error'], '.hadolint.yaml can turn the rule on');
      });
    }

    for (const eol of EOLS) {
      it(`offers to ignore the ShellCheck code, in our form or hadolint's when the file uses it (${JSON.stringify(eol)})`, async () => {
        const ours = ['FROM debian:12', 'RUN echo $A', ''].join(eol);
        const [finding] = (await shellcheckFindings(ours)).findings;
        const [local, file] = suppressionFixes(analyze(ours), finding);
        assert.deepEqual([local.title, file.title], ['Ignore SC2086 for this instruction', 'Ignore SC2086 in this file']);
        assert.equal(applyEdits(ours, local.edits), ['FROM debian:12', '# layerwise ignore=SC2086', 'RUN echo $A', ''].join(eol));
        const theirs = ['FROM debian:12', '# hadolint ignore=DL3008', 'RUN echo $A', ''].join(eol);
        const [hadolintFinding] = (await shellcheckFindings(theirs)).findings;
        assert.equal(applyEdits(theirs, suppressionFixes(analyze(theirs), hadolintFinding)[0].edits), ['FROM debian:12', '# hadolint ignore=DL3008,SC2086', 'RUN echo $A', ''].join(eol));
      });
    }

    it('reports once, on the first RUN, when ShellCheck could not run', () => {
      const store = new ShellcheckStore();
      store.record(['x'], { ok: false, problem: 'ShellCheck is not installed.' });
      const source = 'FROM debian:12\nCOPY . /app\nRUN echo $A\nRUN echo $B\n';
      const findings = lint(analyze(source), { ...ON, shellcheck: store }).filter((f) => f.ruleId === 'shellcheck');
      assert.deepEqual(located(source, findings), ['3:1 null RUN']);
      assert.equal(findings[0].message, 'ShellCheck is not installed.');
      assert.deepEqual(lint(analyze('FROM debian:12\nRUN ["true"]\n'), { ...ON, shellcheck: store }).filter((f) => f.ruleId === 'shellcheck'), []);
    });

    it('stays silent for scripts without results yet and when no results are given', () => {
      const source = 'FROM debian:12\nRUN echo $A\n';
      assert.deepEqual(lint(analyze(source), { ...ON, shellcheck: new ShellcheckStore() }).filter((f) => f.ruleId === 'shellcheck'), []);
      assert.deepEqual(lint(analyze(source), ON).filter((f) => f.ruleId === 'shellcheck'), []);
    });
  });

  describe('the language server scheduler', () => {
    /** A runner whose runs end when the test says so. */
    class ControlledRunner implements ShellcheckRunner {
      readonly runs: { scripts: readonly string[]; signal?: AbortSignal; finish: () => void }[] = [];
      check(scripts: readonly string[], options: { signal?: AbortSignal }): Promise<ShellcheckRun> {
        return new Promise((resolve) => this.runs.push({ scripts, signal: options.signal, finish: () => resolve({ ok: true, comments: scripts.map(fakeComments) }) }));
      }
    }

    it('runs new scripts once, cancels a stale run, reuses results of unchanged RUNs, and reports when done', async () => {
      const runner = new ControlledRunner();
      const scheduler = new ShellcheckScheduler(runner);
      const done: string[] = [];
      let notified: () => void = () => undefined;
      scheduler.onChecked((uri) => {
        done.push(uri);
        notified();
      });
      const v1 = analyze('FROM debian:12\nRUN echo $A\nRUN echo $B\n');
      scheduler.request('file:///Dockerfile', v1, ON);
      scheduler.request('file:///Dockerfile', v1, ON);
      assert.equal(runner.runs.length, 1, 'the same version does not start a second process');
      assert.equal(runner.runs[0].scripts.length, 2, 'all RUNs of the file in one run');

      const v2 = analyze('FROM debian:12\nRUN echo $A\nRUN echo $BB\n');
      scheduler.request('file:///Dockerfile', v2, ON);
      assert.equal(runner.runs[0].signal?.aborted, true, 'the stale run is cancelled');
      assert.equal(runner.runs.length, 2);
      runner.runs[0].finish();
      const finished = new Promise<void>((resolve) => (notified = resolve));
      runner.runs[1].finish();
      await finished;
      assert.deepEqual(done, ['file:///Dockerfile']);

      const findings = lint(v2, { ...ON, shellcheck: scheduler.results }).filter((f) => f.ruleId === 'shellcheck');
      assert.deepEqual(findings.map((f) => v2.text.slice(f.span.start, f.span.end)), ['$A', '$BB']);
      const v3 = analyze('FROM debian:12\n# a comment moves the RUNs\nRUN echo $A\nRUN echo $BB\n');
      scheduler.request('file:///Dockerfile', v3, ON);
      assert.equal(runner.runs.length, 2, 'unchanged RUN text needs no new run');
      assert.equal(lint(v3, { ...ON, shellcheck: scheduler.results }).filter((f) => f.ruleId === 'shellcheck').length, 2);
    });
  });
});
