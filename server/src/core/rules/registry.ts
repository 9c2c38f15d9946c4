/** Every rule, in one list. A rule's id is its diagnostic code, its setting key and its pragma name. */
import { instructionBeforeFrom } from './instructionBeforeFrom';
import { missingArguments } from './missingArguments';
import { parserProblemRule } from './parserProblems';
import type { Rule } from './rule';
import { unknownFlag } from './unknownFlag';
import { unknownInstruction } from './unknownInstruction';

export const RULES: readonly Rule[] = [
  unknownInstruction,
  missingArguments,
  unknownFlag,
  instructionBeforeFrom,
  parserProblemRule('unterminated-heredoc', [], 'error', 'correctness', 'A heredoc whose delimiter line never comes.'),
  parserProblemRule('invalid-json-form', [], 'warning', 'correctness', 'An argument shaped like a JSON array that is not one, so the builder runs it as a shell command.'),
  parserProblemRule('empty-continuation-line', ['NoEmptyContinuation'], 'warning', 'correctness', 'A blank line inside a continued instruction.'),
  parserProblemRule('invalid-directive', [], 'error', 'correctness', 'A parser directive the builder rejects (bad escape character, repeated directive).'),
  parserProblemRule('key-value-syntax', [], 'error', 'correctness', 'Malformed ENV or LABEL pairs.'),
  parserProblemRule('binary-content', [], 'error', 'correctness', 'The file holds NUL bytes: it is not a text Dockerfile.'),
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
