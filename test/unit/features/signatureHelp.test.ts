import * as assert from 'node:assert/strict';
import { signatureHelpAt } from '../../../server/src/core/features/signatureHelp';
import { EOLS, withCursor } from './cursor';

function active(source: string, eol: '\n' | '\r\n'): string | null {
  const { analysis, offset } = withCursor(source, eol);
  const help = signatureHelpAt(analysis, offset);
  if (!help) return null;
  const signature = help.signatures[help.activeSignature];
  const [start, end] = signature.parameters[help.activeParameter].label;
  return `${signature.form}: ${signature.label.slice(start, end)}`;
}

describe('signature help', () => {
  for (const eol of EOLS) {
    describe(`with ${JSON.stringify(eol)}`, () => {
      it('picks the exec form and the element under the cursor', () => {
        assert.equal(active('FROM a\nCMD ["node", "serv|er.js"]', eol), 'exec: "<param>", …');
        assert.equal(active('FROM a\nCMD ["no|de"]', eol), 'exec: "<executable>"');
        assert.equal(active('FROM a\nCOPY ["a", "b", "|"]', eol), 'exec: "<dest>"');
      });

      it('picks the shell form, flags and positional arguments', () => {
        assert.equal(active('FROM a\nRUN --mount=type=ca|che make', eol), 'shell: [--mount=…] [--network=…] [--security=…]');
        assert.equal(active('FROM a\nRUN make |', eol), 'shell: <command>');
        assert.equal(active('FROM a\nCOPY src/ |', eol), 'shell: <dest>');
        assert.equal(active('FROM a\nCOPY sr|c/ /app', eol), 'shell: <src>…');
        assert.equal(active('FROM node:20 AS |', eol), 'shell: [AS <name>]');
        assert.equal(active('FROM no|de:20', eol), 'shell: <image>');
        assert.equal(active('FROM a\nHEALTHCHECK --interval=5s CMD cur|l -f x', eol), 'shell: <command>');
      });

      it('follows continuation lines and ONBUILD triggers; none on the keyword', () => {
        assert.equal(active('FROM a\nCOPY a \\\n  b \\\n  |', eol), 'shell: <dest>');
        assert.equal(active('FROM a\nONBUILD CMD ["x|"]', eol), 'exec: "<executable>"');
        assert.equal(active('FROM a\nRU|N x', eol), null);
      });
    });
  }
});
