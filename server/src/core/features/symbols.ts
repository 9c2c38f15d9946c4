/** Document symbols (stages holding their instructions and variables) and workspace symbol search. */
import type { Analysis } from '../analysis';
import { instructionLabel } from '../model';
import type { Instruction, Span } from '../syntax';

export type OutlineKind = 'stage' | 'instruction' | 'variable' | 'label';

export interface OutlineSymbol {
  readonly name: string;
  readonly detail: string;
  readonly kind: OutlineKind;
  /** Whole extent (stage: FROM to its last instruction). */
  readonly span: Span;
  /** What to select: the stage name, the keyword, the variable name. */
  readonly selection: Span;
  readonly children: readonly OutlineSymbol[];
}

export function documentSymbols(analysis: Analysis): OutlineSymbol[] {
  const result: OutlineSymbol[] = analysis.image.preamble.map(instructionSymbol);
  for (const stage of analysis.image.stages) {
    const nameWord = stage.name !== null ? stage.from.words[2] : null;
    const own = stage.steps.filter((s) => s.onbuild === null).map((s) => s.instruction);
    result.push({
      name: stage.name ?? `stage ${stage.index}`,
      detail: `FROM ${stage.baseImage} · ${stage.layerCount} layer${stage.layerCount === 1 ? '' : 's'}${stage.isTarget ? ' · target' : stage.ships ? '' : ' · build-only'}`,
      kind: 'stage',
      span: { start: stage.start, end: stage.end },
      selection: nameWord ? nameWord.span : stage.from.keywordSpan,
      children: own.map(instructionSymbol),
    });
  }
  return result;
}

function instructionSymbol(instruction: Instruction): OutlineSymbol {
  const children: OutlineSymbol[] = [];
  if (instruction.kind === 'ARG' || instruction.kind === 'ENV' || instruction.kind === 'LABEL') {
    for (const pair of instruction.pairs) {
      children.push({
        name: pair.key,
        detail: pair.value ?? '',
        kind: instruction.kind === 'LABEL' ? 'label' : 'variable',
        span: { start: pair.keySpan.start, end: pair.valueSpan?.end ?? pair.keySpan.end },
        selection: pair.keySpan,
        children: [],
      });
    }
  }
  const label = instructionLabel({ instruction });
  const keyword = instruction.kind === 'UNKNOWN' ? instruction.keyword.toUpperCase() : instruction.kind;
  return {
    name: keyword,
    detail: label.slice(keyword.length).trim(),
    kind: 'instruction',
    span: instruction.span,
    selection: instruction.keywordSpan,
    children,
  };
}

export interface WorkspaceSymbol {
  readonly name: string;
  readonly kind: 'stage' | 'variable';
  readonly span: Span;
  /** The stage a variable belongs to, or null. */
  readonly container: string | null;
}

/** Stage names and ARG/ENV declarations matching a query (case-insensitive, characters in order). */
export function workspaceSymbols(analysis: Analysis, query: string): WorkspaceSymbol[] {
  const result: WorkspaceSymbol[] = [];
  const matches = matcher(query);
  const variables = (instructions: readonly Instruction[], container: string | null) => {
    for (const instruction of instructions) {
      if (instruction.kind !== 'ARG' && instruction.kind !== 'ENV') continue;
      for (const pair of instruction.pairs) if (matches(pair.key)) result.push({ name: pair.key, kind: 'variable', span: pair.keySpan, container });
    }
  };
  variables(analysis.image.preamble, null);
  for (const stage of analysis.image.stages) {
    const label = stage.name ?? `stage ${stage.index}`;
    if (stage.name !== null && matches(stage.name)) result.push({ name: stage.name, kind: 'stage', span: stage.from.words[2]?.span ?? stage.from.keywordSpan, container: null });
    variables(stage.steps.filter((s) => s.onbuild === null).map((s) => s.instruction), label);
  }
  return result;
}

function matcher(query: string): (name: string) => boolean {
  const q = query.toLowerCase();
  return (name) => {
    const n = name.toLowerCase();
    let at = 0;
    for (const ch of q) {
      at = n.indexOf(ch, at);
      if (at < 0) return false;
      at++;
    }
    return true;
  };
}
