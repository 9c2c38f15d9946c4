import * as assert from 'node:assert/strict';
import { hoverAt } from '../../../server/src/core/features/hover';
import { EOLS, textOf, withCursor } from './cursor';

function hover(source: string, eol: '\n' | '\r\n'): { markdown: string; text: string } | null {
  const { analysis, offset, text } = withCursor(source, eol);
  const result = hoverAt(analysis, offset);
  return result ? { markdown: result.markdown, text: textOf(text, result.span) } : null;
}

describe('hover reference texts from core/docs', () => {
  for (const eol of EOLS) {
    describe(`with ${JSON.stringify(eol)}`, () => {
      it('explains parser directives', () => {
        const result = hover('# sy|ntax=docker/dockerfile:1\nFROM a\n', eol)!;
        assert.match(result.markdown, /parser directive/);
        assert.equal(result.text, '# syntax=docker/dockerfile:1');
      });

      it('explains flags, mount types and mount options', () => {
        assert.match(hover('FROM a\nCOPY --li|nk x /x\n', eol)!.markdown, /\*\*--link\*\* \(COPY\)/);
        const mount = hover('FROM a\nRUN --mount=type=cache,sha|ring=locked make\n', eol)!.markdown;
        assert.match(mount, /\*\*type=cache:\*\*/);
        assert.match(mount, /\*\*sharing:\*\*/);
        assert.match(hover('FROM a AS b\nFROM c\nCOPY --fr|om=b x /x\n', eol)!.markdown, /\*\*--from\*\*/);
        assert.match(hover('FROM a AS b\nFROM c\nCOPY --from=|b x /x\n', eol)!.markdown, /\*\*Stage `b`\*\*/);
      });

      it('explains automatic platform ARGs', () => {
        assert.match(hover('FROM --platform=$BUILD|PLATFORM golang\n', eol)!.markdown, /automatic platform ARG/);
      });
    });
  }
});
