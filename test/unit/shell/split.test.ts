import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { analyze } from '../../../server/src/core/analysis';
import { parseScript, scriptsOf, type ShellCommand } from '../../../server/src/core/shell';

/** `program arg arg` per command, with `|` after a command that pipes out. */
function commandsOf(script: string): string[] {
  const parsed = parseScript({ text: script, offsetAt: (i) => i }, 'heredoc');
  return parsed.commands.map(show);
}

function show(c: ShellCommand): string {
  return [c.program || '?', ...c.args.map((a) => a.value)].join(' ') + (c.pipesOut ? ' |' : '');
}

function runScripts(dockerfile: string) {
  const analysis = analyze(dockerfile);
  const run = analysis.tree.instructions.find((i) => i.kind === 'RUN')!;
  return { analysis, scripts: scriptsOf(run, analysis.tree) };
}

describe('shell splitting', () => {
  it('splits on && || ; | & and line breaks', () => {
    assert.deepEqual(commandsOf('a 1 && b 2 || c; d | e & f\ng'), ['a 1', 'b 2', 'c', 'd |', 'e', 'f', 'g']);
  });

  it('keeps quotes, escapes and expansions inside one word', () => {
    assert.deepEqual(commandsOf(`echo "a && b" 'c; d' e\\ f $(x && y) \${A:-b c} \`z;q\``), ['echo a && b c; d e f $(x && y) ${A:-b c} `z;q`']);
  });

  it('marks words with expansions as opaque', () => {
    const [command] = parseScript({ text: 'apt-get install -y $PKGS "a$B" c', offsetAt: (i) => i }, 'heredoc').commands;
    assert.deepEqual(command.args.map((a) => a.opaque), [false, false, true, true, false]);
  });

  it('finds the program behind env, sudo, xargs and assignments', () => {
    assert.deepEqual(commandsOf('DEBIAN_FRONTEND=noninteractive apt-get install x'), ['apt-get install x']);
    assert.deepEqual(commandsOf('env -u A B=1 sudo -u root -E pip install y'), ['pip install y']);
    assert.deepEqual(commandsOf('cat list | xargs -n1 -I {} apk add'), ['cat list |', 'apk add']);
    const [command] = parseScript({ text: 'sudo apt-get update', offsetAt: (i) => i }, 'heredoc').commands;
    assert.deepEqual(command.wrappers.map((w) => w.value), ['sudo']);
  });

  it('reads into subshells, brace groups and compound commands', () => {
    assert.deepEqual(commandsOf('(cd /x && make) ; { a; b; }'), ['cd /x', 'make', 'a', 'b']);
    assert.deepEqual(commandsOf('if [ -f x ]; then apt-get install y; else z; fi'), ['[ -f x ]', 'apt-get install y', 'z']);
    assert.deepEqual(commandsOf('for p in a b; do pip install $p; done'), ['pip install $p']);
    const parsed = parseScript({ text: '(cd /x && make) && cd /y', offsetAt: (i) => i }, 'heredoc');
    assert.deepEqual(parsed.commands.map((c) => c.inSubshell), [true, true, false]);
  });

  it('treats redirections apart from arguments', () => {
    assert.deepEqual(commandsOf('curl -o x url 2>&1 >/dev/null && cat <<EOT > f\nbody && more\nEOT\nls'), ['curl -o x url', 'cat', 'ls']);
  });

  it('skips comments and continues lists across line breaks after operators', () => {
    assert.deepEqual(commandsOf('a &&\n  b # c && d\n# e\nf'), ['a', 'b', 'f']);
    const parsed = parseScript({ text: 'a &&\n  b', offsetAt: (i) => i }, 'heredoc');
    assert.deepEqual(parsed.commands.map((c) => c.connector), [null, '&&']);
  });

  for (const eol of ['\n', '\r\n']) {
    const label = JSON.stringify(eol);
    it(`maps shell-form words to document offsets across continuations (${label})`, () => {
      const text = `FROM debian${eol}RUN apt-get update \\${eol}  && apt-get install -y curl${eol}`;
      const { scripts } = runScripts(text);
      assert.equal(scripts.length, 1);
      assert.equal(scripts[0].kind, 'shell-form');
      const install = scripts[0].commands[1];
      assert.equal(install.program, 'apt-get');
      assert.deepEqual(install.args.map((a) => text.slice(a.span.start, a.span.end)), ['install', '-y', 'curl']);
      assert.equal(text.slice(scripts[0].appendAt! - 4, scripts[0].appendAt!), 'curl');
    });

    it(`reads a heredoc body as the script (${label})`, () => {
      const text = `FROM debian${eol}RUN <<EOF${eol}set -e${eol}apt-get install -y \\${eol}  curl${eol}EOF${eol}`;
      const { scripts } = runScripts(text);
      assert.equal(scripts.length, 1);
      assert.equal(scripts[0].kind, 'heredoc');
      assert.deepEqual(scripts[0].commands.map(show), ['set -e', 'apt-get install -y curl']);
      const curl = scripts[0].commands[1].args[2];
      assert.equal(text.slice(curl.span.start, curl.span.end), 'curl');
      assert.equal(text.slice(scripts[0].insertLineAt!, scripts[0].insertLineAt! + 3), 'EOF');
    });
  }

  it('takes `RUN <<EOF bash` as a script and `RUN cat <<EOF > f` as data', () => {
    assert.equal(runScripts('FROM a\nRUN <<EOF bash\nls\nEOF\n').scripts[0].kind, 'heredoc');
    const data = runScripts('FROM a\nRUN cat <<EOF > /f\napt-get install x\nEOF\n').scripts;
    assert.deepEqual(data.map((s) => s.commands.map(show)), [['cat']]);
  });

  it('skips heredocs with a non-shell shebang and exec form', () => {
    assert.deepEqual(runScripts('FROM a\nRUN <<EOF\n#!/usr/bin/env python3\nprint(1)\nEOF\n').scripts, []);
    assert.equal(runScripts('FROM a\nRUN <<EOF\n#!/bin/bash\nls\nEOF\n').scripts.length, 1);
    assert.deepEqual(runScripts('FROM a\nRUN ["apt-get", "install", "x"]\n').scripts, []);
  });

  it('treats programs named like Object properties as plain programs', () => {
    assert.deepEqual(commandsOf('constructor -x a && toString -y'), ['constructor -x a', 'toString -y']);
  });

  it('does not append after a trailing background operator', () => {
    assert.equal(parseScript({ text: 'server &', offsetAt: (i) => i }, 'heredoc').appendAt, null);
    assert.equal(parseScript({ text: 'a;', offsetAt: (i) => i }, 'heredoc').appendAt, 1);
  });
});
