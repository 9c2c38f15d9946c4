import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../../server/src/core/analysis';
import { completionsAt } from '../../../server/src/core/features/completion';
import { documentLinks } from '../../../server/src/core/features/documentLinks';
import { foldingRanges } from '../../../server/src/core/features/folding';
import { inlayHints } from '../../../server/src/core/features/inlayHints';
import { definitionAt, highlightsAt, prepareRenameAt, referencesAt } from '../../../server/src/core/features/navigation';
import { selectionRangesAt } from '../../../server/src/core/features/selectionRanges';
import { semanticTokens } from '../../../server/src/core/features/semanticTokens';
import { signatureHelpAt } from '../../../server/src/core/features/signatureHelp';
import { symbolIndex } from '../../../server/src/core/features/symbolIndex';
import { documentSymbols } from '../../../server/src/core/features/symbols';
import type { Span } from '../../../server/src/core/syntax';
import { CORPUS } from '../../support/paths';

describe('language features over the corpus', () => {
  it('answer every position of every corpus file with spans inside the text', function () {
    this.timeout(120000);
    const files = fs.readdirSync(CORPUS);
    for (const file of files) {
      const text = fs.readFileSync(path.join(CORPUS, file), 'utf8');
      const analysis = analyze(text);
      const inside = (span: Span, what: string) => assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${file}: ${what} span out of range`);
      const tokens = semanticTokens(analysis);
      tokens.forEach((t, i) => {
        inside(t.span, 'token');
        assert.ok(t.span.end > t.span.start, `${file}: empty token`);
        assert.ok(!/[\r\n]/.test(text.slice(t.span.start, t.span.end)), `${file}: token crosses a line`);
        if (i > 0) assert.ok(t.span.start >= tokens[i - 1].span.end, `${file}: overlapping tokens at ${t.span.start}`);
      });
      documentSymbols(analysis).forEach((s) => inside(s.span, 'symbol'));
      for (const fold of foldingRanges(analysis)) assert.ok(fold.endLine > fold.startLine);
      documentLinks(analysis).forEach((l) => inside(l.span, 'link'));
      inlayHints(analysis, { start: 0, end: text.length }).forEach((h) => assert.ok(h.offset >= 0 && h.offset <= text.length));
      for (const o of symbolIndex(analysis).occurrences) assert.equal(text.slice(o.span.start, o.span.end), o.name, `${file}: occurrence text`);
      // Every 19th offset: cheap enough for the whole corpus, dense enough to land in every construct.
      for (let offset = 0; offset <= text.length; offset += 19) {
        completionsAt(analysis, offset).forEach((c) => inside(c.span, 'completion'));
        signatureHelpAt(analysis, offset);
        selectionRangesAt(analysis, offset).forEach((s) => inside(s, 'selection'));
        definitionAt(analysis, offset).forEach((s) => inside(s, 'definition'));
        referencesAt(analysis, offset, true).forEach((s) => inside(s, 'reference'));
        highlightsAt(analysis, offset);
        prepareRenameAt(analysis, offset);
      }
    }
  });
});
