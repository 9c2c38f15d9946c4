/**
 * Splits shell text into words, operators, redirections and line breaks, the way a POSIX shell reads
 * them: quotes, backslash escapes, `$(…)`, `${…}` and backticks stay inside one word, `#` starts a comment.
 * Hand-written: no npm shell parser both gives offsets and bundles small (see the commit message).
 * A cursor, not a token list: lint reads every RUN on every keystroke, and one object per operator or
 * line break was a measurable share of the garbage collector's work.
 */
import type { Span } from '../syntax';
import type { ScriptSource, ShellWord } from './types';

export type Operator = '&&' | '||' | ';' | ';;' | '&' | '|' | '|&' | '(' | ')';

export type TokenKind = 'word' | 'operator' | 'redirect' | 'newline' | 'end';

const REDIRECTS = ['<<<', '<<-', '&>>', '<<', '>>', '<&', '>&', '<>', '>|', '&>', '<', '>'];

/** Character classes by char code (ASCII only; everything else is a plain word character). */
const WORD_END = 1;
const OPERATOR_START = 2;
const SPECIAL = 4;
const CLASS = new Uint8Array(128);
for (const c of ' \t\r\n;&|()<>') CLASS[c.charCodeAt(0)] |= WORD_END;
for (const c of '&|;()<>') CLASS[c.charCodeAt(0)] |= OPERATOR_START;
for (const c of '\\\'"$`') CLASS[c.charCodeAt(0)] |= SPECIAL;

function ends(code: number): boolean {
  return code < 128 && (CLASS[code] & WORD_END) !== 0;
}

/** Reads one token per `next()`; the token's fields are valid until the following call. */
export class ShellLexer {
  private i = 0;
  private pendingHeredocs: { delimiter: string; chomp: boolean }[] = [];
  /** A word read ahead after `<<` (the heredoc delimiter), returned by the next call. */
  private queued: ShellWord | null = null;
  private queuedStart = 0;
  private queuedEnd = 0;

  kind: TokenKind = 'end';
  /** Operator or redirection text of the current token. */
  op = '';
  /** The current word (kind `word`), with its document span. */
  word: ShellWord | null = null;
  /** Indices of the current token in the script text. */
  start = 0;
  end = 0;

  /** `bodies` (heredoc scripts) also skips nested heredoc bodies after their line. */
  constructor(private readonly source: ScriptSource, private readonly bodies: boolean) {}

  next(): TokenKind {
    if (this.queued) {
      this.setWord(this.queued, this.queuedStart, this.queuedEnd);
      this.queued = null;
      return this.kind;
    }
    const text = this.source.text;
    const length = text.length;
    let i = this.i;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (code === 32 || code === 9 || code === 13) {
        i++;
      } else if (code === 92 && (text.charCodeAt(i + 1) === 10 || (text.charCodeAt(i + 1) === 13 && text.charCodeAt(i + 2) === 10))) {
        i += text.charCodeAt(i + 1) === 10 ? 2 : 3;
      } else if (code === 10) {
        this.kind = 'newline';
        this.start = i;
        this.end = i + 1;
        this.i = i + 1;
        if (this.bodies && this.pendingHeredocs.length > 0) this.i = skipHeredocBodies(text, this.i, this.pendingHeredocs.splice(0));
        return this.kind;
      } else if (code === 35) {
        while (i < length && text.charCodeAt(i) !== 10) i++;
      } else if (!(code < 128 && (CLASS[code] & OPERATOR_START) !== 0) && !(code >= 48 && code <= 57)) {
        // Fast path: most tokens are plain words.
        return this.readWordAt(i);
      } else {
        const redirect = redirectAt(text, i);
        if (redirect) {
          this.kind = 'redirect';
          this.op = redirect.op;
          this.start = i;
          this.end = redirect.end;
          this.i = redirect.end;
          if (redirect.op === '<<' || redirect.op === '<<-') {
            let j = redirect.end;
            while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) j++;
            if (j < length && !ends(text.charCodeAt(j))) {
              const word = this.makeWord(j);
              this.queued = word;
              this.queuedStart = j;
              this.queuedEnd = scanEnd;
              this.i = scanEnd;
              this.pendingHeredocs.push({ delimiter: word.value, chomp: redirect.op === '<<-' });
            }
          }
          return this.kind;
        }
        const op = operatorAt(text, i);
        if (op !== null) {
          this.kind = 'operator';
          this.op = op;
          this.start = i;
          this.end = i + op.length;
          this.i = this.end;
          return this.kind;
        }
        return this.readWordAt(i);
      }
    }
    this.i = i;
    this.kind = 'end';
    return this.kind;
  }

  private readWordAt(i: number): TokenKind {
    const word = this.makeWord(i);
    this.i = scanEnd;
    this.setWord(word, i, scanEnd);
    return this.kind;
  }

  private setWord(word: ShellWord, start: number, end: number): void {
    this.kind = 'word';
    this.word = word;
    this.start = start;
    this.end = end;
  }

  /** The word at `start`; its end index is left in `scanEnd`. */
  private makeWord(start: number): ShellWord {
    const text = this.source.text;
    const value = readWord(text, start);
    // A word without quotes, escapes or expansions is its own raw text: one string, not two.
    const raw = scanPlain ? value : text.slice(start, scanEnd);
    return new LexedWord(raw, value, scanOpaque, this.source, start, scanEnd);
  }
}

