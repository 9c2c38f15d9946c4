/** The shell scripts a RUN instruction runs: its shell-form text, or a heredoc body used as the script. */
import type { Dockerfile, Heredoc, Instruction } from '../syntax';
import { splitCommands } from './commands';
import type { ScriptSource, ShellScript } from './types';

const POSIX_INTERPRETERS = /^(?:\/(?:usr\/)?bin\/)?(?:sh|bash|ash|dash)$/;

/**
 * Scripts of a RUN (or of a shell-form CMD/ENTRYPOINT when asked): none for exec form; the heredoc body when
 * the command is only heredoc markers (optionally with a POSIX interpreter, `RUN <<EOF bash`) and the body
 * has no shebang naming another interpreter; otherwise the shell-form text (heredoc bodies are then data).
 */
export function scriptsOf(instruction: Instruction, tree: Dockerfile): ShellScript[] {
  if (instruction.json) return [];
  // The instruction's own line ending (scanning the whole file per RUN would cost O(file) each time).
  const newline = tree.text.indexOf('\n', instruction.span.start);
  const lineBreak = newline > 0 && tree.text[newline - 1] === '\r' ? '\r\n' : '\n';
  const heredocScripts = heredocBodies(instruction);
  if (heredocScripts !== null) {
    return heredocScripts.filter((h) => isPosixBody(tree.text, h)).map((h) => heredocScript(tree.text, h, lineBreak));
  }
  if (instruction.args.text.trim() === '') return [];
  return [parseScript(instruction.args, 'shell-form', lineBreak)];
}

/** Splits arbitrary text (e.g. for tests or other instructions) into a script. */
export function parseScript(source: ScriptSource & { readonly span?: { start: number; end: number } }, kind: ShellScript['kind'], lineBreak: '\n' | '\r\n' = '\n'): ShellScript {
  const { commands, appendAfter } = splitCommands(source, kind === 'heredoc');
  const appendAt = appendAfter === null ? null : source.offsetAt(appendAfter - 1) + 1;
  const span = source.span ?? { start: source.offsetAt(0), end: source.offsetAt(source.text.length) };
  return { kind, commands, span, appendAt, insertLineAt: null, lineBreak };
}

/** Heredocs that form the script, or null when the shell-form text is the script. */
function heredocBodies(instruction: Instruction): Heredoc[] | null {
  if (instruction.heredocs.length === 0) return null;
  const rest = instruction.words.filter((w) => !/^\d*<<-?/.test(w.value));
  if (rest.length === 0) return [instruction.heredocs[0]];
  if (rest.every((w, i) => (i === 0 ? POSIX_INTERPRETERS.test(w.value) : w.value.startsWith('-'))) && instruction.heredocs.length === 1) return [instruction.heredocs[0]];
  return null;
}

function isPosixBody(text: string, heredoc: Heredoc): boolean {
  const body = text.slice(heredoc.bodySpan.start, heredoc.bodySpan.end);
  const shebang = /^#!\s*(\S+)(?:[ \t]+(\S+))?/.exec(body);
  if (!shebang) return true;
  const program = shebang[1].endsWith('/env') && shebang[2] ? shebang[2] : shebang[1];
  return POSIX_INTERPRETERS.test(program) || /^(?:sh|bash|ash|dash)$/.test(program.slice(program.lastIndexOf('/') + 1));
}

function heredocScript(text: string, heredoc: Heredoc, lineBreak: '\n' | '\r\n'): ShellScript {
  const { start, end } = heredoc.bodySpan;
  const source: ScriptSource & { span: { start: number; end: number } } = {
    text: text.slice(start, end),
    offsetAt: (index) => start + index,
    span: heredoc.bodySpan,
  };
  const script = parseScript(source, 'heredoc', lineBreak);
  return { ...script, insertLineAt: heredoc.terminatorSpan ? heredoc.terminatorSpan.start : null };
}
