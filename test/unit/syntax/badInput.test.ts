import * as assert from 'node:assert/strict';
import { parseDockerfile, type Dockerfile } from '../../../server/src/core/syntax';
import { dumpInstruction } from './buildkitDump';

function codes(tree: Dockerfile): string[] {
  return tree.problems.map((p) => `${p.code}:${p.severity}`);
}

function assertSpansInside(tree: Dockerfile): void {
  for (const i of tree.instructions) {
    for (const span of [i.span, i.keywordSpan, i.args.span, ...i.flags.map((f) => f.span), ...i.words.map((w) => w.span)]) {
      assert.ok(span.start >= 0 && span.start <= span.end && span.end <= tree.text.length, JSON.stringify(span));
    }
  }
  for (const p of tree.problems) assert.ok(p.span.start >= 0 && p.span.end <= tree.text.length);
}

for (const eol of ['\n', '\r\n']) {
  const lines = (...l: string[]) => l.join(eol);
  describe(`parser on bad input (${JSON.stringify(eol)})`, () => {
    it('skips a byte-order mark', () => {
      const tree = parseDockerfile('\ufeff' + lines('# escape=`', 'FROM alpine', 'RUN a `', '  b'));
      assert.equal(tree.contentStart, 1);
      assert.equal(tree.escapeChar, '`');
      assert.deepEqual(tree.instructions.map(dumpInstruction), ['from "alpine"', 'run "a   b"']);
    });

    it('reports an unterminated heredoc at its marker and keeps the body', () => {
      const text = lines('FROM alpine', 'RUN <<EOF', 'echo hi', 'echo there');
      const tree = parseDockerfile(text);
      assert.deepEqual(codes(tree), ['unterminated-heredoc:error']);
      const [, run] = tree.instructions;
      assert.equal(text.slice(tree.problems[0].span.start, tree.problems[0].span.end), '<<EOF');
      assert.equal(run.heredocs[0].terminatorSpan, null);
      assert.equal(run.span.end, text.length);
    });

    it('reads several heredocs, <<- and quoted delimiters', () => {
      const text = lines('FROM alpine', 'COPY <<-"A" /a <<B /b', '\tone', '\tA', 'two', 'B', 'RUN x');
      const tree = parseDockerfile(text);
      assert.deepEqual(codes(tree), []);
      const copy = tree.instructions[1];
      assert.deepEqual(copy.heredocs.map((h) => [h.name, h.chomp, h.expand]), [['A', true, false], ['B', false, true]]);
      assert.equal(tree.instructions[2].keyword, 'RUN');
    });

    it('warns about JSON that is not JSON, and errors on non-string arrays', () => {
      const tree = parseDockerfile(lines('FROM alpine', `CMD ['a', 'b']`, 'CMD ["a", "b"', 'RUN [ -f x ] && echo ok', 'CMD ["a", 1]'));
      assert.deepEqual(codes(tree), ['invalid-json-form:warning', 'invalid-json-form:warning', 'invalid-json-form:error']);
      assert.equal(tree.instructions[3].json, null);
    });

    it('accepts a continuation at end of file', () => {
      const tree = parseDockerfile(lines('FROM alpine', 'RUN echo a \\'));
      assert.deepEqual(tree.instructions.map(dumpInstruction), ['from "alpine"', 'run "echo a"']);
    });

    it('warns about empty continuation lines but not comment lines', () => {
      const tree = parseDockerfile(lines('FROM alpine', 'RUN a \\', '# note', '  b \\', '', '  c'));
      assert.deepEqual(codes(tree), ['empty-continuation-line:warning']);
      assert.equal(dumpInstruction(tree.instructions[1]), 'run "a   b   c"');
    });

    it('marks binary content and still returns a tree', () => {
      const bytes = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
      const tree = parseDockerfile(bytes);
      assert.ok(codes(tree).includes('binary-content:error'));
      assertSpansInside(tree);
    });

    it('rejects a repeated directive and a bad escape character', () => {
      assert.deepEqual(codes(parseDockerfile(lines('# escape=`', '# escape=\\', 'FROM a'))), ['invalid-directive:error']);
      assert.deepEqual(codes(parseDockerfile(lines('# escape=x', 'FROM a'))), ['invalid-directive:error']);
    });

    it('parses a 1 MB line and a 20,000-line file quickly', () => {
      const long = lines('FROM alpine', `RUN echo ${'x'.repeat(1024 * 1024)}`);
      const many = Array.from({ length: 20000 }, (_, i) => (i === 0 ? 'FROM alpine' : `RUN echo ${i} \\${eol}  && true`)).join(eol);
      for (const text of [long, many]) {
        // CPU time, not wall time: a loaded machine must not make this flaky; the bound only catches blow-ups.
        const started = process.cpuUsage();
        const tree = parseDockerfile(text);
        const used = process.cpuUsage(started);
        const ms = (used.user + used.system) / 1000;
        assert.ok(tree.instructions.length >= 2);
        assertSpansInside(tree);
        assert.ok(ms < 3000, `took ${ms} ms of CPU`);
      }
    });

    it('never throws on truncations of a tricky file', () => {
      const text = lines('# syntax=docker/dockerfile:1', 'FROM --platform=$BUILDPLATFORM golang AS b', 'RUN --mount=type=cache,target=/x <<EOF bash', 'set -e', 'EOF', `CMD ["a", "\\u00e9"]`, 'ENV A="x y" B=\'z\'', 'ONBUILD RUN echo');
      for (let cut = 0; cut <= text.length; cut++) assertSpansInside(parseDockerfile(text.slice(0, cut)));
    });
  });
}
