/** Small readers over instructions that several rules share. */
import type { Dockerfile, Instruction, Span } from '../../syntax';

/** Every instruction, with each ONBUILD trigger right after its ONBUILD. */
export function* allInstructions(tree: Dockerfile): Generator<Instruction> {
  for (const instruction of tree.instructions) {
    yield instruction;
    if (instruction.trigger) yield instruction.trigger;
  }
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
  const [image, as, name] = from.words;
  return { image: image ?? null, as: from.words.length >= 3 ? as : null, name: from.words.length >= 3 ? name : null };
}
