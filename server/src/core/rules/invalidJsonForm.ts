import type { SyntaxProblem } from '../syntax';
import { parserProblemRule } from './parserProblems';
import type { Fix } from './rule';

export const invalidJsonForm = parserProblemRule({
  id: 'invalid-json-form',
  aliases: ['JSON_IN_SINGLE_QUOTES'],
  severity: 'warning',
  category: 'correctness',
  description: 'An argument shaped like a JSON array that is not one, so the builder runs it as a shell command.',
  fixes: quoteFix,
  accept: (problem, text) => problem.severity === 'error' || !isTestCommand(text.slice(problem.span.start, problem.span.end)),
});

/**
 * `RUN [ "$X" = "true" ] && exit 0` is the shell's test command, not a broken exec form: text after the
 * closing bracket, or a test operator after the first word, says so.
 */
function isTestCommand(written: string): boolean {
  const trimmed = written.trimEnd();
  return !trimmed.endsWith(']') || /^\[\s+("[^"]*"|'[^']*'|\S+)\s+(=|==|!=|-eq|-ne|-lt|-le|-gt|-ge|-nt|-ot|-ef)\s/.test(trimmed);
}

/** `['a', 'b']` -> `["a", "b"]`, only when single quotes are the only fault. */
function quoteFix(problem: SyntaxProblem, text: string): Fix[] {
  const written = text.slice(problem.span.start, problem.span.end);
  if (!written.includes("'") || written.includes('\n')) return [];
  const swapped = written.replace(/'([^'\\"]*)'/g, (_all, inner: string) => JSON.stringify(inner));
  if (swapped === written || !isStringArray(swapped)) return [];
  return [{ title: 'Use double quotes (JSON)', edits: [{ span: problem.span, newText: swapped }], isPreferred: true }];
}

function isStringArray(candidate: string): boolean {
  try {
    const value: unknown = JSON.parse(candidate);
    return Array.isArray(value) && value.every((v) => typeof v === 'string');
  } catch {
    return false;
  }
}
