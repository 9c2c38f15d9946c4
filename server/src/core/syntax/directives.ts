/** Parser directives (`# syntax=`, `# escape=`, `# check=`) in the block at the top of the file. */
import type { Directive, Span } from './nodes';

const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*(.+?)[\t\n\f\r ]*$/;
const KNOWN = new Set(['syntax', 'escape', 'check']);

/**
 * Reads one line (left-trimmed, starting at document offset `offset`) as a directive. Returns null when the
 * line is not a known directive, which ends the directive block as in BuildKit.
 */
export function readDirective(line: string, offset: number): Directive | null {
  if (!line.startsWith('#')) return null;
  let rest = 1;
  while (rest < line.length && /\s/.test(line[rest])) rest++;
  const match = DIRECTIVE.exec(line.slice(rest));
  if (!match) return null;
  const name = match[1].toLowerCase();
  if (!KNOWN.has(name)) return null;
  const nameStart = offset + rest;
  const valueIndex = line.indexOf(match[2], rest + match[1].length);
  const valueStart = offset + valueIndex;
  const span: Span = { start: offset, end: offset + line.length };
  return {
    name,
    rawName: match[1],
    value: match[2],
    span,
    nameSpan: { start: nameStart, end: nameStart + match[1].length },
    valueSpan: { start: valueStart, end: valueStart + match[2].length },
  };
}