/**
 * A word whose document span is computed on first read: most words are only compared by value, and
 * mapping an index through a continued line's segments is the costly part.
 */
class LexedWord implements ShellWord {
  private documentSpan: Span | null = null;

  constructor(
    readonly raw: string,
    readonly value: string,
    readonly opaque: boolean,
    private readonly source: ScriptSource,
    private readonly from: number,
    private readonly to: number,
  ) {}

  get span(): Span {
    return (this.documentSpan ??= { start: this.source.offsetAt(this.from), end: this.source.offsetAt(this.to - 1) + 1 });
  }

  /** Plain data for JSON and test output. */
  toJSON(): ShellWord {
    return { raw: this.raw, value: this.value, opaque: this.opaque, span: this.span };
  }
}

// Results of the last readWord / readDoubleQuoted besides the value (the lexer runs one read at a time):
// out-parameters instead of a result object per word, the lexer's largest allocation.
/** Index after the word or quoted part just read. */
let scanEnd = 0;
/** The word just read holds an expansion. */
let scanOpaque = false;
/** The word just read had no quotes, escapes or expansions (its value is its raw text). */
let scanPlain = true;

/** `>`, `2>&1`'s `>&`, `<<-` … with an optional file-descriptor number before it. */
function redirectAt(text: string, i: number): { op: string; end: number } | null {
  let j = i;
  while (j < text.length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  // Every redirection starts with `<`, `>` or `&>`: `&&`, `|`, `;` and plain numbers end here.
  const c = text.charCodeAt(j);
  if (c !== 60 && c !== 62 && !(c === 38 && text.charCodeAt(j + 1) === 62)) return null;
  const op = REDIRECTS.find((r) => text.startsWith(r, j));
  if (!op || (j > i && op.startsWith('&'))) return null;
  return { op, end: j + op.length };
}

function operatorAt(text: string, i: number): Operator | null {
  const c = text[i];
  const d = text[i + 1];
  switch (c) {
    case '&':
      return d === '&' ? '&&' : '&';
    case '|':
      return d === '|' ? '||' : d === '&' ? '|&' : '|';
    case ';':
      return d === ';' ? ';;' : ';';
    case '(':
      return '(';
    case ')':
      return ')';
    default:
      return null;
  }
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

/** The word at `start`: quotes removed, escapes applied, expansions kept; sets scanEnd, scanOpaque, scanPlain. */
function readWord(text: string, start: number): string {
  let i = start;
  let value = '';
  let opaque = false;
  let plain = true;
  while (i < text.length && !ends(text.charCodeAt(i))) {
    const c = text[i];
    if (c === '\\') {
      plain = false;
      if (text[i + 1] === '\n') i += 2;
      else if (text[i + 1] === '\r' && text[i + 2] === '\n') i += 3;
      else {
        if (i + 1 < text.length) value += text[i + 1];
        i += 2;
      }
    } else if (c === "'") {
      plain = false;
      const close = text.indexOf("'", i + 1);
      const stop = close < 0 ? text.length : close;
      value += text.slice(i + 1, stop);
      i = stop + 1;
    } else if (c === '"') {
      plain = false;
      value += readDoubleQuoted(text, i + 1);
      opaque ||= scanOpaque;
      i = scanEnd;
    } else if (c === '$' || c === '`') {
      const stop = expansionEnd(text, i);
      if (stop === i + 1 && c === '$') {
        value += c;
        i++;
        continue;
      }
      plain = false;
      value += text.slice(i, stop);
      opaque = true;
      i = stop;
    } else {
      // Plain characters: take the whole run at once.
      let j = i + 1;
      while (j < text.length) {
        const code = text.charCodeAt(j);
        if (code < 128 && (CLASS[code] & (WORD_END | SPECIAL)) !== 0) break;
        j++;
      }
      value += text.slice(i, j);
      i = j;
    }
  }
  scanEnd = Math.min(i, text.length);
  scanOpaque = opaque;
  // An escape or quote past the end (`a\` at the end of the text) also ends the word early.
  scanPlain = plain && value.length === scanEnd - start;
  return value;
}

/** Reads after an opening `"` and returns the value; scanEnd is the index after the closing one. */
function readDoubleQuoted(text: string, start: number): string {
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
      // Plain characters up to the next quote, escape or expansion: one slice, not one string per character.
      let j = i + 1;
      while (j < text.length) {
        const code = text.charCodeAt(j);
        if (code === 34 || code === 92 || code === 36 || code === 96) break;
        j++;
      }
      value += text.slice(i, j);
      i = j;
    }
  }
  scanEnd = Math.min(i + 1, text.length);
  scanOpaque = opaque;
  return value;
}

const NAME_START = /[A-Za-z_]/;

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
  if (next === undefined) return i + 1;
  if (NAME_START.test(next)) {
    let j = i + 2;
    while (j < text.length && j < i + 64) {
      const code = text.charCodeAt(j);
      if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95)) break;
      j++;
    }
    return j;
  }
  return '0123456789@*#?$!-'.includes(next) ? i + 2 : i + 1;
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
      readDoubleQuoted(text, i + 1);
      i = scanEnd;
    } else {
      if (c === opening) depth++;
      else if (c === closing && --depth === 0) return i + 1;
      i++;
    }
  }
  return text.length;
}
