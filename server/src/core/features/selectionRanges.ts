/** Selection ranges: word → flag value/name or argument → flag → arguments → instruction → stage → file. */
import type { Analysis } from '../analysis';
import type { Span } from '../syntax';
import { contains, instructionAt, stageAt } from './locate';

/** Nested spans around `offset`, innermost first, each strictly larger than the one before. */
export function selectionRangesAt(analysis: Analysis, offset: number): Span[] {
  const { text } = analysis;
  const candidates: Span[] = [];
  let start = offset;
  let end = offset;
  while (start > 0 && /[A-Za-z0-9_]/.test(text[start - 1])) start--;
  while (end < text.length && /[A-Za-z0-9_]/.test(text[end])) end++;
  if (end > start) candidates.push({ start, end });
  const outer = instructionAt(analysis, offset);
  for (let instruction = outer; instruction; instruction = instruction.trigger && contains(instruction.trigger.span, offset) ? instruction.trigger : null) {
    for (const flag of instruction.flags) {
      if (!contains(flag.span, offset)) continue;
      if (flag.valueSpan && contains(flag.valueSpan, offset)) candidates.push(flag.valueSpan);
      else if (contains(flag.nameSpan, offset)) candidates.push(flag.nameSpan);
      candidates.push(flag.span);
    }
    for (const pair of instruction.pairs) {
      if (contains(pair.keySpan, offset)) candidates.push(pair.keySpan);
      if (pair.valueSpan && contains(pair.valueSpan, offset)) candidates.push(pair.valueSpan);
      const whole = { start: pair.keySpan.start, end: pair.valueSpan?.end ?? pair.keySpan.end };
      if (contains(whole, offset)) candidates.push(whole);
    }
    if (instruction.json) {
      for (const element of instruction.json.elements) if (contains(element.span, offset)) candidates.push({ start: element.span.start + 1, end: element.span.end - 1 }, element.span);
    }
    for (const word of instruction.words) if (contains(word.span, offset)) candidates.push(word.span);
    for (const heredoc of instruction.heredocs) if (contains(heredoc.bodySpan, offset)) candidates.push(heredoc.bodySpan);
    if (contains(instruction.args.span, offset)) candidates.push(instruction.args.span);
    candidates.push(instruction.span);
  }
  const stage = stageAt(analysis, offset);
  if (stage && contains({ start: stage.start, end: stage.end }, offset)) candidates.push({ start: stage.start, end: stage.end });
  candidates.push({ start: 0, end: text.length });
  candidates.sort((a, b) => a.end - a.start - (b.end - b.start));
  const result: Span[] = [];
  for (const span of candidates) {
    const last = result[result.length - 1];
    if (last && (span.end - span.start <= last.end - last.start || span.start > last.start || span.end < last.end)) continue;
    result.push(span);
  }
  return result;
}
