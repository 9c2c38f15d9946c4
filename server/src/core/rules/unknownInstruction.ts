import { INSTRUCTION_KINDS } from '../syntax';
import type { Rule } from './rule';
import { instructionsOfKind } from './shared/instructions';
import { closestMatch, matchCase } from './shared/spelling';

export const unknownInstruction: Rule = {
  id: 'unknown-instruction',
  aliases: ['UNKNOWN_INSTRUCTION'],
  severity: 'error',
  category: 'correctness',
  docs: 'docs/rules/unknown-instruction.md',
  tier: 1,
  description: 'The first word of an instruction is not a Dockerfile instruction.',
  check({ analysis, report }) {
    for (const instruction of instructionsOfKind(analysis.tree, 'UNKNOWN')) {
      if (instruction.kind !== 'UNKNOWN') continue;
      const suggestion = closestMatch(instruction.keyword.toUpperCase(), INSTRUCTION_KINDS);
      const replacement = suggestion ? matchCase(suggestion, instruction.keyword) : null;
      report({
        message: `Unknown instruction "${truncate(instruction.keyword)}"${replacement ? `: did you mean ${replacement}?` : '.'} The builder stops here.`,
        span: instruction.keywordSpan,
        fixes: replacement ? [{ title: `Change to ${replacement}`, edits: [{ span: instruction.keywordSpan, newText: replacement }], isPreferred: true }] : [],
      });
    }
  },
};


function truncate(word: string): string {
  return word.length > 40 ? `${word.slice(0, 39)}…` : word;
}
