import { parserProblemRule } from './parserProblems';

export const keyValueSyntax = parserProblemRule({
  id: 'key-value-syntax',
  aliases: ['SYNTAX_MISSING_EQUALS', 'SYNTAX_MISSING_NAMES', 'SYNTAX_MISSING_SINGLE_QUOTE', 'SYNTAX_MISSING_DOUBLE_QUOTE'],
  severity: 'error',
  category: 'correctness',
  description: 'Malformed ENV, LABEL or ARG pairs: a missing `=`, a blank name or an unterminated quote.',
});
