/**
 * Inline suppression comments of Layerwise, hadolint, BuildKit and dockerfile-utils (RULES.md §3), read
 * from the comment lines of the tree with what each one covers.
 */
import type { Analysis } from '../analysis';
import type { Instruction, Span } from '../syntax';

export type PragmaTool = 'layerwise' | 'hadolint' | 'buildkit' | 'dockerfile-utils';
export type PragmaReach = 'instruction' | 'stage' | 'file';

export interface PragmaName {
  readonly name: string;
  readonly span: Span;
}

export interface Pragma {
  readonly tool: PragmaTool;
  readonly reach: PragmaReach;
  /** Ids, aliases or check names; empty for `# dockerfile-utils: ignore` (everything). */
  readonly names: readonly PragmaName[];
  /** The comment line. */
  readonly span: Span;
  /** Offset right after the last name: where another name is appended with `,`. */
  readonly listEnd: number;
  /** The document range whose findings it suppresses. */
  readonly covers: Span;
  /** The instruction it applies to (reach `instruction`), or null. */
  readonly instruction: Instruction | null;
}

export interface ShellPragma {
  readonly shell: string;
  readonly span: Span;
  /** Stage index whose shell it sets (-1 before the first FROM). */
  readonly stage: number;
}

export interface PragmaSet {
  readonly pragmas: readonly Pragma[];
  readonly shells: readonly ShellPragma[];
}

const LAYERWISE = /^#[ \t]*layerwise[ \t]+(global[ \t]+)?ignore[ \t]*=[ \t]*/;
const HADOLINT = /^#[ \t]*hadolint[ \t]+(global[ \t]+|stage[ \t]+)?ignore[ \t]*=[ \t]*/;
const HADOLINT_SHELL = /^#[ \t]*hadolint[ \t]+shell[ \t]*=[ \t]*([^\s#]+)/;
const CHECK = /^#[ \t]*check[ \t]*=[ \t]*/i;
const DOCKERFILE_UTILS = /^#[ \t]*dockerfile-utils: ignore[ \t]*$/;

export function readPragmas(analysis: Analysis): PragmaSet {
  const { tree, text } = analysis;
  const instructions = tree.instructions;
  const directiveStarts = new Set(tree.directives.map((d) => d.span.start));
  const whole: Span = { start: 0, end: text.length };
  const pragmas: Pragma[] = [];
  const shells: ShellPragma[] = [];
  let cursor = 0;
  for (const comment of tree.comments) {
    while (cursor < instructions.length && instructions[cursor].span.end <= comment.span.start) cursor++;
    const enclosing = instructions[cursor];
    if (enclosing && enclosing.span.start < comment.span.start) continue; // a comment inside a continued instruction
    const raw = text.slice(comment.span.start, comment.span.end);
    const next = enclosing && adjoins(text, comment.span.end, enclosing.span.start) ? enclosing : null;
    let match: RegExpExecArray | null;
    if ((match = LAYERWISE.exec(raw))) {
      const names = readNames(raw, match[0].length, comment.span.start, /[A-Za-z0-9_-]/);
      if (match[1]) pragmas.push(pragma('layerwise', 'file', names, comment.span, whole, null));
      else if (next) pragmas.push(pragma('layerwise', 'instruction', names, comment.span, next.span, next));
    } else if ((match = HADOLINT.exec(raw))) {
      const names = readNames(raw, match[0].length, comment.span.start, /[DLSC0-9]/);
      const reach = match[1]?.trim();
      if (reach === 'global') pragmas.push(pragma('hadolint', 'file', names, comment.span, whole, null));
      else if (reach === 'stage') pragmas.push(pragma('hadolint', 'stage', names, comment.span, stageRange(instructions, cursor, next, comment.span.end, text.length), null));
      else if (next) pragmas.push(pragma('hadolint', 'instruction', names, comment.span, next.span, next));
    } else if ((match = HADOLINT_SHELL.exec(raw))) {
      const at = enclosing ? enclosing.span.start : text.length;
      shells.push({ shell: match[1], span: comment.span, stage: analysis.image.stages.findLastIndex((s) => s.start <= at) });
    } else if (next && !directiveStarts.has(comment.span.start) && (match = CHECK.exec(raw))) {
      const value = raw.slice(match[0].length).split(/[ \t]/)[0];
      const skip = /^skip=([^;]*)/i.exec(value.split(';').find((p) => /^skip=/i.test(p.trim()))?.trim() ?? '');
      if (skip) {
        const listStart = comment.span.start + raw.indexOf(skip[1], match[0].length);
        const names = readNames(raw, listStart - comment.span.start, comment.span.start, /[A-Za-z0-9_-]/);
        pragmas.push(pragma('buildkit', 'instruction', names, comment.span, next.span, next));
      }
    } else if (next && DOCKERFILE_UTILS.test(raw)) {
      pragmas.push(pragma('dockerfile-utils', 'instruction', { names: [], end: comment.span.end }, comment.span, next.span, next));
    }
  }
  return { pragmas, shells };
}

function pragma(tool: PragmaTool, reach: PragmaReach, list: { names: PragmaName[]; end: number }, span: Span, covers: Span, instruction: Instruction | null): Pragma {
  return { tool, reach, names: list.names, span, listEnd: list.names.length > 0 ? list.end : span.end, covers, instruction };
}

/** Comma-separated names starting at `from` of `raw` (spaces allowed around commas); stops at anything else. */
function readNames(raw: string, from: number, base: number, nameChar: RegExp): { names: PragmaName[]; end: number } {
  const names: PragmaName[] = [];
  let pos = from;
  let end = from;
  for (;;) {
    const start = pos;
    while (pos < raw.length && nameChar.test(raw[pos])) pos++;
    if (pos === start) break;
    names.push({ name: raw.slice(start, pos), span: { start: base + start, end: base + pos } });
    end = pos;
    let look = pos;
    while (look < raw.length && (raw[look] === ' ' || raw[look] === '\t')) look++;
    if (raw[look] !== ',') break;
    look++;
    while (look < raw.length && (raw[look] === ' ' || raw[look] === '\t')) look++;
    pos = look;
  }
  return { names, end: base + end };
}

/** True when only comment lines (no blank line) lie between a comment's end and an instruction. */
export function adjoins(text: string, commentEnd: number, instructionStart: number): boolean {
  // Line by line without slicing: the rest of the comment line, then comment lines, then the indentation.
  let newline = text.indexOf('\n', commentEnd);
  if (newline < 0 || newline >= instructionStart) return false;
  for (;;) {
    const lineStart = newline + 1;
    newline = text.indexOf('\n', lineStart);
    let k = lineStart;
    if (newline < 0 || newline >= instructionStart) {
      while (k < instructionStart && WHITESPACE.test(text[k])) k++;
      return k === instructionStart;
    }
    while (k < newline && WHITESPACE.test(text[k])) k++;
    if (text[k] !== '#') return false;
  }
}

/** What String.prototype.trim removes. */
const WHITESPACE = /\s/;

/** `# hadolint stage ignore=`: from the comment to the next FROM; directly above a FROM, that whole stage. */
function stageRange(instructions: readonly Instruction[], cursor: number, next: Instruction | null, from: number, textEnd: number): Span {
  const start = next?.kind === 'FROM' ? next.span.start : from;
  const firstAfter = next?.kind === 'FROM' ? cursor + 1 : cursor;
  const end = instructions.slice(firstAfter).find((i) => i.kind === 'FROM')?.span.start ?? textEnd;
  return { start, end };
}
