import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../../server/src/core/analysis';
import { formatDocument, formatOnType, formatRange, type FormatOptions } from '../../../server/src/core/features/formatting';
import { CORPUS } from '../../support/paths';
import { dumpInstruction } from '../syntax/buildkitDump';
import { applyEdits, EOLS, withCursor } from './cursor';

const SPACES: FormatOptions = { insertSpaces: true, tabSize: 4 };

function format(text: string, options = SPACES): string {
  return applyEdits(text, formatDocument(analyze(text), options));
}

/**
 * What the builder reads (BuildKit's dump: keyword, flags, arguments), with whitespace runs collapsed:
 * the formatter may re-indent continuation lines, which only changes the amount of separating blanks.
 */
function meaning(text: string): string[] {
  const tree = analyze(text).tree;
  return tree.instructions.map((i) => {
    const bodies = i.heredocs.map((h) => `<<${h.name}:${text.slice(h.bodySpan.start, h.bodySpan.end)}`).join('');
    return `${dumpInstruction(i).replace(/(\\t|\s)+/g, ' ')}${bodies}`;
  });
}

describe('formatting', () => {
  for (const eol of EOLS) {
    describe(`with ${JSON.stringify(eol)}`, () => {
      const fix = (s: string) => s.replace(/\n/g, eol);

      it('upper-cases keywords, spaces keywords and flags, trims blanks, spaces JSON', () => {
        const input = fix('from   alpine AS base  \n  run  --mount=type=cache,target=/c    apk add x\nCMD   ["a","b" ,  "c"]\nENV A=1\n');
        assert.equal(format(input), fix('FROM alpine AS base\nRUN --mount=type=cache,target=/c apk add x\nCMD ["a", "b", "c"]\nENV A=1\n'));
      });

      it('keeps a lower-case majority', () => {
        assert.equal(format(fix('from alpine\nrun true\nCOPY a b\n')), fix('from alpine\nrun true\ncopy a b\n'));
      });

      it('indents continuation lines but never inside quotes or where words join', () => {
        const input = fix('RUN apt-get update && \\\n\t\tapt-get install -y \\\n  curl  \\\n# note\n      && echo "a \\\n   b" \\\nx\n');
        const expected = fix('RUN apt-get update && \\\n    apt-get install -y \\\n    curl  \\\n    # note\n    && echo "a \\\n   b" \\\nx\n');
        assert.equal(format(input), expected);
        assert.equal(format(input, { insertSpaces: false, tabSize: 4 }), expected.replace(/^ {4}/gm, '\t'));
      });

      it('leaves heredoc bodies untouched', () => {
        const input = fix('FROM a\nrun <<EOF\n   keep   \n\tthis\nEOF\n');
        assert.equal(format(input), fix('FROM a\nRUN <<EOF\n   keep   \n\tthis\nEOF\n'));
      });

      it('formats ONBUILD triggers and escape=` files', () => {
        assert.equal(format(fix('FROM a\nonbuild   run  echo\n')), fix('FROM a\nONBUILD RUN echo\n'));
        const backtick = fix('# escape=`\nFROM a\nRUN dir C:\\ `\n        && echo\n');
        assert.equal(format(backtick), fix('# escape=`\nFROM a\nRUN dir C:\\ `\n    && echo\n'));
      });

      it('is idempotent', () => {
        const input = fix('from a\n  run   x \\\n\t y\nenv A=1   B=2\n');
        const once = format(input);
        assert.deepEqual(formatDocument(analyze(once), SPACES), []);
      });

      it('formats only the instructions of a range', () => {
        const { analysis, offset, text } = withCursor('from a\nrun  x|\nrun  y\n', eol);
        const edits = formatRange(analysis, { start: offset, end: offset }, SPACES);
        assert.equal(applyEdits(text, edits), fix('from a\nrun x\nrun  y\n'));
      });

      it('on type: indents the line after a continuation and tidies the finished line', () => {
        const { analysis, offset, text } = withCursor('FROM a\nrun  apt-get update \\\n|\n', eol);
        assert.equal(applyEdits(text, formatOnType(analysis, offset, SPACES)), fix('FROM a\nRUN apt-get update \\\n    \n'));
        const plain = withCursor('FROM a\nrun  x\n|', eol);
        assert.equal(applyEdits(plain.text, formatOnType(plain.analysis, plain.offset, SPACES)), fix('FROM a\nRUN x\n'));
      });
    });
  }

  it('never changes meaning and is idempotent on every corpus file', function () {
    this.timeout(60000);
    const files = fs.readdirSync(CORPUS);
    assert.ok(files.length > 300);
    let changed = 0;
    for (const file of files) {
      const text = fs.readFileSync(path.join(CORPUS, file), 'utf8');
      for (const source of [text, text.replace(/\r?\n/g, '\r\n')]) {
        const once = format(source);
        if (once !== source) changed++;
        assert.deepEqual(meaning(once), meaning(source), `${file}: formatting changed instructions`);
        assert.equal(format(once), once, `${file}: formatting twice differs`);
        assert.equal(once.includes('\r\n'), source.includes('\r\n'), `${file}: line endings changed`);
      }
    }
    assert.ok(changed > 0, 'some corpus file should need formatting');
  });
});
