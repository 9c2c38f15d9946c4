import type { Rule } from './rule';
import { allInstructions, eolOf } from './shared/instructions';

export const unterminatedHeredoc: Rule = {
  id: 'unterminated-heredoc',
  aliases: [],
  severity: 'error',
  category: 'correctness',
  description: 'A heredoc whose delimiter line never comes.',
  docs: 'docs/rules/unterminated-heredoc.md',
  tier: 1,
  check({ analysis, report }) {
    const { text } = analysis;
    for (const instruction of allInstructions(analysis.tree)) {
      if (instruction.heredocs.length === 0) continue;
      for (const heredoc of instruction.heredocs) {
        if (heredoc.terminatorSpan) continue;
        const eol = eolOf(text);
        const needsBreak = text.length > 0 && !text.endsWith('\n');
        report({
          message: `Heredoc "${heredoc.name}" is never closed: everything to the end of the file became its body. Add a line holding only ${heredoc.name}.`,
          span: heredoc.markerSpan,
          // Not preferred: where the body should end is a guess.
          fixes: [{ title: `Close the heredoc with ${heredoc.name} at the end of the file`, edits: [{ span: { start: text.length, end: text.length }, newText: `${needsBreak ? eol : ''}${heredoc.name}${eol}` }], isPreferred: false }],
        });
      }
    }
  },
};
