/**
 * Formatting that never changes what the builder reads: keyword case, one space after keywords and between
 * flags, no indentation before instructions, continuation lines indented by one unit (only where the
 * whitespace is a word separator: never inside quotes, never where a line starts without indentation,
 * since that joins words), trailing blanks trimmed, JSON arrays spaced as `["a", "b"]`. Heredoc bodies,
 * comments outside instructions and blank lines are left alone. Applying the result twice changes nothing.
 */
import type { Analysis } from '../analysis';
import type { Instruction, Span } from '../syntax';
import { applyCase, keywordCase } from './locate';
import type { TextEdit } from './navigation';

export interface FormatOptions {
  readonly insertSpaces: boolean;
  readonly tabSize: number;
}

export function formatDocument(analysis: Analysis, options: FormatOptions): TextEdit[] {
  return formatInstructions(analysis, analysis.tree.instructions, options);
}

/** Edits for the instructions that overlap `range`. */
export function formatRange(analysis: Analysis, range: Span, options: FormatOptions): TextEdit[] {
  const touched = analysis.tree.instructions.filter((i) => i.span.start <= range.end && i.span.end >= range.start);
  return formatInstructions(analysis, touched, options);
}

/** After a newline at `offset`: tidy the instruction just finished and indent a continuation line. */
export function formatOnType(analysis: Analysis, offset: number, options: FormatOptions): TextEdit[] {
  const { lines, text, tree } = analysis;
  const line = lines.lineAt(offset);
  if (line === 0) return [];
  const previousEnd = lines.lineEnd(line - 1);
  const instruction = tree.instructions.find((i) => i.span.start <= previousEnd && previousEnd <= i.span.end) ?? null;
  if (instruction && instruction.heredocs.some((h) => previousEnd >= h.bodySpan.start)) return [];
  const edits = instruction ? formatInstructions(analysis, [instruction], options).filter((e) => e.span.end <= lines.lineStart(line)) : [];
  const previousText = text.slice(lines.lineStart(line - 1), previousEnd).trimEnd();
  const continues = previousText.endsWith(tree.escapeChar) && !previousText.trimStart().startsWith('#') && (instruction !== null || continuesLast(analysis, previousEnd));
  if (continues) {
    const start = lines.lineStart(line);
    let end = start;
    while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
    const unit = indentUnit(options);
    if (text.slice(start, end) !== unit) edits.push({ span: { start, end }, newText: unit });
  }
  return edits;
}

function continuesLast(analysis: Analysis, offset: number): boolean {
  return analysis.tree.instructions.some((i) => i.span.end <= offset && offset - i.span.end <= 2);
}

function indentUnit(options: FormatOptions): string {
  return options.insertSpaces ? ' '.repeat(Math.max(1, options.tabSize)) : '\t';
}

function formatInstructions(analysis: Analysis, instructions: readonly Instruction[], options: FormatOptions): TextEdit[] {
  const style = keywordCase(analysis);
  const edits: TextEdit[] = [];
  for (const instruction of instructions) new InstructionFormatter(analysis, instruction, style, indentUnit(options), edits).run();
  edits.sort((a, b) => a.span.start - b.span.start);
  return edits.filter((e, i) => i === 0 || e.span.start >= edits[i - 1].span.end);
}

class InstructionFormatter {
  private readonly text: string;

  constructor(
    private readonly analysis: Analysis,
    private readonly instruction: Instruction,
    private readonly style: 'upper' | 'lower',
    private readonly unit: string,
    private readonly edits: TextEdit[],
  ) {
    this.text = analysis.text;
  }

  run(): void {
    const { instruction, analysis } = this;
    const { lines } = analysis;
    const firstLine = lines.lineAt(instruction.keywordSpan.start);
    const lineStart = Math.max(lines.lineStart(firstLine), analysis.tree.contentStart);
    if (instruction.keywordSpan.start > lineStart) this.replace(lineStart, instruction.keywordSpan.start, '');
    for (let i: Instruction | null = instruction; i; i = i.trigger) {
      this.keyword(i);
      this.flagGaps(i);
      this.json(i);
    }
    const heredocStart = instruction.heredocs.length > 0 ? instruction.heredocs[0].bodySpan.start : null;
    const lastLine = heredocStart !== null ? lines.lineAt(heredocStart) - 1 : lines.lineAt(instruction.span.end);
    this.lines(firstLine, Math.max(firstLine, lastLine));
  }

  private keyword(instruction: Instruction): void {
    if (instruction.kind === 'UNKNOWN') return;
    const cased = applyCase(instruction.kind, this.style);
    if (cased !== instruction.keyword) this.replace(instruction.keywordSpan.start, instruction.keywordSpan.end, cased);
    this.singleSpace(instruction.keywordSpan.end);
  }

  /** One space between a token and the next one when they are on the same line. */
  private singleSpace(from: number): void {
    let end = from;
    while (end < this.text.length && (this.text[end] === ' ' || this.text[end] === '\t')) end++;
    if (end === from || end >= this.text.length || this.text[end] === '\n' || this.text[end] === '\r') return;
    if (this.text.slice(from, end) !== ' ') this.replace(from, end, ' ');
  }

  private flagGaps(instruction: Instruction): void {
    for (const flag of instruction.flags) this.singleSpace(flag.span.end);
  }

  private json(instruction: Instruction): void {
    const json = instruction.json;
    if (!json || /[\r\n]/.test(this.text.slice(json.span.start, json.span.end))) return;
    const formatted = `[${json.elements.map((e) => this.text.slice(e.span.start, e.span.end)).join(', ')}]`;
    if (formatted !== this.text.slice(json.span.start, json.span.end)) this.replace(json.span.start, json.span.end, formatted);
  }

  /** Trailing blanks of every instruction line, indentation of continuation lines outside quotes. */
  private lines(firstLine: number, lastLine: number): void {
    const { lines, tree } = this.analysis;
    const escape = tree.escapeChar;
    const quote = { value: '' };
    for (let line = firstLine; line <= lastLine; line++) {
      const start = lines.lineStart(line);
      const end = lines.lineEnd(line);
      const content = this.text.slice(start, end);
      const trimmed = content.replace(/[ \t]+$/, '');
      const indentEnd = start + (content.length - content.trimStart().length);
      const isComment = content.trimStart().startsWith('#');
      if (line > firstLine && trimmed.length > 0) {
        const joinsWords = indentEnd > start;
        if ((isComment || (joinsWords && quote.value === '')) && content.slice(0, indentEnd - start) !== this.unit) this.replace(start, indentEnd, this.unit);
      }
      if (trimmed.length < content.length && trimmed.length > 0) this.replace(start + trimmed.length, end, '');
      if (!isComment || line === firstLine) trackQuotes(line === firstLine ? this.text.slice(this.instruction.keywordSpan.end, start + trimmed.length) : trimmed, escape, quote);
    }
  }

  private replace(start: number, end: number, newText: string): void {
    this.edits.push({ span: { start, end }, newText });
  }
}

/** Carries shell-like quote state across a physical line (the continuation escape at the end is ignored). */
function trackQuotes(line: string, escape: string, quote: { value: string }): void {
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote.value === "'") {
      if (ch === "'") quote.value = '';
    } else if (ch === escape) {
      i++;
    } else if (quote.value === '"') {
      if (ch === '"') quote.value = '';
    } else if (ch === '"' || ch === "'") {
      quote.value = ch;
    }
  }
}
