/** The exec form: a JSON array of strings, parsed with offsets (Go's encoding/json rules, as BuildKit uses). */
import type { JsonArray, JsonString, LogicalText, Span } from './nodes';

export type ExecFormResult =
  | { readonly kind: 'json'; readonly array: JsonArray }
  /** Not starting with `[`: plain shell form. */
  | { readonly kind: 'shell' }
  /** Starts with `[` but is not valid JSON: the builder silently runs it as shell form. */
  | { readonly kind: 'invalid-json'; readonly reason: string; readonly span: Span }
  /** Valid JSON, but an element is not a string: the builder rejects the instruction. */
  | { readonly kind: 'not-strings'; readonly span: Span };

const MAX_DEPTH = 512;

class Invalid {
  constructor(readonly reason: string, readonly index: number) {}
}

export function parseExecForm(args: LogicalText): ExecFormResult {
  const text = args.text;
  let pos = 0;
  while (pos < text.length && isJsonSpace(text[pos])) pos++;
  if (text[pos] !== '[') return { kind: 'shell' };
  const start = pos;
  const elements: JsonString[] = [];
  let nonString: Span | null = null;

  const skipSpace = () => {
    while (pos < text.length && isJsonSpace(text[pos])) pos++;
  };
  const fail = (reason: string): never => {
    throw new Invalid(reason, pos);
  };
  const parseString = (): string => {
    pos++; // opening quote
    let value = '';
    for (;;) {
      if (pos >= text.length) fail('unterminated string');
      const ch = text[pos];
      if (ch === '"') {
        pos++;
        return value;
      }
      if (ch < ' ') fail('control character in string');
      if (ch !== '\\') {
        value += ch;
        pos++;
        continue;
      }
      const next = text[pos + 1];
      const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (next !== undefined && next in simple) {
        value += simple[next];
        pos += 2;
      } else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) {
        value += String.fromCharCode(parseInt(text.slice(pos + 2, pos + 6), 16));
        pos += 6;
      } else {
        fail('invalid escape in string');
      }
    }
  };
  const parseValue = (depth: number): void => {
    if (depth > MAX_DEPTH) fail('nested too deeply');
    skipSpace();
    const ch = text[pos];
    if (ch === '"') {
      parseString();
    } else if (ch === '[') {
      pos++;
      skipSpace();
      if (text[pos] === ']') { pos++; return; }
      for (;;) {
        parseValue(depth + 1);
        skipSpace();
        if (text[pos] === ',') { pos++; continue; }
        if (text[pos] === ']') { pos++; return; }
        fail(pos >= text.length ? 'missing "]"' : 'expected "," or "]"');
      }
    } else if (ch === '{') {
      pos++;
      skipSpace();
      if (text[pos] === '}') { pos++; return; }
      for (;;) {
        skipSpace();
        if (text[pos] !== '"') fail('expected a key');
        parseString();
        skipSpace();
        if (text[pos] !== ':') fail('expected ":"');
        pos++;
        parseValue(depth + 1);
        skipSpace();
        if (text[pos] === ',') { pos++; continue; }
        if (text[pos] === '}') { pos++; return; }
        fail('expected "," or "}"');
      }
    } else {
      const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(pos, pos + 64));
      if (!literal) fail(ch === "'" ? "strings must use double quotes, not '" : `unexpected "${ch ?? 'end of text'}"`);
      pos += literal![0].length;
    }
  };

  try {
    pos++; // [
    skipSpace();
    if (text[pos] === ']') {
      pos++;
    } else {
      for (;;) {
        skipSpace();
        const elementStart = pos;
        if (text[pos] === '"') {
          const value = parseString();
          elements.push({ value, span: args.spanOf(elementStart, pos) });
        } else {
          parseValue(1);
          nonString ??= args.spanOf(elementStart, pos);
        }
        skipSpace();
        if (text[pos] === ',') { pos++; continue; }
        if (text[pos] === ']') { pos++; break; }
        fail(pos >= text.length ? 'missing "]"' : 'expected "," or "]"');
      }
    }
    skipSpace();
    if (pos < text.length) fail('text after "]"');
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return { kind: 'invalid-json', reason: error.reason, span: args.spanOf(start, text.length) };
  }
  if (nonString) return { kind: 'not-strings', span: nonString };
  return { kind: 'json', array: { elements, span: args.spanOf(start, pos) } };
}

function isJsonSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}
