/** Joining two adjacent shell-form RUNs into one with `&&` and a continuation line. */
import type { ShellScript } from '../../shell';
import type { Dockerfile, Instruction } from '../../syntax';
import type { TextEdit } from '../rule';
import { lineBreakOf } from './edits';

/**
 * The edit that turns `RUN a` + `RUN b` into `RUN a && \` + `    b`, or null when joining would change what
 * runs: heredocs, exec form, comments or other text between them, a first script that does not end in a
 * plain command, or a second script whose top level uses `;`, `||`, `&` or line breaks (the first failure
 * would no longer stop it).
 */
export function mergeRunsEdit(tree: Dockerfile, first: Instruction, second: Instruction, firstScript: ShellScript | undefined, secondScript: ShellScript | undefined): TextEdit | null {
  if (!firstScript || !secondScript || firstScript.kind !== 'shell-form' || secondScript.kind !== 'shell-form') return null;
  if (first.heredocs.length > 0 || second.heredocs.length > 0) return null;
  if (firstScript.appendAt !== first.args.span.end) return null;
  if (!/^\s*$/.test(tree.text.slice(first.span.end, second.span.start))) return null;
  if (secondScript.commands.some((c) => c.depth === 0 && c.connector !== null && c.connector !== '&&' && c.connector !== '|')) return null;
  const indent = /^[ \t]*/.exec(tree.text.slice(tree.text.lastIndexOf('\n', first.span.start - 1) + 1))?.[0] ?? '';
  return {
    span: { start: first.args.span.end, end: second.args.span.start },
    newText: ` && ${tree.escapeChar}${lineBreakOf(tree.text)}${indent}    `,
  };
}
