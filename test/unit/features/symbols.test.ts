import * as assert from 'node:assert/strict';
import { foldingRanges } from '../../../server/src/core/features/folding';
import { selectionRangesAt } from '../../../server/src/core/features/selectionRanges';
import { documentSymbols, workspaceSymbols } from '../../../server/src/core/features/symbols';
import { EOLS, textOf, withCursor } from './cursor';

const FILE = '# build\n# stage\nARG V=1\nFROM golang AS build\nENV A=1 B=2\nRUN go build \\\n  -o /app|\nFROM alpine\nCOPY --from=build /app /app\nRUN <<EOF\necho hi\nEOF\n';

describe('symbols, folding and selection ranges', () => {
  for (const eol of EOLS) {
    describe(`with ${JSON.stringify(eol)}`, () => {
      it('outlines stages holding their instructions and variables', () => {
        const { analysis, text } = withCursor(FILE, eol);
        const outline = documentSymbols(analysis);
        assert.deepEqual(outline.map((s) => [s.kind, s.name, textOf(text, s.selection)]), [['instruction', 'ARG', 'ARG'], ['stage', 'build', 'build'], ['stage', 'stage 1', 'FROM']]);
        assert.deepEqual(outline[1].children.map((c) => `${c.name} ${c.detail}`), ['FROM golang AS build', 'ENV A=1 B=2', 'RUN go build -o /app']);
        assert.deepEqual(outline[1].children[1].children.map((c) => `${c.name}=${c.detail}`), ['A=1', 'B=2']);
        assert.match(outline[1].detail, /build-only/);
      });

      it('finds workspace symbols by characters in order', () => {
        const { analysis } = withCursor(FILE, eol);
        assert.deepEqual(workspaceSymbols(analysis, 'bld').map((s) => `${s.kind} ${s.name}`), ['stage build']);
        assert.deepEqual(workspaceSymbols(analysis, '').map((s) => `${s.name} ${s.container}`), ['V null', 'build null', 'A build', 'B build']);
      });

      it('folds comment blocks, stages, continuations and heredocs', () => {
        const { analysis } = withCursor(FILE, eol);
        assert.deepEqual(foldingRanges(analysis).map((f) => `${f.startLine}-${f.endLine} ${f.kind}`), ['0-1 comment', '3-6 region', '5-6 region', '7-11 region', '9-11 region']);
      });

      it('grows the selection from word to file', () => {
        const { analysis, offset, text } = withCursor(FILE, eol);
        const spans = selectionRangesAt(analysis, offset).map((s) => textOf(text, s).replace(/\r/g, ''));
        assert.equal(spans[0], 'app');
        assert.equal(spans[1], '/app');
        assert.ok(spans.includes('RUN go build \\\n  -o /app'));
        assert.ok(spans.some((s) => s.startsWith('FROM golang') && s.endsWith('/app')));
        assert.equal(spans[spans.length - 1], text.replace(/\r/g, ''));
        const flag = withCursor('FROM a\nCOPY --from=bu|ild x y\n', eol);
        assert.deepEqual(selectionRangesAt(flag.analysis, flag.offset).slice(0, 3).map((s) => textOf(flag.text, s)), ['build', '--from=build', 'COPY --from=build x y']);
      });
    });
  }
});
