/**
 * The Dockerfile parser: BuildKit's line rules (directives, comments, continuations, heredocs, flags,
 * exec form) on a text, producing a readonly tree with offsets plus the problems the builder would
 * report. It never throws and does one pass over the text.
 */
import { readDirective } from './directives';
import { findHeredocMarkers } from './heredocMarkers';
import { parseExecForm } from './json';
import { EXEC_FORM_KINDS, HEREDOC_KINDS, instructionKind } from './keywords';
import { joinSegments, lineText, type Segment } from './logicalText';
import type {
  Comment, Directive, Dockerfile, Flag, Heredoc, Instruction, JsonArray, KeyValue, LogicalText, Span, SyntaxProblem, Word,
} from './nodes';
import { isSpace, parseArgPairs, parseNameValue, parseWords, splitCommand, wordRanges, type WordRange } from './words';

/** Reads physical lines as a cursor: after `read()`, `start`, `end` and `next` describe the line. */
class LineReader {
  /** Start of the line just read. */
  start = 0;
  /** End of its content, before trailing `\r`/`\n`. */
  end = 0;
  /** Start of the next line. */
  next: number;

  constructor(private readonly text: string, start: number) {
    this.next = start;
  }

  /** Offset where the next `read()` starts. */
  get position(): number {
    return this.next;
  }

  /** Moves to the next line; false at the end of the text. */
  read(): boolean {
    const text = this.text;
    if (this.next >= text.length) return false;
    const start = this.next;
    const newline = text.indexOf('\n', start);
    let end = newline < 0 ? text.length : newline;
    while (end > start && (text.charCodeAt(end - 1) === 13 || text.charCodeAt(end - 1) === 10)) end--;
    this.start = start;
    this.end = end;
    this.next = newline < 0 ? text.length : newline + 1;
    return true;
  }
}

class Parser {
  private escape: '\\' | '`' = '\\';
  private directivesDone = false;
  private readonly directives: Directive[] = [];
  private readonly instructions: Instruction[] = [];
  private readonly comments: Comment[] = [];
  private readonly problems: SyntaxProblem[] = [];
  private readonly reader: LineReader;
  private readonly contentStart: number;

  constructor(private readonly text: string) {
    this.contentStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.reader = new LineReader(text, this.contentStart);
  }

  parse(): Dockerfile {
    this.reportBinary();
    while (this.reader.read()) this.parseLine();
    return {
      text: this.text,
      escapeChar: this.escape,
      contentStart: this.contentStart,
      directives: this.directives,
      instructions: this.instructions,
      comments: this.comments,
      problems: this.problems,
    };
  }

  /** Parses the line the reader is on, and the lines it continues onto. */
  private parseLine(): void {
    const text = this.text;
    const reader = this.reader;
    const lineEnd = reader.end;
    let leading = reader.start;
    while (leading < lineEnd && isSpace(text[leading])) leading++;
    if (!this.directivesDone) this.readDirectiveLine(text.slice(leading, lineEnd), leading);
    if (text.charCodeAt(leading) === 35 && leading < lineEnd) {
      this.addComment(leading, lineEnd);
      return;
    }
    let contentEnd = this.continuationAt(leading, lineEnd);
    let continued = contentEnd >= 0;
    if (!continued) contentEnd = lineEnd;
    if (!continued && contentEnd === leading) return;
    const firstText = text.slice(leading, contentEnd);
    let segments: Segment[] | null = null;
    let lastEnd = lineEnd;
    while (continued) {
      if (!reader.read()) break;
      const { start, end } = reader;
      let content = start;
      while (content < end && isSpace(text[content])) content++;
      if (text.charCodeAt(content) === 35 && content < end) {
        this.addComment(content, end);
        continue;
      }
      if (content === end) {
        this.problems.push({
          code: 'empty-continuation-line',
          message: 'Empty line inside a continued instruction: builders deprecate this and will reject it. Remove the blank line.',
          span: { start, end: reader.next },
          severity: 'warning',
        });
        continue;
      }
      const pieceEnd = this.continuationAt(start, end);
      continued = pieceEnd >= 0;
      (segments ??= [{ offset: leading, text: firstText }]).push({ offset: start, text: text.slice(start, continued ? pieceEnd : end) });
      lastEnd = end;
    }
    const line = segments === null ? lineText(firstText, leading) : joinSegments(segments, leading);
    this.instructions.push(this.buildInstruction(line, lastEnd, true));
  }

