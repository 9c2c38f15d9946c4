import type { LogicalText, Span } from './nodes';

/** A piece of one physical line that belongs to a logical (continued) line. */
export interface Segment {
  /** Document offset of the segment's first character. */
  readonly offset: number;
  readonly text: string;
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
    const start = this.offsetAt(from);
    return { start, end: to > from ? this.offsetAt(to - 1) + 1 : start };
  }

  slice(from: number, to: number): LogicalText {
    const a = Math.max(0, Math.min(from, this.text.length));
    const b = Math.max(a, Math.min(to, this.text.length));
    return new LineText(this.text.slice(a, b), this.offsetAt(from));
  }
}

class JoinedText implements LogicalText {
  readonly text: string;
  readonly span: Span;
  /** Start index in `text` of each segment. */
  private readonly starts: number[];
  /** Segment index of the last lookup: a memo of where readers are, not state that changes answers. */
  private hint = 0;

  constructor(private readonly segments: readonly Segment[], emptyAt: number) {
    const starts: number[] = [];
    let length = 0;
    for (const segment of segments) {
      starts.push(length);
      length += segment.text.length;
    }
    this.starts = starts;
    this.text = segments.length === 1 ? segments[0].text : segments.map((s) => s.text).join('');
    if (segments.length === 0) {
      this.span = { start: emptyAt, end: emptyAt };
    } else {
      const last = segments[segments.length - 1];
      this.span = { start: segments[0].offset, end: last.offset + last.text.length };
    }
  }

  offsetAt(index: number): number {
    if (index >= this.text.length || this.segments.length === 0) return this.span.end;
    if (index <= 0) return this.span.start;
    const i = this.segmentAt(index);
    return this.segments[i].offset + (index - this.starts[i]);
  }

  spanOf(from: number, to: number): Span {
    const start = this.offsetAt(from);
    return { start, end: to > from ? this.offsetAt(to - 1) + 1 : start };
  }

  slice(from: number, to: number): LogicalText {
    const pieces: Segment[] = [];
    for (let i = 0; i < this.segments.length; i++) {
      const segStart = this.starts[i];
      const segEnd = segStart + this.segments[i].text.length;
      const a = Math.max(from, segStart);
      const b = Math.min(to, segEnd);
      if (b > a) pieces.push({ offset: this.segments[i].offset + (a - segStart), text: this.segments[i].text.slice(a - segStart, b - segStart) });
    }
    return pieces.length === 1 ? new LineText(pieces[0].text, pieces[0].offset) : new JoinedText(pieces, this.offsetAt(from));
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
  if (segments.length === 1 && segments[0].text.length > 0) return new LineText(segments[0].text, segments[0].offset);
  const pieces = segments.filter((s) => s.text.length > 0);
  return pieces.length === 1 ? new LineText(pieces[0].text, pieces[0].offset) : new JoinedText(pieces, emptyAt);
}

/** One physical line's text as a logical text. */
export function lineText(text: string, offset: number): LogicalText {
  return new LineText(text, offset);
}
