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
});

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
