/**
 * The shell scripts the `shellcheck` rule hands to ShellCheck, one per RUN, each with the map from its
 * characters back to Dockerfile offsets. Like hadolint: a shebang naming the stage's shell, then one
 * `export NAME=1` line per ARG/ENV name in scope (and the predefined proxy ARGs) so SC2154 stays quiet on
 * them, then the script as the builder runs it (continuations joined, heredoc bodies after their command).
 */
import type { Analysis } from '../../analysis';
import { isPosixShell, shellAt } from '../../shell';
import type { Instruction } from '../../syntax';
import { readPragmas } from '../pragmas';
import { runSteps, type RunStep } from './runScripts';

/** Build args every RUN sees without an ARG line (BuildKit's predefined proxy args). */
const PREDEFINED_ARGS = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy'];
/** Shells ShellCheck knows by name; anything else POSIX is checked as `sh`. */
const DIALECTS = new Set(['sh', 'bash', 'dash', 'ksh', 'ash']);
const SHELL_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * Windows images the model cannot tell by name (`stefanscherer/node-windows`): their RUN lines are PowerShell
 * or cmd, and ShellCheck on them is all noise (seen on the corpus).
 */
const WINDOWS_IMAGE = /\bwindows\b|nanoserver|servercore/i;

export interface ShellcheckScript {
  readonly instruction: Instruction;
  /** What ShellCheck reads (always `\n` line ends). */
  readonly text: string;
  /** Dockerfile offset of the character at `index` of `text`; -1 for the added shebang and export lines. */
  offsetAt(index: number): number;
  /** Index in `text` of the last character that comes from the Dockerfile (-1 when none does). */
  readonly lastMapped: number;
}

/** A run of script characters copied from the Dockerfile. */
interface Piece {
  readonly start: number;
  readonly length: number;
  /** Dockerfile offset of the piece's character `index`. */
  offsetAt(index: number): number;
}

// A memo, not state: the same analysis and pragma set always give the same scripts.
const memo = new WeakMap<Analysis, readonly ShellcheckScript[]>();

/** One script per shell-reading RUN of the file (ONBUILD triggers and non-POSIX stages left out). */
export function shellcheckScripts(analysis: Analysis): readonly ShellcheckScript[] {
  const cached = memo.get(analysis);
  if (cached) return cached;
  const scripts: ShellcheckScript[] = [];
  // `# escape=\`` is the Windows convention (a backslash is a path separator there).
  if (analysis.tree.escapeChar === '`') return remember(analysis, scripts);
  const pragmaShells = readPragmas(analysis).shells;
  const nonPosix = new Set(pragmaShells.filter((s) => !isPosixShell(s.shell)).map((s) => s.stage));
  const byInstruction = new Map<Instruction, RunStep>();
  for (const run of runSteps(analysis, nonPosix)) byInstruction.set(run.instruction, run);
  const namesAtEnd = new Map<number, ReadonlySet<string>>();
  const windows = new Set<number>();
  for (const stage of analysis.image.stages) {
    if (stage.baseStage === null ? WINDOWS_IMAGE.test(stage.resolvedBaseImage) : windows.has(stage.baseStage)) {
      windows.add(stage.index);
      continue;
    }
    const names = new Set<string>(stage.baseStage === null ? PREDEFINED_ARGS : namesAtEnd.get(stage.baseStage) ?? PREDEFINED_ARGS);
    let shell = pragmaShells.findLast((s) => s.stage === stage.index && isPosixShell(s.shell))?.shell ?? shellAt(analysis.image, stage, stage.from);
    for (const step of stage.steps) {
      const instruction = step.instruction;
      if (instruction.kind === 'ARG' || instruction.kind === 'ENV') for (const pair of instruction.pairs) if (SHELL_NAME.test(pair.key)) names.add(pair.key);
      if (instruction.kind === 'SHELL' && instruction.json && instruction.json.elements.length > 0) shell = instruction.json.elements[0].value;
      const run = byInstruction.get(instruction);
      if (!run || run.scripts.length === 0 || instruction.heredocs.some((h) => h.terminatorSpan === null)) continue;
      scripts.push(buildScript(analysis.text, run, shell, names));
    }
    namesAtEnd.set(stage.index, names);
  }
  return remember(analysis, scripts);
}

