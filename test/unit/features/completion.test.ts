import * as assert from 'node:assert/strict';
import { completionsAt } from '../../../server/src/core/features/completion';
import { EOLS, textOf, withCursor } from './cursor';

function labels(source: string, eol: '\n' | '\r\n' = '\n'): string[] {
  const { analysis, offset } = withCursor(source, eol);
  return completionsAt(analysis, offset).map((c) => c.label);
}

describe('completion', () => {
  for (const eol of EOLS) {
    describe(`with ${JSON.stringify(eol)}`, () => {
      it('offers instruction snippets on an empty line, replacing the typed word', () => {
        const { analysis, offset, text } = withCursor('FROM alpine\nRU|\n', eol);
        const items = completionsAt(analysis, offset);
        const run = items.find((c) => c.label === 'RUN')!;
        assert.equal(run.insertText, 'RUN ${1:command}');
        assert.equal(run.snippet, true);
        assert.equal(textOf(text, run.span), 'RU');
        assert.match(run.documentation!, /\*\*Layer:\*\* Adds one filesystem layer/);
        assert.ok(items.some((c) => c.label === 'HEALTHCHECK'));
      });

      it('respects a lower-case file', () => {
        assert.ok(labels('from alpine\nrun true\n|', eol).includes('copy'));
        assert.ok(labels('FROM alpine\n|', eol).includes('COPY'));
      });

      it('offers parser directives at the top only', () => {
        assert.deepEqual(labels('# syntax=docker/dockerfile:1\n# |\nFROM a\n', eol), ['escape=', 'check=']);
        assert.deepEqual(labels('# |', eol), ['syntax=', 'escape=', 'check=']);
        assert.deepEqual(labels('FROM a\n# |\n', eol), []);
        assert.deepEqual(labels('# syntax=|', eol), ['docker/dockerfile:1', 'docker/dockerfile:1-labs']);
      });

      it('offers flags per instruction and stage names after --from=', () => {
        assert.deepEqual(labels('FROM a AS build\nFROM b\nCOPY --|', eol), ['--from', '--chown', '--chmod', '--link', '--parents', '--exclude']);
        assert.deepEqual(labels('FROM a AS build\nFROM b AS test\nFROM c\nCOPY --from=|', eol), ['build', 'test']);
        assert.deepEqual(labels('FROM a\nRUN --network=|', eol), ['default', 'none', 'host']);
        assert.ok(labels('FROM --platform=| a', eol).includes('$BUILDPLATFORM'));
        assert.ok(labels('FROM a\nCOPY --chmod=| x y', eol).includes('755'));
      });

      it('completes --mount types and per-type keys', () => {
        assert.deepEqual(labels('FROM a\nRUN --mount=type=|', eol), ['bind', 'cache', 'secret', 'ssh', 'tmpfs']);
        assert.deepEqual(labels('FROM a\nRUN --mount=type=secret,id=x,|', eol), ['target=', 'env=', 'required=', 'mode=', 'uid=', 'gid=']);
        assert.ok(labels('FROM a\nRUN --mount=|', eol).includes('type='));
        assert.deepEqual(labels('FROM a AS deps\nFROM b\nRUN --mount=type=bind,from=|', eol), ['deps']);
        assert.deepEqual(labels('FROM a\nRUN --mount=type=cache,sharing=|', eol), ['shared', 'private', 'locked']);
      });

      it('offers variables in scope after $ and ${, closing the brace, and modifiers', () => {
        const source = 'ARG BASE=alpine\nFROM $|\nARG BASE\nENV HOME_DIR=/app\nRUN echo ${H}\n';
        assert.deepEqual(labels(source, eol).slice(0, 2), ['BASE', 'TARGETPLATFORM']);
        const inStage = withCursor('ARG G=1\nFROM a\nARG L=2\nENV E=3\nRUN echo ${|', eol);
        const items = completionsAt(inStage.analysis, inStage.offset);
        assert.deepEqual(items.map((c) => c.label), ['E', 'L']);
        assert.equal(items[0].insertText, 'E}');
        assert.deepEqual(labels('FROM a\nENV E=3\nRUN echo ${E:|}', eol), [':-', ':+']);
      });

      it('offers stage names after FROM, AS, and HEALTHCHECK CMD/NONE', () => {
        assert.deepEqual(labels('FROM a AS base\nFROM |', eol), ['--platform', 'base', 'scratch']);
        assert.deepEqual(labels('FROM a |', eol), ['AS']);
        assert.ok(labels('FROM a\nHEALTHCHECK |', eol).includes('NONE'));
        assert.ok(labels('FROM a\nHEALTHCHECK |', eol).includes('--interval'));
      });

      it('offers ONBUILD inner instructions and their flags', () => {
        const inner = labels('FROM a\nONBUILD |', eol);
        assert.ok(inner.includes('RUN') && !inner.includes('FROM') && !inner.includes('ONBUILD'));
        assert.ok(labels('FROM a\nONBUILD COPY --|', eol).includes('--chown'));
      });

      it('offers automatic platform ARGs and global ARGs to redeclare', () => {
        const items = labels('ARG VERSION=1\nFROM a\nARG |', eol);
        assert.ok(items.includes('TARGETPLATFORM') && items.includes('VERSION'));
      });

      it('offers nothing inside a heredoc body', () => {
        assert.deepEqual(labels('FROM a\nRUN <<EOF\nec|\nEOF\n', eol), []);
      });
    });
  }
});
