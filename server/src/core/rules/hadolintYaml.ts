/**
 * The YAML that `.hadolint.yaml` files use, read with positions: block and flow mappings and lists, plain,
 * single- and double-quoted scalars, comments, a leading `---`. Anchors, tags, block scalars (`|`, `>`),
 * multi-line plain scalars and several documents are refused with a positioned error instead of guessed.
 * Replaces the `yaml` package (a third of the server bundle) for this one small format.
 */
import type { Span } from '../syntax';

export type YamlScalarValue = string | number | boolean | null;

export type YamlNode =
  | { readonly kind: 'scalar'; readonly value: YamlScalarValue; readonly span: Span }
  | { readonly kind: 'list'; readonly items: readonly YamlNode[]; readonly span: Span }
  | { readonly kind: 'map'; readonly entries: readonly YamlEntry[]; readonly span: Span };

export interface YamlEntry {
  readonly key: YamlNode & { kind: 'scalar' };
  /** Null when the key has no value (`key:` with nothing under it). */
  readonly value: YamlNode | null;
}

export class YamlError extends Error {
  constructor(message: string, readonly span: Span) {
    super(message);
  }
}

/** The document's root node, null for an empty document. Throws YamlError on anything outside the subset. */
export function parseYaml(text: string): YamlNode | null {
  return new Reader(text).document();
}

type Scalar = YamlNode & { kind: 'scalar' };

class Reader {
  private pos = 0;

