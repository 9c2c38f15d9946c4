/** Finds `<<EOF` markers on an instruction line as BuildKit does (shell words matching `^(\d*)<<(-?)\s*([^<]*)$`). */
import type { LogicalText, Span } from './nodes';

export interface HeredocMarker {
  readonly name: string;
  readonly expand: boolean;
  readonly chomp: boolean;
  readonly fd: number | null;
  readonly span: Span;
}

const MARKER = /^(\d*)<<(-?)[\t\n\f\r ]*([^<]*)$/;

export function findHeredocMarkers(line: LogicalText): HeredocMarker[] {
  if (!line.text.includes('<<')) return [];
  const markers: HeredocMarker[] = [];
  for (const word of shellWords(line.text, false)) {
    // Only a word with `<<` can be a marker; the regular expression is for those.
    if (!word.raw.includes('<<')) continue;
    const match = MARKER.exec(word.raw);
    if (!match || match[3].length === 0) continue;
    const unquoted = shellWords(match[3], true);
    if (unquoted.length !== 1) continue;
    const name = unquoted[0].value;
    markers.push({
      name,
      expand: countQuotes(name) === countQuotes(unquoted[0].raw),
      chomp: match[2] === '-',
      fd: match[1] ? Number(match[1]) : null,
      span: line.spanOf(word.from, word.to),
    });
  }
  return markers;
}

function countQuotes(s: string): number {
  let n = 0;
  for (const ch of s) if (ch === '"' || ch === "'") n++;
  return n;
}

interface ShellWord {
  readonly raw: string;
  readonly value: string;
  readonly from: number;
  readonly to: number;
}

/** Splits on unquoted blanks; `value` (when `withValues`, else '') has quotes removed and backslash escapes applied. */
function shellWords(text: string, withValues: boolean): ShellWord[] {
  const words: ShellWord[] = [];
  let pos = 0;
  while (pos < text.length) {
    while (pos < text.length && isBlank(text[pos])) pos++;
    if (pos >= text.length) break;
    const from = pos;
    let value = '';
    let quote = '';
    for (; pos < text.length; pos++) {
      const ch = text[pos];
      let kept: string | null = null;
      if (quote === "'") {
        if (ch === "'") quote = '';
        else kept = ch;
      } else if (quote === '"') {
        if (ch === '"') quote = '';
        else if (ch === '\\' && pos + 1 < text.length && '"\\$`'.includes(text[pos + 1])) kept = text[++pos];
        else kept = ch;
      } else if (isBlank(ch)) {
        break;
      } else if (ch === "'" || ch === '"') {
        quote = ch;
      } else if (ch === '\\' && pos + 1 < text.length) {
        kept = text[++pos];
      } else {
        kept = ch;
      }
      if (withValues && kept !== null) value += kept;
    }
    words.push({ raw: text.slice(from, pos), value, from, to: pos });
  }
  return words;
}

function isBlank(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';
}
