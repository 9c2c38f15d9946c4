import { parserProblemRule } from './parserProblems';

/** The parser reports the blank line with its line break, so deleting the span removes exactly that line. */
export const emptyContinuationLine = parserProblemRule({
  id: 'empty-continuation-line',
  aliases: ['NoEmptyContinuation', 'EMPTY_CONTINUATION_LINE'],
  severity: 'warning',
  category: 'correctness',
  description: 'A blank line inside a `\\`-continued instruction: deprecated, and a future builder rejects it.',
  fixes: (problem) => [{ title: 'Delete the empty line', edits: [{ span: problem.span, newText: '' }], isPreferred: true }],
});
