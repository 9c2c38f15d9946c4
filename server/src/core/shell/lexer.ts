/**
 * Splits shell text into words, operators, redirections and line breaks, the way a POSIX shell reads
 * them: quotes, backslash escapes, `$(…)`, `${…}` and backticks stay inside one word, `#` starts a comment.
 * Hand-written: no npm shell parser both gives offsets and bundles small (see the commit message).
 */
import type { ScriptSource } from './types';

export type Token =
  | { readonly kind: 'word'; readonly raw: string; readonly value: string; readonly opaque: boolean; readonly start: number; readonly end: number }
  | { readonly kind: 'operator'; readonly op: '&&' | '||' | ';' | ';;' | '&' | '|' | '|&' | '(' | ')'; readonly start: number; readonly end: number }
  | { readonly kind: 'redirect'; readonly op: string; readonly start: number; readonly end: number }
  | { readonly kind: 'newline'; readonly start: number; readonly end: number };

const OPERATORS = ['&&', '||', ';;', '|&', ';', '&', '|', '(', ')'] as const;
const REDIRECTS = ['<<<', '<<-', '&>>', '<<', '>>', '<&', '>&', '<>', '>|', '&>', '<', '>'];
const WORD_END = new Set([' ', '\t', '\r', '\n', ';', '&', '|', '(', ')', '<', '>']);
const OPERATOR_START = new Set(['&', '|', ';', '(', ')', '<', '>']);
const SPECIAL = new Set(['\\', "'", '"', '$', '`']);

/** Tokens of a script; `bodies` (heredoc scripts) also skips nested heredoc bodies after their line. */
export function tokenize(source: ScriptSource, bodies: boolean): Token[] {
  const text = source.text;
  const tokens: Token[] = [];
  const pendingHeredocs: { delimiter: string; chomp: boolean }[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (c === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) {
      i += text[i + 1] === '\n' ? 2 : 3;
    } else if (c === '\n') {
      tokens.push({ kind: 'newline', start: i, end: i + 1 });
      i++;
      if (bodies && pendingHeredocs.length > 0) i = skipHeredocBodies(text, i, pendingHeredocs.splice(0));
    } else if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (!OPERATOR_START.has(c) && !(c >= '0' && c <= '9')) {
      // Fast path: most tokens are plain words.
      const word = readWord(text, i);
      if (!word) {
        i++;
        continue;
      }
      tokens.push(word);
      i = word.end;
    } else {
      const redirect = redirectAt(text, i);
      if (redirect) {
        tokens.push({ kind: 'redirect', op: redirect.op, start: i, end: redirect.end });
        i = redirect.end;
        if (redirect.op === '<<' || redirect.op === '<<-') {
          const word = readWord(text, skipBlanks(text, i));
          if (word) {
            tokens.push(word);
            i = word.end;
            pendingHeredocs.push({ delimiter: word.value, chomp: redirect.op === '<<-' });
          }
        }
        continue;
      }
      const op = OPERATORS.find((o) => text.startsWith(o, i));
      if (op) {
        tokens.push({ kind: 'operator', op, start: i, end: i + op.length });
        i += op.length;
        continue;
      }
      const word = readWord(text, i);
      if (!word) {
        i++;
        continue;
      }
      tokens.push(word);
      i = word.end;
    }
  }
  return tokens;
}

function skipBlanks(text: string, i: number): number {
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i;
}

/** `>`, `2>&1`'s `>&`, `<<-` … with an optional file-descriptor number before it. */
function redirectAt(text: string, i: number): { op: string; end: number } | null {
  let j = i;
  while (j < text.length && text[j] >= '0' && text[j] <= '9') j++;
  const op = REDIRECTS.find((r) => text.startsWith(r, j));
  if (!op || (j > i && op.startsWith('&'))) return null;
  return { op, end: j + op.length };
}

