/** Small readers over instructions that several rules share. */
import type { Dockerfile, Instruction, InstructionKind, Span } from '../../syntax';

// Memos, not state: a tree never changes, and a dozen rules walk the same lists on every lint.
const allMemo = new WeakMap<Dockerfile, readonly Instruction[]>();
const byKindMemo = new WeakMap<Dockerfile, ReadonlyMap<InstructionKind, readonly Instruction[]>>();
const NONE: readonly Instruction[] = [];

/** Every instruction, with each ONBUILD trigger right after its ONBUILD. */
export function allInstructions(tree: Dockerfile): readonly Instruction[] {
  let all = allMemo.get(tree);
  if (!all) {
    const list: Instruction[] = [];
    for (const instruction of tree.instructions) {
      list.push(instruction);
      if (instruction.trigger) list.push(instruction.trigger);
    }
    allMemo.set(tree, (all = list));
  }
  return all;
}

/** The instructions of one kind (ONBUILD triggers included) in file order: rules about one kind skip the rest. */
export function instructionsOfKind(tree: Dockerfile, kind: InstructionKind): readonly Instruction[] {
  let byKind = byKindMemo.get(tree);
  if (!byKind) {
    const map = new Map<InstructionKind, Instruction[]>();
    for (const instruction of allInstructions(tree)) {
      const list = map.get(instruction.kind);
      if (list) list.push(instruction);
      else map.set(instruction.kind, [instruction]);
    }
    byKindMemo.set(tree, (byKind = map));
  }
  return byKind.get(kind) ?? NONE;
}

/** The file's line break: `\r\n` when its first line ends so, else `\n`. */
export function eolOf(text: string): string {
  const newline = text.indexOf('\n');
  return newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
}

/** The whole lines of an instruction, with its final line break: deleting it leaves no blank line. */
export function instructionLines(text: string, instruction: Instruction): Span {
  const start = text.lastIndexOf('\n', instruction.span.start - 1) + 1;
  const newline = text.indexOf('\n', instruction.span.end);
  return { start, end: newline < 0 ? text.length : newline + 1 };
}

/** The span of a flag together with the blanks after it, so deleting it keeps one space between words. */
export function flagWithSpace(text: string, span: Span): Span {
  let end = span.end;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  return { start: span.start, end };
}


/** The FROM clause of an instruction: image word, `AS` word and name word when present. */
export function fromWords(from: Instruction) {
  const words = from.words;
  const named = words.length >= 3;
  return { image: words[0] ?? null, as: named ? words[1] : null, name: named ? words[2] : null };
}
