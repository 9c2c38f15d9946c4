/** Where ARG and ENV variables are declared, with the builder's scoping (global ARGs, per-stage ARG/ENV). */
import type { Analysis } from '../analysis';
import type { Instruction, KeyValue } from '../syntax';

export interface VariableDeclaration {
  readonly name: string;
  readonly kind: 'ARG' | 'ENV';
  readonly instruction: Instruction;
  readonly pair: KeyValue;
  /** Stage index, or -1 for an ARG before the first FROM. */
  readonly stage: number;
}

/** Declarations visible at `offset`, latest first for each name. */
export function visibleDeclarations(analysis: Analysis, offset: number): VariableDeclaration[] {
  const { image } = analysis;
  const globals = declarationsIn(image.preamble, -1);
  const stageIndex = image.stages.findIndex((s) => offset >= s.start && offset <= s.end);
  if (stageIndex < 0) return globals.filter((d) => d.instruction.span.end <= offset).reverse();
  const chain: number[] = [];
  for (let s: number | null = stageIndex; s !== null; s = image.stages[s].baseStage) chain.unshift(s);
  const local: VariableDeclaration[] = [];
  for (const s of chain) {
    const stage = image.stages[s];
    const instructions = stage.steps.map((step) => step.instruction).filter((i) => s !== stageIndex || i.span.end <= offset);
    for (const d of declarationsIn(instructions, s)) {
      // ARG inside a stage also makes a global ARG's default visible (`ARG NAME` without a value).
      local.push(d.kind === 'ARG' && d.pair.value === null ? globals.findLast((g) => g.name === d.name) ?? d : d);
    }
  }
  // Global ARGs are visible in FROM lines only; inside a stage they must be redeclared.
  const onFrom = image.stages[stageIndex].from.span.start <= offset && offset <= image.stages[stageIndex].from.span.end;
  return [...(onFrom ? globals : []), ...local].reverse();
}

export function declarationsIn(instructions: readonly Instruction[], stage: number): VariableDeclaration[] {
  const result: VariableDeclaration[] = [];
  for (const instruction of instructions) {
    if (instruction.kind !== 'ARG' && instruction.kind !== 'ENV') continue;
    for (const pair of instruction.pairs) result.push({ name: pair.key, kind: instruction.kind, instruction, pair, stage });
  }
  return result;
}

/** `$NAME` / `${NAME...}` at an offset of an instruction's text, with its span. */
export function variableAt(text: string, offset: number): { name: string; start: number; end: number } | null {
  const pattern = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}|([A-Za-z_][A-Za-z0-9_]*))/g;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEndRaw = text.indexOf('\n', offset);
  const lineEnd = lineEndRaw < 0 ? text.length : lineEndRaw;
  const line = text.slice(lineStart, lineEnd);
  for (const match of line.matchAll(pattern)) {
    const start = lineStart + match.index!;
    const end = start + match[0].length;
    if (offset >= start && offset <= end) return { name: match[1] ?? match[2], start, end };
  }
  return null;
}
