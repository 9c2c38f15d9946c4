/**
 * The two suppression actions every finding offers (RULES.md §3.4): ignore for this instruction, ignore in
 * this file. When the file already uses hadolint or BuildKit pragmas and the finding carries that tool's
 * name, the edit writes that tool's form, extending an existing line rather than adding a second one.
 */
import type { Analysis } from '../analysis';
import type { Instruction } from '../syntax';
import { readPragmas, type Pragma, type PragmaTool } from './pragmas';
import { aliasTool, type Finding, type Fix, type TextEdit } from './rule';

type Form = Exclude<PragmaTool, 'dockerfile-utils'>;

/** `pragmas` may be passed in when offering actions for many findings of one analysis. */
export function suppressionFixes(analysis: Analysis, finding: Finding, pragmas: readonly Pragma[] = readPragmas(analysis).pragmas): Fix[] {
  const checkDirective = analysis.tree.directives.find((d) => d.name === 'check') ?? null;
  const form = chooseForm(finding, pragmas, checkDirective !== null);
  const name = nameFor(finding, form);
  const fixes: Fix[] = [];
  const instruction = instructionAt(analysis.tree.instructions, finding.span.start);
  if (instruction) {
    const local = form === 'buildkit' && inDirectiveBlock(analysis, instruction) ? 'layerwise' : form;
    const localName = nameFor(finding, local);
    fixes.push({ title: `Ignore ${subject(finding)} for this instruction`, edits: [instructionEdit(analysis, instruction, pragmas, local, localName)], isPreferred: false });
  }
  fixes.push({ title: `Ignore ${subject(finding)} in this file`, edits: [fileEdit(analysis, pragmas, form, name)], isPreferred: false });
  return fixes;
}

/** A ShellCheck finding is ignored by its code (`SC2086`), not by the whole `shellcheck` rule. */
function shellcheckCode(finding: Finding): string | null {
  return finding.aliases.find((a) => aliasTool(a) === 'shellcheck') ?? null;
}

function subject(finding: Finding): string {
  return shellcheckCode(finding) ?? finding.ruleId;
}

function chooseForm(finding: Finding, pragmas: readonly Pragma[], hasCheckDirective: boolean): Form {
  const has = (tool: 'hadolint' | 'buildkit') => finding.aliases.some((a) => aliasTool(a) === tool);
  // hadolint's pragmas take ShellCheck codes too.
  if ((has('hadolint') || shellcheckCode(finding)) && pragmas.some((p) => p.tool === 'hadolint')) return 'hadolint';
  if (has('buildkit') && (hasCheckDirective || pragmas.some((p) => p.tool === 'buildkit'))) return 'buildkit';
  return 'layerwise';
}

function nameFor(finding: Finding, form: Form): string {
  const code = shellcheckCode(finding);
  if (code && form !== 'buildkit') return code;
  if (form === 'layerwise') return finding.ruleId;
  return finding.aliases.find((a) => aliasTool(a) === form) ?? finding.ruleId;
}

function instructionAt(instructions: readonly Instruction[], offset: number): Instruction | null {
  for (const instruction of instructions) {
    if (instruction.span.start <= offset && offset <= instruction.span.end) return instruction;
    if (instruction.span.start > offset) break;
  }
  return null;
}

function instructionEdit(analysis: Analysis, instruction: Instruction, pragmas: readonly Pragma[], form: Form, name: string): TextEdit {
  const existing = pragmas.find((p) => p.tool === form && p.reach === 'instruction' && p.instruction === instruction && p.names.length > 0);
  if (existing) return { span: { start: existing.listEnd, end: existing.listEnd }, newText: `,${name}` };
  const { text } = analysis;
  const lineStart = text.lastIndexOf('\n', instruction.span.start - 1) + 1;
  const indent = text.slice(lineStart, instruction.span.start);
  return { span: { start: lineStart, end: lineStart }, newText: `${/^[ \t]*$/.test(indent) ? indent : ''}# ${pragmaText(form, 'instruction')}${name}${eol(text)}` };
}

function fileEdit(analysis: Analysis, pragmas: readonly Pragma[], form: Form, name: string): TextEdit {
  const { text, tree } = analysis;
  if (form === 'buildkit') {
    const directive = tree.directives.find((d) => d.name === 'check');
    if (directive) {
      const value = directive.value.split(/[ \t]/)[0];
      const valueEnd = directive.valueSpan.start + value.length;
      const skip = /(^|;)\s*skip=([^;]*)/i.exec(value);
      if (skip) {
        const listEnd = directive.valueSpan.start + skip.index + skip[0].length;
        return { span: { start: listEnd, end: listEnd }, newText: skip[2].trim() === '' ? name : `,${name}` };
      }
      return { span: { start: valueEnd, end: valueEnd }, newText: `${value.endsWith(';') ? '' : ';'}skip=${name}` };
    }
  } else {
    const existing = pragmas.find((p) => p.tool === form && p.reach === 'file' && p.names.length > 0);
    if (existing) return { span: { start: existing.listEnd, end: existing.listEnd }, newText: `,${name}` };
  }
  const at = afterDirectives(analysis);
  return { span: { start: at, end: at }, newText: `# ${pragmaText(form, 'file')}${name}${eol(text)}` };
}

function pragmaText(form: Form, reach: 'instruction' | 'file'): string {
  switch (form) {
    case 'layerwise':
      return reach === 'file' ? 'layerwise global ignore=' : 'layerwise ignore=';
    case 'hadolint':
      return reach === 'file' ? 'hadolint global ignore=' : 'hadolint ignore=';
    case 'buildkit':
      return 'check=skip=';
    default: {
      const unreachable: never = form;
      return unreachable;
    }
  }
}

/** Start of the line after the top directive block (after a BOM when there is none). */
function afterDirectives(analysis: Analysis): number {
  const { tree, text } = analysis;
  const last = tree.directives[tree.directives.length - 1];
  if (!last) return tree.contentStart;
  const newline = text.indexOf('\n', last.span.end);
  return newline < 0 ? text.length : newline + 1;
}

/** A `# check=` line inserted here would become the file directive instead of an instruction-local one. */
function inDirectiveBlock(analysis: Analysis, instruction: Instruction): boolean {
  const before = analysis.text.slice(analysis.tree.contentStart, instruction.span.start);
  return before.split('\n').slice(0, -1).every((line) => /^\s*#\s*[A-Za-z][A-Za-z0-9]*\s*=/.test(line));
}

function eol(text: string): string {
  const newline = text.indexOf('\n');
  return newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
}
