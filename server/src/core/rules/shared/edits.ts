/** Text edits shared by several fixes. */
import type { ShellScript, ShellWord } from '../../shell';
import type { Dockerfile, Instruction } from '../../syntax';
import type { TextEdit } from '../rule';

export function lineBreakOf(text: string): '\n' | '\r\n' {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

export function insertAfter(word: ShellWord, text: string): TextEdit {
  return { span: { start: word.span.end, end: word.span.end }, newText: text };
}

/** Adds a command at the end of a script: ` && cmd` for shell form, a new line before the delimiter for heredocs. */
export function appendCommand(script: ShellScript, command: string): TextEdit | null {
  if (script.kind === 'heredoc') {
    if (script.insertLineAt === null) return null;
    return { span: { start: script.insertLineAt, end: script.insertLineAt }, newText: command + script.lineBreak };
  }
  if (script.appendAt === null) return null;
  return { span: { start: script.appendAt, end: script.appendAt }, newText: ` && ${command}` };
}

/** Removes an instruction with its whole line(s), including the line break after it. */
export function deleteInstruction(tree: Dockerfile, instruction: Instruction): TextEdit {
  const text = tree.text;
  const lineStart = text.lastIndexOf('\n', instruction.span.start - 1) + 1;
  let end = instruction.span.end;
  if (text.startsWith('\r\n', end)) end += 2;
  else if (text[end] === '\n') end += 1;
  return { span: { start: lineStart, end }, newText: '' };
}

/** Offset of the start of the line holding `offset`. */
export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Deletes a word of a command together with the blank before it. */
export function deleteWord(text: string, word: ShellWord): TextEdit {
  let start = word.span.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return { span: { start, end: word.span.end }, newText: '' };
}
