/**
 * Word splitting as BuildKit's Dockerfile parser does it (frontend/dockerfile/parser: splitCommand,
 * extractBuilderFlags, parseWords, parseNameVal), but on a logical text so every word keeps its span.
 */
import type { Flag, KeyValue, LogicalText, Word } from './nodes';

/** Go's unicode.IsSpace. */
export function isSpace(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0x85) return false;
  return code === 0x85 || code === 0xa0 || (code > 0xff && /\s/.test(ch));
}

/** The `[\t\v\f\r ]` class BuildKit splits FROM/EXPOSE/COPY words and the keyword on. */
function isBlank(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\v' || ch === '\f' || ch === '\r';
}

export interface CommandParts {
  /** Index range of the keyword in the line. */
  readonly keywordFrom: number;
  readonly keywordTo: number;
  readonly flags: readonly Flag[];
  /** Index range of the trimmed arguments after the flags. */
  readonly argsFrom: number;
  readonly argsTo: number;
}

/** Splits `KEYWORD --flag=x args` (BuildKit's splitCommand + extractBuilderFlags). */
export function splitCommand(line: LogicalText, escape: string): CommandParts {
  const text = line.text;
  let from = 0;
  let to = text.length;
  while (from < to && isSpace(text[from])) from++;
  while (to > from && isSpace(text[to - 1])) to--;
  let keywordTo = from;
  while (keywordTo < to && !isBlank(text[keywordTo])) keywordTo++;
  let rest = keywordTo;
  while (rest < to && isBlank(text[rest])) rest++;
  const extracted = extractFlags(line, rest, to, escape);
  let argsFrom = extracted.argsFrom;
  while (argsFrom < to && isSpace(text[argsFrom])) argsFrom++;
  return { keywordFrom: from, keywordTo, flags: extracted.flags, argsFrom, argsTo: Math.max(argsFrom, to) };
}

function extractFlags(line: LogicalText, from: number, to: number, escape: string): { flags: readonly Flag[]; argsFrom: number } {
  const text = line.text;
  // Most instructions have no flag: they share the empty list (an instruction's list lives with its version).
  let flags: Flag[] | null = null;
  let pos = from;
  for (;;) {
    while (pos < to && isSpace(text[pos])) pos++;
    if (pos >= to || text[pos] !== '-' || pos + 1 >= to || text[pos + 1] !== '-') return { flags: flags ?? NO_FLAGS, argsFrom: pos };
    const wordStart = pos;
    // Most flags hold no quote or escape: their value is their text, taken in one slice.
    let plainEnd = pos;
    while (plainEnd < to && !isSpace(text[plainEnd]) && text[plainEnd] !== "'" && text[plainEnd] !== '"' && text[plainEnd] !== escape) plainEnd++;
    if (plainEnd >= to || isSpace(text[plainEnd])) {
      pos = plainEnd;
      const value = text.slice(wordStart, pos);
      if (value === '--') return { flags: flags ?? NO_FLAGS, argsFrom: pos };
      const eq = value.indexOf('=');
      flags = withFlag(flags, makeFlag(line, value, wordStart, pos, eq < 0 ? -1 : wordStart + eq));
      continue;
    }
    let value = '';
    let quote = '';
    let blankOk = false;
    let eqIndex = -1;
    for (; pos < to; pos++) {
      const ch = text[pos];
      if (quote) {
        if (ch === quote) { quote = ''; continue; }
        if (ch === escape) {
          if (pos + 1 >= to) { quote = ''; continue; }
          pos++;
        }
        value += text[pos];
        continue;
      }
      if (isSpace(ch)) break;
      if (ch === "'" || ch === '"') { quote = ch; blankOk = true; continue; }
      if (ch === escape) {
        if (pos + 1 >= to) continue;
        pos++;
      }
      if (text[pos] === '=' && eqIndex < 0) eqIndex = pos;
      value += text[pos];
    }
    if (value === '--') return { flags: flags ?? NO_FLAGS, argsFrom: pos };
    if (blankOk || value.length > 0) flags = withFlag(flags, makeFlag(line, value, wordStart, pos, eqIndex));
  }
}

const NO_FLAGS: readonly Flag[] = Object.freeze([]);

/** Appends to a flag list made on the first flag, at its exact size (a pushed-to empty list reserves 16 slots). */
function withFlag(flags: Flag[] | null, flag: Flag): Flag[] {
  if (flags === null) return [flag];
  flags.push(flag);
  return flags;
}

function makeFlag(line: LogicalText, word: string, from: number, to: number, eqIndex: number): Flag {
  const eq = word.indexOf('=');
  const name = eq < 0 ? word.slice(2) : word.slice(2, eq);
  const value = eq < 0 ? null : word.slice(eq + 1);
  const nameEnd = eqIndex < 0 ? to : eqIndex;
  return {
    name,
    value,
    span: line.spanOf(from, to),
    nameSpan: line.spanOf(from + 2, nameEnd),
    valueSpan: eqIndex < 0 ? null : line.spanOf(eqIndex + 1, to),
  };
}

