import type { Span } from '../syntax';
import type { Rule, Severity } from './rule';
import { shellcheckScripts, type ShellcheckScript } from './shared/shellcheckScripts';
import { SHELLCHECK_EXCLUDED, type ShellcheckComment, type ShellcheckLevel } from './shellcheckRunner';

const LEVEL_SEVERITY: Record<ShellcheckLevel, Severity> = { error: 'error', warning: 'warning', info: 'info', style: 'hint' };

/**
 * ShellCheck's findings on RUN scripts, mapped back to the Dockerfile. The edge runs ShellCheck (injected
 * runner) and passes the results in `options.shellcheck`; a script without results yet is skipped.
 */
export const shellcheck: Rule = {
  id: 'shellcheck',
  aliases: [],
  severity: 'off',
  category: 'correctness',
  docs: 'docs/rules/shellcheck.md',
  tier: 2,
  description: 'ShellCheck findings on shell-form RUN and sh heredocs (needs a locally installed `shellcheck`).',
  check({ analysis, options, report }) {
    const results = options.shellcheck;
    if (!results) return;
    const scripts = shellcheckScripts(analysis);
    if (results.problem !== null && scripts.length > 0) {
      report({ message: results.problem, span: scripts[0].instruction.keywordSpan, severity: 'warning' });
      return;
    }
    for (const script of scripts) {
      const comments = results.commentsFor(script.text);
      if (!comments) continue;
      for (const comment of comments) {
        if (SHELLCHECK_EXCLUDED.includes(comment.code)) continue;
        const span = dockerfileSpan(script, comment);
        if (!span) continue;
        report({ message: `SC${comment.code}: ${comment.message}`, span, alias: `SC${comment.code}`, severity: LEVEL_SEVERITY[comment.level] });
      }
    }
  },
};

/** Where a comment's script range lies in the Dockerfile; null when it points into the added lines. */
export function dockerfileSpan(script: ShellcheckScript, comment: ShellcheckComment): Span | null {
  let lineStarts = lineStartsMemo.get(script);
  if (!lineStarts) lineStartsMemo.set(script, (lineStarts = lineStartsOf(script.text)));
  const from = indexAt(script.text, lineStarts, comment.line, comment.column);
  const to = Math.max(from, indexAt(script.text, lineStarts, comment.endLine, comment.endColumn));
  let startIndex = -1;
  for (let i = from; i < Math.max(to, from + 1) && startIndex < 0; i++) if (script.offsetAt(i) >= 0) startIndex = i;
  if (startIndex < 0) {
    // Past the script's last character (the added final line break, e.g. an unexpected end of file): point
    // at that last character; anything in the added shebang/export lines is ours, not the user's.
    if (script.lastMapped < 0 || from <= script.lastMapped) return null;
    startIndex = script.lastMapped;
  }
  let endIndex = startIndex;
  for (let i = to - 1; i > startIndex; i--) {
    if (script.offsetAt(i) >= 0) {
      endIndex = i;
      break;
    }
  }
  const start = script.offsetAt(startIndex);
  return { start, end: to > from ? script.offsetAt(endIndex) + 1 : start };
}

/** Per script, computed at its first comment (a memo, not state). */
const lineStartsMemo = new WeakMap<ShellcheckScript, readonly number[]>();

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** String index of a 1-based line and code-point column (clamped to the line). */
function indexAt(text: string, lineStarts: readonly number[], line: number, column: number): number {
  let index = lineStarts[Math.min(Math.max(line, 1), lineStarts.length) - 1];
  for (let c = 1; c < column && index < text.length && text[index] !== '\n'; c++) {
    const code = text.codePointAt(index) ?? 0;
    index += code > 0xffff ? 2 : 1;
  }
  return index;
}