  constructor(private readonly text: string) {
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  document(): YamlNode | null {
    this.skipBlank();
    if (this.text.startsWith('---', this.pos) && this.endsToken(this.pos + 3)) {
      this.pos += 3;
      this.skipLineEnd();
      this.skipBlank();
    }
    if (this.atEnd()) return null;
    const root = this.block(this.column());
    this.skipBlank();
    if (this.text.startsWith('...', this.pos) && this.endsToken(this.pos + 3)) {
      this.pos += 3;
      this.skipLineEnd();
      this.skipBlank();
    }
    if (!this.atEnd()) {
      if (this.text.startsWith('---', this.pos)) this.fail('Only one YAML document is supported', 3);
      this.fail(this.column() > 0 ? 'Unexpected indentation' : 'Unexpected text after the document', this.lineLength());
    }
    return root;
  }

  /** A block node whose first line starts at the current position, indented by `indent` columns. */
  private block(indent: number): YamlNode {
    if (this.isDash()) return this.blockList(indent);
    const start = this.pos;
    const first = this.inlineValue(false);
    if (first.kind === 'scalar' && this.peek() === ':' && this.endsToken(this.pos + 1)) return this.blockMap(indent, start, first);
    this.skipLineEnd();
    return first;
  }

  private blockList(indent: number): YamlNode {
    const start = this.pos;
    const items: YamlNode[] = [];
    let end = this.pos;
    while (!this.atEnd() && this.column() === indent && this.isDash() && !this.atDocumentMarker()) {
      this.pos++;
      this.skipSpaces();
      if (this.atLineEnd()) {
        this.skipLineEnd();
        this.skipBlank();
        if (this.atEnd() || this.column() <= indent) {
          items.push({ kind: 'scalar', value: null, span: { start: end, end } });
        } else {
          items.push(this.block(this.column()));
        }
      } else {
        items.push(this.block(this.column()));
      }
      end = this.lastEnd(items);
      this.skipBlank();
    }
    this.checkDedent(indent);
    return { kind: 'list', items, span: { start, end } };
  }

  private blockMap(indent: number, start: number, firstKey: Scalar): YamlNode {
    const entries: YamlEntry[] = [];
    let key: Scalar = firstKey;
    for (;;) {
      this.pos++; // the ':'
      this.skipSpaces();
      let value: YamlNode | null = null;
      if (this.atLineEnd()) {
        this.skipLineEnd();
        this.skipBlank();
        // A nested block is indented deeper; a list may also sit at the key's own indentation.
        if (!this.atEnd() && (this.column() > indent || (this.column() === indent && this.isDash()))) value = this.block(this.column());
      } else {
        value = this.inlineValue(false);
        if (value.kind === 'scalar' && this.peek() === ':' && this.endsToken(this.pos + 1)) this.fail('A mapping value cannot start on the same line as its key; put it on the next line, indented', 1);
        this.skipLineEnd();
      }
      entries.push({ key, value });
      this.skipBlank();
      if (this.atEnd() || this.column() < indent || this.atDocumentMarker()) break;
      if (this.column() > indent) this.fail('Unexpected indentation', this.lineLength());
      if (this.isDash()) this.fail('A list item cannot follow a mapping entry at the same indentation', 1);
      key = this.keyScalar();
    }
    const last = entries[entries.length - 1];
    return { kind: 'map', entries, span: { start, end: (last.value ?? last.key).span.end } };
  }

  private keyScalar(): Scalar {
    const key = this.inlineValue(false);
    if (key.kind !== 'scalar' || this.peek() !== ':' || !this.endsToken(this.pos + 1)) {
      this.pos = key.span.start;
      this.fail('Expected "key: value"', this.lineLength());
    }
    return key as Scalar;
  }

  /** A flow collection or a scalar on the current line (inside `[...]`/`{...}` when `inFlow`). */
  private inlineValue(inFlow: boolean): YamlNode {
    const ch = this.peek();
    const start = this.pos;
    if (ch === '[') return this.flowList();
    if (ch === '{') return this.flowMap();
    if (ch === '"' || ch === "'") return this.quoted(ch);
    if (ch === '&' || ch === '*' || ch === '!') this.fail('Anchors, aliases and tags are not supported in this file', 1);
    if ((ch === '|' || ch === '>') && !inFlow) this.fail('Block scalars (| and >) are not supported in this file', 1);
    if (ch === '@' || ch === '`') this.fail(`A plain value cannot start with ${ch}; quote it`, 1);
    while (!this.atEnd()) {
      const c = this.peek();
      if (c === '\n' || c === '\r') break;
      if (c === '#' && (this.pos === start || /\s/.test(this.text[this.pos - 1]))) break;
      if (c === ':' && this.endsToken(this.pos + 1, inFlow)) break;
      if (inFlow && (c === ',' || c === ']' || c === '}' || c === '[' || c === '{')) break;
      this.pos++;
    }
    const raw = this.text.slice(start, this.pos);
    const value = raw.trimEnd();
    const end = start + value.length;
    this.pos = end;
    this.skipSpaces();
    return { kind: 'scalar', value: plainValue(value), span: { start, end } };
  }

  private quoted(quote: '"' | "'"): YamlNode {
    const start = this.pos++;
    let value = '';
    for (;;) {
      if (this.atEnd()) this.failAt('Unterminated quoted string', start, this.pos);
      const c = this.text[this.pos];
      if (c === '\n' || c === '\r') this.failAt('A quoted string must end on the line it starts', start, this.pos);
      if (c === quote) {
        if (quote === "'" && this.text[this.pos + 1] === "'") {
          value += "'";
          this.pos += 2;
          continue;
        }
        this.pos++;
        break;
      }
      if (c === '\\' && quote === '"') {
        value += this.escape();
        continue;
      }
      value += c;
      this.pos++;
    }
    const span = { start, end: this.pos };
    this.skipSpaces();
    return { kind: 'scalar', value, span };
  }

  private escape(): string {
    const at = this.pos;
    const c = this.text[this.pos + 1];
    this.pos += 2;
    const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0', ' ': ' ' };
    if (c !== undefined && c in simple) return simple[c];
    const width = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
    const hex = this.text.slice(this.pos, this.pos + width);
    if (width === 0 || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) this.failAt(`Unknown escape \\${c ?? ''} in a double-quoted string`, at, at + 2);
    this.pos += width;
    return String.fromCodePoint(parseInt(hex, 16));
  }

  private flowList(): YamlNode {
    const start = this.pos++;
    const items: YamlNode[] = [];
    this.skipFlowSpace();
    while (this.peek() !== ']') {
      if (this.atEnd()) this.failAt('Unterminated list: "]" is missing', start, this.pos);
      items.push(this.flowItem());
      this.skipFlowSpace();
      this.flowSeparator(']', 'Unterminated list: "]" is missing', 'Expected "," or "]" in a list', start);
    }
    this.pos++;
    const span = { start, end: this.pos };
    this.skipSpaces();
    return { kind: 'list', items, span };
  }

  private flowMap(): YamlNode {
    const start = this.pos++;
    const entries: YamlEntry[] = [];
    this.skipFlowSpace();
    while (this.peek() !== '}') {
      if (this.atEnd()) this.failAt('Unterminated mapping: "}" is missing', start, this.pos);
      const key = this.flowItem();
      if (key.kind !== 'scalar') this.failAt('A mapping key must be a plain or quoted value', key.span.start, key.span.end);
      this.skipFlowSpace();
      let value: YamlNode | null = null;
      if (this.peek() === ':') {
        this.pos++;
        this.skipFlowSpace();
        if (this.peek() !== ',' && this.peek() !== '}') value = this.flowItem();
        this.skipFlowSpace();
      }
      entries.push({ key: key as Scalar, value });
      this.flowSeparator('}', 'Unterminated mapping: "}" is missing', 'Expected "," or "}" in a mapping', start);
    }
    this.pos++;
    const span = { start, end: this.pos };
    this.skipSpaces();
    return { kind: 'map', entries, span };
  }

  /** After an item of a flow collection opened at `start`: a `,` (and the space after it), or `close` next. */
  private flowSeparator(close: string, unterminated: string, expected: string, start: number): void {
    if (this.peek() === ',') {
      this.pos++;
      this.skipFlowSpace();
    } else if (this.peek() !== close) {
      this.failAt(this.atEnd() ? unterminated : expected, this.atEnd() ? start : this.pos, this.pos + 1);
    }
  }

  private flowItem(): YamlNode {
    const item = this.inlineValue(true);
    if (item.kind === 'scalar' && item.span.start === item.span.end && !'"\''.includes(this.text[item.span.start] ?? '')) {
      this.failAt(`Unexpected ${this.atEnd() ? 'end of file' : JSON.stringify(this.peek())}`, this.pos, this.pos + 1);
    }
    return item;
  }

  private skipFlowSpace(): void {
    for (;;) {
      const c = this.peek();
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.pos++;
      else if (c === '#') this.skipComment();
      else return;
    }
  }

  /** Spaces and tabs within a line. */
  private skipSpaces(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.pos++;
  }

  private skipComment(): void {
    while (!this.atEnd() && this.peek() !== '\n' && this.peek() !== '\r') this.pos++;
  }

  /** The rest of the line must be empty or a comment; moves to the start of the next line. */
  private skipLineEnd(): void {
    this.skipSpaces();
    if (this.peek() === '#') this.skipComment();
    if (!this.atLineEnd()) this.fail('Unexpected text after the value', this.lineLength());
    if (this.peek() === '\r') this.pos++;
    if (this.peek() === '\n') this.pos++;
  }

  /** Skips empty and comment-only lines, stopping at the first character of the next content line. */
  private skipBlank(): void {
    for (;;) {
      while (this.peek() === ' ') this.pos++;
      if (this.peek() === '\t') this.fail('Tabs cannot indent YAML; use spaces', 1);
      if (this.peek() === '#') this.skipComment();
      if (this.peek() === '\r' || this.peek() === '\n') {
        if (this.peek() === '\r') this.pos++;
        if (this.peek() === '\n') this.pos++;
        continue;
      }
      return;
    }
  }

  /** `---` or `...` at the start of a line: the document ends here. */
  private atDocumentMarker(): boolean {
    return this.column() === 0 && (this.text.startsWith('---', this.pos) || this.text.startsWith('...', this.pos)) && this.endsToken(this.pos + 3);
  }

  private isDash(): boolean {
    return this.peek() === '-' && this.endsToken(this.pos + 1);
  }

  /** Whether the character at `at` ends a token: space, tab, line end or end of text (and `,]}` in flow). */
  private endsToken(at: number, inFlow = false): boolean {
    const c = this.text[at];
    return c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r' || (inFlow && (c === ',' || c === ']' || c === '}'));
  }

  private column(): number {
    const lineStart = Math.max(this.text.lastIndexOf('\n', this.pos - 1), this.text.lastIndexOf('\r', this.pos - 1)) + 1;
    return this.pos - lineStart;
  }

  private lineLength(): number {
    let end = this.pos;
    while (end < this.text.length && this.text[end] !== '\n' && this.text[end] !== '\r') end++;
    return Math.max(1, end - this.pos);
  }

  private lastEnd(items: readonly YamlNode[]): number {
    return items[items.length - 1].span.end;
  }

  private checkDedent(indent: number): void {
    if (!this.atEnd() && this.column() > indent) this.fail('Unexpected indentation', this.lineLength());
  }

  private peek(): string | undefined {
    return this.text[this.pos];
  }

  private atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  private atLineEnd(): boolean {
    const c = this.peek();
    return c === undefined || c === '\n' || c === '\r' || c === '#';
  }

  private fail(message: string, length: number): never {
    this.failAt(message, this.pos, this.pos + length);
  }

  private failAt(message: string, start: number, end: number): never {
    throw new YamlError(message, { start: Math.min(start, this.text.length), end: Math.min(Math.max(end, start), this.text.length) });
  }
}

/** YAML 1.2 core schema types of a plain scalar: null, booleans, integers and floats; else the text. */
function plainValue(raw: string): YamlScalarValue {
  if (raw === '' || raw === '~' || raw === 'null' || raw === 'Null' || raw === 'NULL') return null;
  if (raw === 'true' || raw === 'True' || raw === 'TRUE') return true;
  if (raw === 'false' || raw === 'False' || raw === 'FALSE') return false;
  if (/^[-+]?[0-9]+$/.test(raw)) return Number(raw);
  if (/^0x[0-9a-fA-F]+$/.test(raw)) return parseInt(raw.slice(2), 16);
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(raw)) return Number(raw);
  return raw;
}
