import * as assert from 'node:assert/strict';
import { inlayHints } from '../../../server/src/core/features/inlayHints';
import { semanticTokens } from '../../../server/src/core/features/semanticTokens';
import { EOLS, textOf, where, withCursor } from './cursor';

describe('semantic tokens and inlay hints', () => {
  for (const eol of EOLS) {
    describe(`with ${JSON.stringify(eol)}`, () => {
      it('classifies keywords, flags, mount keys, stages, variables, comments, directives and heredoc markers', () => {
        const source = '# syntax=docker/dockerfile:1\n# hello\nARG V=1\nFROM --platform=$BUILDPLATFORM alpine:${V} AS build\nRUN --mount=type=cache,from=build,target=/c <<EOF\necho $V\nEOF\nCOPY --from=build /a \\\n  /b|\n';
        const { analysis, text } = withCursor(source, eol);
        const tokens = semanticTokens(analysis).map((t) => `${textOf(text, t.span)}:${t.type}${t.modifiers.length ? `.${t.modifiers.join('.')}` : ''}`);
        assert.deepEqual(tokens, [
          'syntax:macro', 'docker/dockerfile:1:string', '# hello:comment',
          'ARG:keyword', 'V:variable.declaration',
          'FROM:keyword', '--platform:parameter', '$:string', 'BUILDPLATFORM:variable.defaultLibrary', 'V:variable', 'AS:keyword', 'build:class.declaration.definition',
          'RUN:keyword', '--mount:parameter', 'type:property', 'cache:string', 'from:property', 'build:class', 'target:property', '/c:string', '<<EOF:label',
          'V:variable',           'EOF:label',
          'COPY:keyword', '--from:parameter', 'build:class',
        ]);
        const range = semanticTokens(analysis, { start: text.indexOf('COPY'), end: text.length });
        assert.deepEqual(range.map((t) => t.type), ['keyword', 'parameter', 'class']);
      });

      it('shows layer numbers and known variable values', () => {
        const source = 'ARG BASE=alpine:3.19\nFROM ${BASE} AS build\nWORKDIR /src\nENV OUT="/out dir"\nRUN make \\\n  install DEST=$OUT\nFROM build|\nCOPY . .\n';
        const { analysis, text } = withCursor(source, eol);
        const hints = inlayHints(analysis, { start: 0, end: text.length }).map((h) => `${where(text, h.offset)} ${h.label}`);
        assert.deepEqual(hints, ['1:12 = alpine:3.19', '2:12 #1', '4:10 #2', '5:19 = /out dir', '7:8 #3']);
        assert.deepEqual(inlayHints(analysis, { start: text.indexOf('COPY'), end: text.length }).map((h) => h.label), ['#3']);
      });
    });
  }
});
