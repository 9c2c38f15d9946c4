/** Finding the instruction, stage and word under an offset: shared by the position-based features. */
import type { Analysis } from '../analysis';
import type { StageModel } from '../model';
import type { Instruction, Span } from '../syntax';

export function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/** The top-level instruction whose span holds `offset`. */
export function instructionAt(analysis: Analysis, offset: number): Instruction | null {
  return itemAt(analysis.tree.instructions, offset);
}

/** The item of an ordered, non-overlapping list whose span holds `offset` (binary search). */
export function itemAt<T extends { readonly span: Span }>(list: readonly T[], offset: number): T | null {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = list[mid].span;
    if (offset < span.start) high = mid - 1;
    else if (offset > span.end) low = mid + 1;
    else return list[mid];
  }
  return null;
}

/**
 * The instruction at `offset`, or the one whose last line ends with the escape character when the cursor
 * is on the blank line after it (the user is typing its continuation).
 */
export function instructionAtOrContinued(analysis: Analysis, offset: number): Instruction | null {
  const found = instructionAt(analysis, offset);
  if (found) return found;
  const { text, tree } = analysis;
  let before = offset;
  while (before > 0 && /[ \t]/.test(text[before - 1])) before--;
  if (before > 0 && text[before - 1] === '\n') before--;
  if (before > 0 && text[before - 1] === '\r') before--;
  if (before === offset || !/^[ \t]*$/.test(text.slice(before, offset).replace(/\r?\n/, ''))) return null;
  const previous = instructionAt(analysis, before);
  if (!previous || previous.heredocs.length > 0) return null;
  const lastLine = text.slice(text.lastIndexOf('\n', before - 1) + 1, before).trimEnd();
  return lastLine.endsWith(tree.escapeChar) ? previous : null;
}

/** The stage whose range holds `offset`: from its FROM up to the next FROM (comments between belong to it). */
export function stageAt(analysis: Analysis, offset: number): StageModel | null {
  const stages = analysis.image.stages;
  let found: StageModel | null = null;
  for (const stage of stages) {
    if (stage.start <= offset) found = stage;
    else break;
  }
  return found;
}

/** Layer-making effect of an instruction kind, in words, for completion and signature docs. */
export function effectNote(kind: string): string {
  switch (kind) {
    case 'RUN':
      return 'Creates a new filesystem layer with everything the command writes.';
    case 'COPY':
    case 'ADD':
      return 'Creates a new filesystem layer with the copied files.';
    case 'WORKDIR':
      return 'Creates a small layer holding the directory (except `WORKDIR /`).';
    case 'FROM':
      return 'Starts a build stage: the base image layers are the bottom of its stack.';
    case 'ONBUILD':
      return 'No layer now: the trigger runs (and makes its layer) in builds based on this image.';
    default:
      return 'Metadata only: changes the image config, adds no layer.';
  }
}

const caseCache = new WeakMap<Analysis, 'upper' | 'lower'>();

/** Instruction case used in the file: lower when most keywords are written in lower case (memoized). */
export function keywordCase(analysis: Analysis): 'upper' | 'lower' {
  let style = caseCache.get(analysis);
  if (!style) caseCache.set(analysis, (style = countCase(analysis)));
  return style;
}

function countCase(analysis: Analysis): 'upper' | 'lower' {
  let lower = 0;
  let upper = 0;
  for (const i of analysis.tree.instructions) {
    if (i.kind === 'UNKNOWN') continue;
    if (i.keyword === i.keyword.toLowerCase()) lower++;
    else if (i.keyword === i.keyword.toUpperCase()) upper++;
  }
  return lower > upper ? 'lower' : 'upper';
}

export function applyCase(keyword: string, style: 'upper' | 'lower'): string {
  return style === 'lower' ? keyword.toLowerCase() : keyword.toUpperCase();
}
