import { parseCheckOptions } from './buildkitCheck';
import type { Fix, Rule } from './rule';

export const invalidDirective: Rule = {
  id: 'invalid-directive',
  aliases: ['INVALID_ESCAPE_DIRECTIVE', 'DUPLICATED_ESCAPE_DIRECTIVE'],
  severity: 'error',
  category: 'correctness',
  description: 'A parser directive the builder rejects: a bad escape character, a repeated directive, or malformed `check` options.',
  docs: 'docs/rules/invalid-directive.md',
  tier: 1,
  check({ analysis, report }) {
    const { tree, text } = analysis;
    const escape = tree.directives.find((d) => d.name === 'escape');
    for (const problem of tree.problems) {
      if (problem.code !== 'invalid-directive') continue;
      if (escape && problem.span.start === escape.valueSpan.start && problem.span.end === escape.valueSpan.end) {
        const set = (value: string): Fix => ({ title: `Set the escape character to ${value}`, edits: [{ span: escape.valueSpan, newText: value }], isPreferred: false });
        report({ message: problem.message, span: problem.span, alias: 'INVALID_ESCAPE_DIRECTIVE', fixes: [set('\\'), set('`')] });
        continue;
      }
      // A repeated directive: the parser reports the later line.
      const name = /"(\w+)"/.exec(problem.message)?.[1];
      const newline = text.indexOf('\n', problem.span.end);
      const line = { start: problem.span.start, end: newline < 0 ? text.length : newline + 1 };
      report({
        message: problem.message,
        span: problem.span,
        alias: name === 'escape' ? 'DUPLICATED_ESCAPE_DIRECTIVE' : undefined,
        fixes: [{ title: 'Delete the repeated directive', edits: [{ span: line, newText: '' }], isPreferred: true }],
      });
    }
    const check = tree.directives.find((d) => d.name === 'check');
    if (!check) return;
    for (const problem of parseCheckOptions(check.value).problems) {
      report({ message: problem.message, span: { start: check.valueSpan.start + problem.from, end: check.valueSpan.start + problem.to } });
    }
  },
};