/**
 * BuildKit's parseWords: whitespace-separated words where quotes keep a word together; the quotes and
 * escape characters stay in the value.
 */
export function parseWords(args: LogicalText, escape: string): Word[] {
  return scanWords(args.text, escape, (value, from, to) => ({ value, span: args.spanOf(from, to) }));
}

/** A word of `parseWords` with its index range in the logical text. */
export interface WordRange {
  readonly value: string;
  readonly from: number;
  readonly to: number;
}

export function wordRanges(args: LogicalText, escape: string): WordRange[] {
  return scanWords(args.text, escape, (value, from, to) => ({ value, from, to }));
}

/** The words of `parseWords`, each made by `make` from its value and index range (no list in between). */
function scanWords<T>(text: string, escape: string, make: (value: string, from: number, to: number) => T): T[] {
  const words: T[] = [];
  let pos = 0;
  while (pos < text.length) {
    while (pos < text.length && isSpace(text[pos])) pos++;
    if (pos >= text.length) break;
    const start = pos;
    // The value is the word's source text, except that an escape character ending the input is dropped.
    let droppedTrailingEscape = false;
    let quote = '';
    for (; pos < text.length; pos++) {
      const ch = text[pos];
      if (quote) {
        if (ch === quote) quote = '';
        else if (ch === escape && quote !== "'") {
          if (pos + 1 >= text.length) { quote = ''; droppedTrailingEscape = true; continue; }
          pos++;
        }
        continue;
      }
      if (isSpace(ch)) break;
      if (ch === "'" || ch === '"') quote = ch;
      if (ch === escape) {
        if (pos + 1 >= text.length) { droppedTrailingEscape = true; continue; }
        pos++;
      }
    }
    words.push(make(text.slice(start, droppedTrailingEscape ? pos - 1 : pos), start, pos));
  }
  return words;
}

/** `reWhitespace.Split(rest, -1)`: the plain split used for FROM, EXPOSE and shell-form COPY/ADD/VOLUME. */
export function splitBlank(args: LogicalText): Word[] {
  const text = args.text;
  const words: Word[] = [];
  let pos = 0;
  while (pos < text.length) {
    const start = pos;
    while (pos < text.length && !isBlank(text[pos])) pos++;
    words.push({ value: text.slice(start, pos), span: args.spanOf(start, pos) });
    while (pos < text.length && isBlank(text[pos])) pos++;
  }
  return words;
}

export interface PairsResult {
  readonly pairs: KeyValue[];
  readonly error: string | null;
}

/** ENV and LABEL (BuildKit's parseNameVal): `k=v k2=v2`, or the legacy `k v w` taking the rest as the value. */
export function parseNameValue(args: LogicalText, words: readonly WordRange[], keyword: string): PairsResult {
  if (words.length === 0) return { pairs: [], error: null };
  if (!words[0].value.includes('=')) {
    const text = args.text;
    let keyEnd = 0;
    while (keyEnd < text.length && !isBlank(text[keyEnd])) keyEnd++;
    let valueStart = keyEnd;
    while (valueStart < text.length && isBlank(text[valueStart])) valueStart++;
    const keySpan = args.spanOf(0, keyEnd);
    if (valueStart >= text.length) {
      return {
        pairs: [{ key: text.slice(0, keyEnd), keySpan, value: null, valueSpan: null, separator: '' }],
        error: `${keyword} needs a value: write ${keyword} ${text.slice(0, keyEnd)}=<value>`,
      };
    }
    return {
      pairs: [{ key: text.slice(0, keyEnd), keySpan, value: text.slice(valueStart), valueSpan: args.spanOf(valueStart, text.length), separator: '' }],
      error: null,
    };
  }
  // Sized to the words up front: the pairs live as long as the document's version.
  const pairs: KeyValue[] = new Array<KeyValue>(words.length);
  for (let i = 0; i < words.length; i++) {
    const pair = splitPair(args, words[i]);
    if (!pair) {
      pairs.length = i;
      return { pairs, error: `Missing "=" in "${words[i].value}": ${keyword} pairs are written name=value` };
    }
    pairs[i] = pair;
  }
  return { pairs, error: null };
}

/** ARG: each word is `NAME` or `NAME=default`. */
export function parseArgPairs(args: LogicalText, words: readonly WordRange[]): KeyValue[] {
  return words.map((word) => splitPair(args, word) ?? { key: word.value, keySpan: args.spanOf(word.from, word.to), value: null, valueSpan: null, separator: '' });
}

function splitPair(args: LogicalText, word: WordRange): KeyValue | null {
  const eq = word.value.indexOf('=');
  if (eq < 0) return null;
  // A word's value equals its source text (quotes and escapes kept), so indices line up.
  return {
    key: word.value.slice(0, eq),
    keySpan: args.spanOf(word.from, word.from + eq),
    value: word.value.slice(eq + 1),
    valueSpan: args.spanOf(word.from + eq + 1, word.to),
    separator: '=',
  };
}

/** A value with one pair of matching `"` or `'` around the whole of it, without them. */
export function unquote(value: string): string {
  const match = /^(["'])(.*)\1$/s.exec(value);
  return match ? match[2] : value;
}
