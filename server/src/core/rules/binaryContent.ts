import { parserProblemRule } from './parserProblems';

export const binaryContent = parserProblemRule({
  id: 'binary-content',
  aliases: [],
  severity: 'error',
  category: 'correctness',
  description: 'The file holds NUL bytes: it is not a text Dockerfile.',
});