function remember(analysis: Analysis, scripts: readonly ShellcheckScript[]): readonly ShellcheckScript[] {
  memo.set(analysis, scripts);
  return scripts;
}

/**
 * The script as pieces: added text, and runs copied from the Dockerfile with their offset maps (`\r` of
 * `\r\n` dropped). Offsets are found per asked index, so no per-character table is kept for every RUN.
 */
class ScriptText {
  private readonly chunks: string[] = [];
  private readonly pieces: Piece[] = [];
  private length = 0;

  added(text: string): void {
    this.chunks.push(text);
    this.length += text.length;
  }

  mapped(text: string, offsetAt: (index: number) => number): void {
    const kept = text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text;
    const map = kept === text ? offsetAt : (index: number) => offsetAt(rawIndex(text, index));
    if (kept.length > 0) this.pieces.push({ start: this.length, length: kept.length, offsetAt: map });
    this.chunks.push(kept);
    this.length += kept.length;
  }

  finish(instruction: Instruction): ShellcheckScript {
    const joined = this.chunks.join('');
    const pieces = this.pieces;
    const last = pieces[pieces.length - 1];
    return {
      instruction,
      text: joined.endsWith('\n') ? joined : `${joined}\n`,
      lastMapped: last ? last.start + last.length - 1 : -1,
      offsetAt(index) {
        let low = 0;
        let high = pieces.length - 1;
        while (low <= high) {
          const mid = (low + high) >> 1;
          const piece = pieces[mid];
          if (index < piece.start) high = mid - 1;
          else if (index >= piece.start + piece.length) low = mid + 1;
          else return piece.offsetAt(index - piece.start);
        }
        return -1;
      },
    };
  }
}

/** Index in `raw` of the character at `index` of `raw` with each `\r\n` read as `\n`. */
function rawIndex(raw: string, index: number): number {
  let kept = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '\r' && raw[i + 1] === '\n') continue;
    if (kept === index) return i;
    kept++;
  }
  return raw.length;
}

function buildScript(source: string, run: RunStep, shell: string, names: ReadonlySet<string>): ShellcheckScript {
  const instruction = run.instruction;
  const script = new ScriptText();
  const exports = [...names].sort().map((name) => `export ${name}\n`).join('');
  const [first] = run.scripts;
  if (first.kind === 'heredoc') {
    // `RUN <<EOF`: the body is the script; its own shebang, if any, must stay on the first line.
    const { start, end } = first.span;
    const body = source.slice(start, end);
    const shebang = /^#![^\n]*\n/.exec(body);
    if (shebang) script.mapped(shebang[0], (i) => start + i);
    else script.added(`#!/bin/${dialect(heredocInterpreter(instruction) ?? shell)}\n`);
    script.added(exports);
    const from = shebang ? shebang[0].length : 0;
    script.mapped(body.slice(from), (i) => start + from + i);
  } else {
    script.added(`#!/bin/${dialect(shell)}\n${exports}`);
    script.mapped(instruction.args.text, (i) => instruction.args.offsetAt(i));
    // A command that reads heredocs: the builder hands the shell the bodies and delimiters after the line.
    for (const heredoc of instruction.heredocs) {
      script.added('\n');
      const { start } = heredoc.bodySpan;
      script.mapped(source.slice(start, heredoc.bodySpan.end), (i) => start + i);
      if (heredoc.terminatorSpan) {
        const t = heredoc.terminatorSpan.start;
        script.mapped(source.slice(t, heredoc.terminatorSpan.end).replace(/\r?\n$/, ''), (i) => t + i);
      }
    }
  }
  return script.finish(instruction);
}

/** `RUN <<EOF bash`: the interpreter named before the heredoc, if any. */
function heredocInterpreter(instruction: Instruction): string | null {
  return instruction.words.find((w) => !/^\d*<<-?/.test(w.value) && !w.value.startsWith('-'))?.value ?? null;
}

function dialect(shell: string): string {
  const name = shell.slice(Math.max(shell.lastIndexOf('/'), shell.lastIndexOf('\\')) + 1);
  return DIALECTS.has(name) ? name : 'sh';
}