  /**
   * BuildKit's continuation rule on the line `[start, end)`: an escape character (not itself escaped)
   * followed only by blanks. Returns where the content ends before that escape, or -1 when the line
   * does not continue.
   */
  private continuationAt(start: number, end: number): number {
    const text = this.text;
    while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
    if (end > start && text[end - 1] === this.escape && (end - 1 === start || text[end - 2] !== this.escape)) return end - 1;
    return -1;
  }

  private readDirectiveLine(stripped: string, offset: number): void {
    const directive = readDirective(stripped, offset);
    if (!directive) {
      this.directivesDone = true;
      return;
    }
    if (this.directives.some((d) => d.name === directive.name)) {
      this.problems.push({
        code: 'invalid-directive',
        message: `Only one "${directive.name}" parser directive may be used; the builder rejects the file.`,
        span: directive.span,
        severity: 'error',
      });
      return;
    }
    this.directives.push(directive);
    if (directive.name !== 'escape') return;
    if (directive.value === '\\' || directive.value === '`') {
      this.escape = directive.value;
    } else {
      this.problems.push({
        code: 'invalid-directive',
        message: `Invalid escape character "${directive.value}": it must be \\ or \`.`,
        span: directive.valueSpan,
        severity: 'error',
      });
    }
  }

  private addComment(start: number, end: number): void {
    this.comments.push({ text: this.text.slice(start + 1, end).trim(), span: { start, end } });
  }

  private buildInstruction(line: LogicalText, lastEnd: number, readsHeredocs: boolean): ParsedInstruction {
    const parts = splitCommand(line, this.escape);
    const keyword = line.text.slice(parts.keywordFrom, parts.keywordTo);
    const kind = instructionKind(keyword);
    const args = line.slice(parts.argsFrom, parts.argsTo);
    // Words are read eagerly only where the parser itself needs them; the rest on first use (RUN text is long).
    const eager = kind === 'ENV' || kind === 'LABEL' || kind === 'ARG' || kind === 'HEALTHCHECK';
    const ranges = eager ? wordRanges(args, this.escape) : null;
    const trigger = kind === 'ONBUILD' && args.text.length > 0 ? this.buildInstruction(args, lastEnd, false) : null;
    const json = this.execForm(kind, args, ranges && ranges.length > 0 ? ranges[0].value : '');
    let pairs: readonly KeyValue[] = NONE;
    if ((kind === 'ENV' || kind === 'LABEL') && ranges) {
      const result = parseNameValue(args, ranges, kind);
      pairs = result.pairs;
      if (result.error) this.problem(result.pairs.length === 1 && result.pairs[0].value === null ? 'missing-arguments' : 'key-value-syntax', result.error, args.span);
    } else if (kind === 'ARG' && ranges) {
      pairs = parseArgPairs(args, ranges);
    }
    // ONBUILD RUN <<EOF: the bodies follow the ONBUILD line and belong to its trigger.
    const bodyKind = trigger ? trigger.kind : kind;
    const bodyJson = trigger ? trigger.json : json;
    const heredocs = readsHeredocs && HEREDOC_KINDS.has(bodyKind) && !bodyJson && line.text.includes('<<') ? this.readHeredocs(line) : NONE;
    const keywordSpan = line.spanOf(parts.keywordFrom, parts.keywordTo);
    const end = heredocs.length > 0 ? heredocEnd(heredocs[heredocs.length - 1]) : lastEnd;
    return new ParsedInstruction({
      kind,
      keyword,
      keywordSpan,
      span: { start: keywordSpan.start, end: Math.max(end, keywordSpan.end) },
      flags: parts.flags,
      args,
      json,
      pairs,
      heredocs,
      trigger: trigger && heredocs.length > 0 ? trigger.withHeredocs(heredocs) : trigger,
    }, ranges, this.escape);
  }

