/** Semantic tokens: instruction keywords, flags, variables, stage names, comments, directives, heredoc markers. */
import type { Analysis } from '../analysis';
import type { Instruction, Span } from '../syntax';
import { mountFields, symbolIndex } from './symbolIndex';

/** The legend: the server announces these lists and token indices refer to them. */
export const TOKEN_TYPES = ['keyword', 'parameter', 'property', 'string', 'variable', 'class', 'comment', 'macro', 'label'] as const;
export const TOKEN_MODIFIERS = ['declaration', 'definition', 'readonly', 'defaultLibrary'] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export interface Token {
  readonly span: Span;
  readonly type: TokenType;
  readonly modifiers: readonly TokenModifier[];
}

/** Tokens in document order, none overlapping and none crossing a line break. */
export function semanticTokens(analysis: Analysis, range?: Span): Token[] {
  const { tree, text } = analysis;
  const base: Token[] = [];
  const top: Token[] = [];
  const directiveLines = new Set(tree.directives.map((d) => d.span.start));
  for (const directive of tree.directives) {
    base.push(token(directive.nameSpan, 'macro'), token(directive.valueSpan, 'string'));
  }
  for (const comment of tree.comments) if (!directiveLines.has(comment.span.start)) base.push(token(comment.span, 'comment'));
  for (const instruction of tree.instructions) {
    if (range && (instruction.span.end < range.start || instruction.span.start > range.end)) continue;
    for (let i: Instruction | null = instruction; i; i = i.trigger) instructionTokens(analysis, i, base, top);
  }
  for (const o of symbolIndex(analysis).occurrences) {
    if (range && (o.span.end < range.start || o.span.start > range.end)) continue;
    const modifiers: TokenModifier[] = o.role === 'definition' ? (o.kind === 'stage' ? ['declaration', 'definition'] : ['declaration']) : [];
    if (o.role === 'reference' && o.kind === 'variable' && !o.declaration && /^(TARGET|BUILD)(PLATFORM|OS|ARCH|VARIANT)$/.test(o.name)) modifiers.push('defaultLibrary');
    top.push({ span: o.span, type: o.kind === 'stage' ? 'class' : 'variable', modifiers });
  }
  const merged = subtract(base, top).concat(top).sort((a, b) => a.span.start - b.span.start);
  const result: Token[] = [];
  for (const t of merged) {
    if (range && (t.span.end < range.start || t.span.start > range.end)) continue;
    for (const piece of splitLines(text, t.span)) result.push({ ...t, span: piece });
  }
  return result;
}

function token(span: Span, type: TokenType, modifiers: readonly TokenModifier[] = []): Token {
  return { span, type, modifiers };
}

function instructionTokens(analysis: Analysis, instruction: Instruction, base: Token[], top: Token[]): void {
  base.push(token(instruction.keywordSpan, 'keyword'));
  for (const flag of instruction.flags) {
    top.push(token({ start: flag.span.start, end: flag.nameSpan.end }, 'parameter'));
    if (!flag.valueSpan) continue;
    if (flag.name.toLowerCase() === 'mount') {
      for (const field of mountFields(analysis.text, flag.valueSpan)) {
        top.push(token(field.keySpan, 'property'));
        base.push(token(field.valueSpan, 'string'));
      }
    } else {
      base.push(token(flag.valueSpan, 'string'));
    }
  }
  const words = instruction.words;
  if (instruction.kind === 'FROM' && words[1]?.value.toLowerCase() === 'as') base.push(token(words[1].span, 'keyword'));
  if (instruction.kind === 'HEALTHCHECK' && words[0] && /^(cmd|none)$/i.test(words[0].value)) base.push(token(words[0].span, 'keyword'));
  for (const heredoc of instruction.heredocs) {
    base.push(token(heredoc.markerSpan, 'label'));
    if (heredoc.terminatorSpan) base.push(token(heredoc.terminatorSpan, 'label'));
  }
}

/** Base tokens with the parts covered by top tokens cut out. */
function subtract(base: Token[], top: readonly Token[]): Token[] {
  const cuts = [...top].sort((a, b) => a.span.start - b.span.start);
  // Largest cut end up to each index: lets each base token skip the cuts that end before it (a scan of
  // every cut per token was quadratic: 10,000 variables took seconds).
  const reach: number[] = [];
  for (const cut of cuts) reach.push(Math.max(reach[reach.length - 1] ?? 0, cut.span.end));
  const result: Token[] = [];
  for (const t of base) {
    let start = t.span.start;
    let low = 0;
    let high = cuts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (reach[mid] <= start) low = mid + 1;
      else high = mid;
    }
    for (let k = low; k < cuts.length; k++) {
      const cut = cuts[k];
      if (cut.span.start >= t.span.end) break;
      if (cut.span.end <= start) continue;
      if (cut.span.start > start) result.push({ ...t, span: { start, end: cut.span.start } });
      start = Math.max(start, cut.span.end);
    }
    if (start < t.span.end) result.push({ ...t, span: { start, end: t.span.end } });
  }
  return result;
}

function splitLines(text: string, span: Span): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    const ch = text[i];
    if (ch !== '\n' && ch !== '\r') continue;
    if (i > start) pieces.push({ start, end: i });
    start = i + 1;
  }
  if (span.end > start) pieces.push({ start, end: span.end });
  return pieces;
}
