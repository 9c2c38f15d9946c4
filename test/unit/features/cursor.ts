/** Text-with-cursor helpers: `|` marks the cursor; spans are read back as the text they cover. */
import { analyze, type Analysis } from '../../../server/src/core/analysis';
import type { Span } from '../../../server/src/core/syntax';

export interface Cursor {
  readonly analysis: Analysis;
  readonly offset: number;
  readonly text: string;
}

/** Removes the first `|` and analyzes the rest; `eol` replaces every `\n`. */
export function withCursor(source: string, eol: '\n' | '\r\n' = '\n'): Cursor {
  const converted = source.replace(/\n/g, eol);
  const offset = converted.indexOf('|');
  if (offset < 0) throw new Error('no | cursor in test text');
  const text = converted.slice(0, offset) + converted.slice(offset + 1);
  return { analysis: analyze(text), offset, text };
}

export function textOf(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** `line:character` of an offset, to compare positions readably. */
export function where(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\n/).length - 1;
  const lineStart = Math.max(before.lastIndexOf('\n') + 1, 0);
  return `${line}:${offset - lineStart}`;
}

export function applyEdits(text: string, edits: readonly { span: Span; newText: string }[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start);
  let out = text;
  for (const edit of sorted) out = out.slice(0, edit.span.start) + edit.newText + out.slice(edit.span.end);
  return out;
}

export const EOLS = ['\n', '\r\n'] as const;
