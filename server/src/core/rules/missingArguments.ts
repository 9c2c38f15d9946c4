import type { Instruction, InstructionKind } from '../syntax';
import type { Rule } from './rule';

/** What each instruction needs, per BuildKit's instruction parser. */
const REQUIRED: Partial<Record<InstructionKind, string>> = {
  FROM: 'an image (FROM <image> [AS <name>])',
  COPY: 'a source and a destination (COPY <src>... <dest>)',
  ADD: 'a source and a destination (ADD <src>... <dest>)',
  ENV: 'a variable (ENV <name>=<value>)',
  LABEL: 'a label (LABEL <key>=<value>)',
  ARG: 'a name (ARG <name>[=<default>])',
  EXPOSE: 'a port (EXPOSE <port>[/<protocol>])',
  USER: 'a user (USER <user>[:<group>])',
  VOLUME: 'a path (VOLUME <path>)',
  WORKDIR: 'a path (WORKDIR <path>)',
  STOPSIGNAL: 'a signal (STOPSIGNAL <signal>)',
  MAINTAINER: 'a name (MAINTAINER <name>)',
  SHELL: 'a JSON array (SHELL ["executable", "parameters"])',
  ONBUILD: 'an instruction (ONBUILD <instruction>)',
  HEALTHCHECK: 'CMD <command> or NONE',
};

export const missingArguments: Rule = {
  id: 'missing-arguments',
  aliases: ['ARGUMENT_MISSING', 'ARGUMENT_REQUIRES_ONE', 'ARGUMENT_REQUIRES_AT_LEAST_ONE', 'ARGUMENT_REQUIRES_TWO', 'ARGUMENT_REQUIRES_AT_LEAST_TWO'],
  severity: 'error',
  category: 'correctness',
  docs: 'docs/rules/missing-arguments.md',
  tier: 1,
  description: 'An instruction lacks the arguments it requires.',
  check({ analysis, report }) {
    for (const instruction of analysis.tree.instructions) {
      const needs = REQUIRED[instruction.kind];
      if (!needs || hasEnough(instruction)) continue;
      report({ message: `${instruction.kind} needs ${needs}.`, span: instruction.keywordSpan });
    }
    for (const problem of analysis.tree.problems) {
      if (problem.code === 'missing-arguments') report({ message: problem.message, span: problem.span });
    }
  },
};

function hasEnough(instruction: Instruction): boolean {
  if (instruction.json) return instruction.kind === 'COPY' || instruction.kind === 'ADD' ? instruction.json.elements.length >= 2 : instruction.json.elements.length > 0;
  // `COPY <<EOF /dest`: the heredoc marker is a word, so two words are needed either way.
  if (instruction.kind === 'COPY' || instruction.kind === 'ADD') return instruction.words.length >= 2;
  // The arguments are trimmed with the word splitter's own blanks, so any text is at least one word: the
  // words of the other instructions are not split just to be counted.
  return instruction.args.text !== '';
}