  private execForm(kind: Instruction['kind'], args: LogicalText, firstWord: string): JsonArray | null {
    if (!EXEC_FORM_KINDS.has(kind)) return null;
    let target = args;
    if (kind === 'HEALTHCHECK') {
      // HEALTHCHECK [options] CMD <command>: the exec form starts after the type word.
      let from = firstWord.length;
      while (from < args.text.length && isSpace(args.text[from])) from++;
      target = args.slice(from, args.text.length);
    }
    const result = parseExecForm(target);
    switch (result.kind) {
      case 'json':
        return result.array;
      case 'shell':
        return null;
      case 'not-strings':
        this.problem('invalid-json-form', 'JSON (exec) form must be an array of strings only; the builder rejects this instruction.', result.span);
        return null;
      case 'invalid-json':
        if (/^\[\s*["']/.test(target.text)) {
          this.problems.push({
            code: 'invalid-json-form',
            message: `This is not valid JSON (${result.reason}), so the builder runs it as a shell command. Use double quotes in a JSON array: ["executable", "arg"].`,
            span: result.span,
            severity: 'warning',
          });
        }
        return null;
    }
  }

  private readHeredocs(line: LogicalText): Heredoc[] {
    const heredocs: Heredoc[] = [];
    for (const marker of findHeredocMarkers(line)) {
      const bodyStart = this.reader.position;
      let terminatorSpan: Span | null = null;
      let bodyEnd = this.text.length;
      while (this.reader.read()) {
        const { start, end } = this.reader;
        let from = start;
        if (marker.chomp) while (from < end && this.text.charCodeAt(from) === 9) from++;
        if (end - from === marker.name.length && this.text.startsWith(marker.name, from)) {
          terminatorSpan = { start, end };
          bodyEnd = start;
          break;
        }
      }
      if (!terminatorSpan) {
        this.problem('unterminated-heredoc', `Heredoc "${marker.name}" is never closed: add a line holding only ${marker.name}.`, marker.span);
      }
      heredocs.push({ ...marker, markerSpan: marker.span, bodySpan: { start: bodyStart, end: bodyEnd }, terminatorSpan });
    }
    return heredocs;
  }

  private reportBinary(): void {
    const nul = this.text.indexOf('\0');
    if (nul < 0) return;
    this.problem('binary-content', 'This file contains NUL bytes: it looks like a binary file, not a Dockerfile.', { start: nul, end: nul + 1 });
  }

  private problem(code: string, message: string, span: Span): void {
    this.problems.push({ code, message, span, severity: 'error' });
  }
}

/** The empty list instructions without pairs or heredocs share. */
const NONE: readonly never[] = Object.freeze([]);

type InstructionFields = Omit<Instruction, 'words'>;

/** An instruction whose words are split on first read (a class: one shape for every instruction). */
class ParsedInstruction implements Instruction {
  readonly kind: Instruction['kind'];
  readonly keyword: string;
  readonly keywordSpan: Span;
  readonly span: Span;
  readonly flags: readonly Flag[];
  readonly args: LogicalText;
  readonly json: JsonArray | null;
  readonly pairs: readonly KeyValue[];
  readonly heredocs: readonly Heredoc[];
  readonly trigger: ParsedInstruction | null;
  private wordList: readonly Word[] | null = null;

  constructor(fields: InstructionFields & { readonly trigger: ParsedInstruction | null }, private ranges: readonly WordRange[] | null, private readonly escape: string) {
    this.kind = fields.kind;
    this.keyword = fields.keyword;
    this.keywordSpan = fields.keywordSpan;
    this.span = fields.span;
    this.flags = fields.flags;
    this.args = fields.args;
    this.json = fields.json;
    this.pairs = fields.pairs;
    this.heredocs = fields.heredocs;
    this.trigger = fields.trigger;
  }

  get words(): readonly Word[] {
    if (this.wordList === null) {
      const args = this.args;
      this.wordList = this.ranges ? this.ranges.map((w) => ({ value: w.value, span: args.spanOf(w.from, w.to) })) : parseWords(args, this.escape);
      this.ranges = null;
    }
    return this.wordList;
  }

  /** The same instruction with heredoc bodies read after its ONBUILD line. */
  withHeredocs(heredocs: readonly Heredoc[]): ParsedInstruction {
    return new ParsedInstruction({ ...this.fields(), heredocs }, this.ranges, this.escape);
  }

  private fields(): InstructionFields & { readonly trigger: ParsedInstruction | null } {
    const { kind, keyword, keywordSpan, span, flags, args, json, pairs, heredocs, trigger } = this;
    return { kind, keyword, keywordSpan, span, flags, args, json, pairs, heredocs, trigger };
  }

  /** Plain data for JSON and test output, words included. */
  toJSON(): Instruction {
    return { ...this.fields(), words: this.words };
  }
}

function heredocEnd(heredoc: Heredoc): number {
  return heredoc.terminatorSpan ? heredoc.terminatorSpan.end : heredoc.bodySpan.end;
}

/** Parses a Dockerfile. Never throws; problems are in `problems`. */
export function parseDockerfile(text: string): Dockerfile {
  return new Parser(text).parse();
}