function skipHeredocBodies(text: string, i: number, heredocs: readonly { delimiter: string; chomp: boolean }[]): number {
  for (const { delimiter, chomp } of heredocs) {
    while (i < text.length) {
      const lineEnd = text.indexOf('\n', i);
      const end = lineEnd < 0 ? text.length : lineEnd;
      let line = text.slice(i, end).replace(/\r$/, '');
      if (chomp) line = line.replace(/^\t+/, '');
      i = lineEnd < 0 ? text.length : lineEnd + 1;
      if (line === delimiter) break;
    }
  }
  return i;
}

type WordToken = Extract<Token, { kind: 'word' }>;

function readWord(text: string, start: number): WordToken | null {
  let i = start;
  let value = '';
  let opaque = false;
  while (i < text.length && !WORD_END.has(text[i])) {
    const c = text[i];
    if (c === '\\') {
      if (text[i + 1] === '\n') i += 2;
      else if (text[i + 1] === '\r' && text[i + 2] === '\n') i += 3;
      else {
        if (i + 1 < text.length) value += text[i + 1];
        i += 2;
      }
    } else if (c === "'") {
      const close = text.indexOf("'", i + 1);
      const end = close < 0 ? text.length : close;
      value += text.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      const read = readDoubleQuoted(text, i + 1);
      value += read.value;
      opaque ||= read.opaque;
      i = read.end;
    } else if (c === '$' || c === '`') {
      const end = expansionEnd(text, i);
      if (end === i + 1 && c === '$') {
        value += c;
        i++;
        continue;
      }
      value += text.slice(i, end);
      opaque = true;
      i = end;
    } else {
      // Plain characters: take the whole run at once.
      let j = i + 1;
      while (j < text.length && !WORD_END.has(text[j]) && !SPECIAL.has(text[j])) j++;
      value += text.slice(i, j);
      i = j;
    }
  }
  if (i === start) return null;
  const end = Math.min(i, text.length);
  return { kind: 'word', raw: text.slice(start, end), value, opaque, start, end };
}

/** Reads after an opening `"`; returns the index after the closing one. */
function readDoubleQuoted(text: string, start: number): { value: string; opaque: boolean; end: number } {
  let i = start;
  let value = '';
  let opaque = false;
  while (i < text.length && text[i] !== '"') {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length) {
      const next = text[i + 1];
      if (next === '\n') {
        i += 2;
        continue;
      }
      value += '$`"\\'.includes(next) ? next : c + next;
      i += 2;
    } else if (c === '$' || c === '`') {
      const end = expansionEnd(text, i);
      if (end > i + 1 || c === '`') opaque = true;
      value += text.slice(i, end);
      i = end;
    } else {
      value += c;
      i++;
    }
  }
  return { value, opaque, end: Math.min(i + 1, text.length) };
}

/** End index of the expansion starting at `i` (`$NAME`, `${…}`, `$(…)`, `$((…))`, `` `…` ``); `i + 1` for a lone `$`. */
export function expansionEnd(text: string, i: number): number {
  if (text[i] === '`') {
    let j = i + 1;
    while (j < text.length && text[j] !== '`') j += text[j] === '\\' ? 2 : 1;
    return Math.min(j + 1, text.length);
  }
  const next = text[i + 1];
  if (next === '(') return closingIndex(text, i + 1, '(', ')');
  if (next === '{') return closingIndex(text, i + 1, '{', '}');
  const name = /^(?:[A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])/.exec(text.slice(i + 1, i + 64));
  return name ? i + 1 + name[0].length : i + 1;
}

/** Index after the bracket that closes the one at `open`, skipping quoted text. */
function closingIndex(text: string, open: number, opening: string, closing: string): number {
  let depth = 0;
  let i = open;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') i += 2;
    else if (c === "'" && opening === '(') {
      const close = text.indexOf("'", i + 1);
      i = close < 0 ? text.length : close + 1;
    } else if (c === '"') {
      i = readDoubleQuoted(text, i + 1).end;
    } else {
      if (c === opening) depth++;
      else if (c === closing && --depth === 0) return i + 1;
      i++;
    }
  }
  return text.length;
}
