import type { LogicalText, Span } from './nodes';

/** A piece of one physical line that belongs to a logical (continued) line. */
export interface Segment {
  /** Document offset of the segment's first character. */
  readonly offset: number;
  readonly text: string;
}

/** Document span of the characters `[from, to)` of a logical text (empty at `from` when `to <= from`). */
function spanThrough(text: LogicalText, from: number, to: number): Span {
  const start = text.offsetAt(from);
  return { start, end: to > from ? text.offsetAt(to - 1) + 1 : start };
}

/** The text of one physical line (most instructions): offsets are a constant shift, no segment search. */
class LineText implements LogicalText {
  readonly span: Span;

  constructor(readonly text: string, private readonly offset: number) {
    this.span = { start: offset, end: offset + text.length };
  }

  offsetAt(index: number): number {
    if (index >= this.text.length) return this.span.end;
    return index <= 0 ? this.offset : this.offset + index;
  }

  spanOf(from: number, to: number): Span {
    return spanThrough(this, from, to);
  }

  slice(from: number, to: number): LogicalText {
    const a = Math.max(0, Math.min(from, this.text.length));
    const b = Math.max(a, Math.min(to, this.text.length));
    return new LineText(this.text.slice(a, b), this.offsetAt(from));
  }
}

/** Pieces of several physical lines joined: segment `i` starts at `starts[i]` in `text` and at `offsets[i]` in the document. */
class JoinedText implements LogicalText {
  readonly span: Span;
  /** Segment index of the last lookup: a memo of where readers are, not state that changes answers. */
  private hint = 0;

  /** Every segment is non-empty and there are at least two. */
  constructor(readonly text: string, private readonly starts: readonly number[], private readonly offsets: readonly number[]) {
    const last = starts.length - 1;
    this.span = { start: offsets[0], end: offsets[last] + (text.length - starts[last]) };
  }

  offsetAt(index: number): number {
    if (index >= this.text.length) return this.span.end;
    if (index <= 0) return this.span.start;
    const i = this.segmentAt(index);
    return this.offsets[i] + (index - this.starts[i]);
  }

  spanOf(from: number, to: number): Span {
    return spanThrough(this, from, to);
  }

  slice(from: number, to: number): LogicalText {
    const a = Math.max(from, 0);
    const b = Math.min(to, this.text.length);
    if (b <= a) return new LineText('', this.offsetAt(from));
    const first = this.segmentAt(a);
    const last = this.segmentAt(b - 1);
    const text = this.text.slice(a, b);
    if (first === last) return new LineText(text, this.offsets[first] + (a - this.starts[first]));
    // Exact-size lists (pushing reserves room for 16 more): a continued RUN's arguments live as long as its version.
    const starts = this.starts.slice(first, last + 1).map((start) => Math.max(start - a, 0));
    const offsets = this.offsets.slice(first, last + 1);
    offsets[0] += a - this.starts[first];
    return new JoinedText(text, starts, offsets);
  }

  private segmentAt(index: number): number {
    const starts = this.starts;
    // Readers walk a text forwards (words, shell tokens): try the segment of the previous answer first.
    const hint = this.hint;
    if (starts[hint] <= index && (hint + 1 === starts.length || starts[hint + 1] > index)) return hint;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= index) low = mid;
      else high = mid - 1;
    }
    this.hint = low;
    return low;
  }
}

/** Joins line segments into one logical text; `emptyAt` is its position when there is no segment. */
export function joinSegments(segments: readonly Segment[], emptyAt: number): LogicalText {
  const pieces = segments.filter((s) => s.text.length > 0);
  if (pieces.length === 0) return new LineText('', emptyAt);
  if (pieces.length === 1) return new LineText(pieces[0].text, pieces[0].offset);
  let length = 0;
  const starts = pieces.map((piece) => {
    const start = length;
    length += piece.text.length;
    return start;
  });
  return new JoinedText(pieces.map((p) => p.text).join(''), starts, pieces.map((p) => p.offset));
}

/** One physical line's text as a logical text. */
export function lineText(text: string, offset: number): LogicalText {
  return new LineText(text, offset);
}
