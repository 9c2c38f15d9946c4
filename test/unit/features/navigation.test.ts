import * as assert from 'node:assert/strict';
import { definitionAt, highlightsAt, prepareRenameAt, referencesAt, renameAt } from '../../../server/src/core/features/navigation';
import { applyEdits, EOLS, where, withCursor } from './cursor';

describe('navigation: stage names and variables', () => {
  for (const eol of EOLS) {
    describe(`with ${JSON.stringify(eol)}`, () => {
      const STAGES = 'FROM golang AS bu|ild\nRUN go build\nFROM build AS test\nRUN --mount=type=cache,from=build,target=/x true\nFROM alpine\nCOPY --from=build /out /app\nCOPY --from=0 /a /b\n';

      it('finds every reference of a stage: FROM, COPY --from and --mount=from', () => {
        const { analysis, offset, text } = withCursor(STAGES, eol);
        const refs = referencesAt(analysis, offset, true).map((s) => `${where(text, s.start)} ${text.slice(s.start, s.end)}`);
        assert.deepEqual(refs, ['0:15 build', '2:5 build', '3:28 build', '5:12 build']);
      });

      it('goes from --from=name to the AS definition', () => {
        const { analysis, offset, text } = withCursor(STAGES.replace('bu|ild', 'build').replace('--from=build', '--from=bu|ild'), eol);
        assert.deepEqual(definitionAt(analysis, offset).map((s) => where(text, s.start)), ['0:15']);
      });

      it('renames a stage everywhere and refuses invalid or clashing names', () => {
        const { analysis, offset, text } = withCursor(STAGES, eol);
        const result = renameAt(analysis, offset, 'compile');
        assert.ok('edits' in result);
        assert.equal(applyEdits(text, result.edits), text.replace(/build(?=[\s,])/g, 'compile').replace('go compile', 'go build'));
        assert.ok('error' in renameAt(analysis, offset, '1abc'));
        assert.ok('error' in renameAt(analysis, offset, 'TEST'));
      });

      it('keeps ARG scope across FROM: a global ARG is seen in FROM and after redeclaration only', () => {
        const source = 'ARG VER|SION=3.19\nFROM alpine:${VERSION}\nRUN echo $VERSION\nARG VERSION\nRUN echo $VERSION\n';
        const { analysis, offset, text } = withCursor(source, eol);
        const refs = referencesAt(analysis, offset, true).map((s) => where(text, s.start));
        assert.deepEqual(refs, ['0:4', '1:14', '3:4', '4:10']);
        const unscoped = withCursor(source.replace('RUN echo $VERSION\nARG', 'RUN echo $VER|SION\nARG').replace('VER|SION=', 'VERSION='), eol);
        assert.deepEqual(definitionAt(unscoped.analysis, unscoped.offset), []);
        assert.ok('error' in prepareRenameAt(unscoped.analysis, unscoped.offset));
      });

      it('separates same-named ARGs of unrelated stages and follows stage inheritance', () => {
        const source = 'FROM a AS one\nARG X=1\nRUN echo $|X\nFROM one AS two\nRUN echo $X\nFROM b\nARG X=2\nRUN echo $X\n';
        const { analysis, offset, text } = withCursor(source, eol);
        assert.deepEqual(referencesAt(analysis, offset, true).map((s) => where(text, s.start)), ['1:4', '2:10', '4:10']);
      });

      it('highlights declarations as writes and uses as reads; definition finds the latest ENV', () => {
        const source = 'FROM a\nENV P=1\nENV P=2\nRUN echo ${P:-x} $|P\n';
        const { analysis, offset, text } = withCursor(source, eol);
        assert.deepEqual(highlightsAt(analysis, offset).map((h) => `${where(text, h.span.start)} ${h.kind}`), ['1:4 write', '2:4 write', '3:11 read', '3:18 read']);
        assert.deepEqual(definitionAt(analysis, offset).map((s) => where(text, s.start)), ['2:4']);
        const renamed = renameAt(analysis, offset, 'PORT');
        assert.ok('edits' in renamed);
        assert.equal(applyEdits(text, renamed.edits), text.replace(/\bP\b/g, 'PORT'));
        assert.ok('error' in renameAt(analysis, offset, '9x'));
      });

      it('ignores escaped dollars, comments and quoted heredoc bodies', () => {
        const source = 'FROM a\nARG |N=1\nRUN echo \\$N $N \\\n# $N in a comment\n  && true\nRUN <<\'EOF\'\necho $N\nEOF\n';
        const { analysis, offset, text } = withCursor(source, eol);
        assert.deepEqual(referencesAt(analysis, offset, false).map((s) => where(text, s.start)), ['2:14']);
      });
    });
  }
});
