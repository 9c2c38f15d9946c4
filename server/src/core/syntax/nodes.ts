/**
 * The readonly syntax tree of a Dockerfile. Every node carries document offsets (UTF-16 code units,
 * as JavaScript strings index them); line/character positions are computed only at the editor edge.
 */

/** Half-open range of document offsets: `start <= offset < end`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export const INSTRUCTION_KINDS = [
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
] as const;

/** A known Dockerfile instruction, or `UNKNOWN` for a first word the builder does not know. */
export type InstructionKind = (typeof INSTRUCTION_KINDS)[number] | 'UNKNOWN';

/**
 * Argument text of an instruction as the builder sees it: continuation lines joined, escape characters
 * at line ends removed, comment lines inside the continuation dropped.
 */
export interface LogicalText {
  readonly text: string;
  readonly span: Span;
  /** Document offset of the character at `index`; `text.length` maps to `span.end`. */
  offsetAt(index: number): number;
  /** Document span of the characters `[from, to)`. */
  spanOf(from: number, to: number): Span;
  /** The characters `[from, to)` as a logical text of their own. */
  slice(from: number, to: number): LogicalText;
}

/** A word of an argument list with its text as written (quotes and escapes kept). */
export interface Word {
  readonly value: string;
  readonly span: Span;
}

/** `--name=value` or `--name` before the arguments. */
export interface Flag {
  readonly name: string;
  /** Value after `=` with quotes and escapes processed as BuildKit does; null when there is no `=`. */
  readonly value: string | null;
  readonly span: Span;
  readonly nameSpan: Span;
  readonly valueSpan: Span | null;
}

export interface JsonString {
  /** Decoded string value. */
  readonly value: string;
  /** Span including the quotes. */
  readonly span: Span;
}

/** Exec (JSON array) form: `["a", "b"]`. */
export interface JsonArray {
  readonly elements: readonly JsonString[];
  readonly span: Span;
}

/** `name=value` (or legacy `name value`) pair of ENV, LABEL and ARG. */
export interface KeyValue {
  readonly key: string;
  readonly keySpan: Span;
  /** Value as written (quotes kept), null for `ARG NAME` without default. */
  readonly value: string | null;
  readonly valueSpan: Span | null;
  /** `=` for `key=value`, `` (empty) for the legacy whitespace form. */
  readonly separator: '=' | '';
}

export interface Heredoc {
  /** Delimiter word without quotes. */
  readonly name: string;
  /** False when the delimiter was quoted: the body is then taken literally. */
  readonly expand: boolean;
  /** `<<-`: leading tabs are stripped from body lines and the delimiter line. */
  readonly chomp: boolean;
  /** File descriptor before `<<` (`3<<EOF`), or null. */
  readonly fd: number | null;
  /** The `<<EOF` marker on the instruction line. */
  readonly markerSpan: Span;
  /** The body lines, including their line breaks. */
  readonly bodySpan: Span;
  /** The delimiter line, or null when the file ended before it. */
  readonly terminatorSpan: Span | null;
}

export interface Instruction {
  readonly kind: InstructionKind;
  /** First word as written (`run`, `Run`, `RUNN`). */
  readonly keyword: string;
  readonly keywordSpan: Span;
  /** From the keyword to the end of the last line (continuations and heredoc bodies included). */
  readonly span: Span;
  readonly flags: readonly Flag[];
  /** Everything after the flags, trimmed. */
  readonly args: LogicalText;
  /** Whitespace-separated words of `args`; quotes keep words together and stay in the value. */
  readonly words: readonly Word[];
  /** The exec form, when `args` (for HEALTHCHECK: after `CMD`) is a JSON array of strings. */
  readonly json: JsonArray | null;
  /** ENV / LABEL / ARG pairs. */
  readonly pairs: readonly KeyValue[];
  readonly heredocs: readonly Heredoc[];
  /** The instruction an ONBUILD registers. */
  readonly trigger: Instruction | null;
}

/** `# name=value` in the directive block at the top of the file. */
export interface Directive {
  /** Lower-cased name: `syntax`, `escape` or `check`. */
  readonly name: string;
  readonly rawName: string;
  readonly value: string;
  readonly span: Span;
  readonly nameSpan: Span;
  readonly valueSpan: Span;
}

export interface Comment {
  /** Text after `#`, trimmed. */
  readonly text: string;
  readonly span: Span;
}

export type ProblemSeverity = 'error' | 'warning';

/** Something the builder would reject or warn about while parsing. The parser never throws. */
export interface SyntaxProblem {
  /** Rule id of RULES.md (e.g. `unterminated-heredoc`). */
  readonly code: string;
  readonly message: string;
  readonly span: Span;
  readonly severity: ProblemSeverity;
}

export interface Dockerfile {
  readonly text: string;
  readonly escapeChar: '\\' | '`';
  /** Offset after a UTF-8 byte-order mark (0 or 1). */
  readonly contentStart: number;
  readonly directives: readonly Directive[];
  readonly instructions: readonly Instruction[];
  readonly comments: readonly Comment[];
  readonly problems: readonly SyntaxProblem[];
}
