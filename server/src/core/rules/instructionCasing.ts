import type { Instruction } from '../syntax';
import type { Rule, TextEdit } from './rule';
import { allInstructions, fromWords } from './shared/instructions';
import { isLowerCase, isUpperCase } from './shared/spelling';

export const instructionCasing: Rule = {
  id: 'instruction-casing',
  aliases: ['ConsistentInstructionCasing', 'CASING_INSTRUCTION'],
  severity: 'warning',
  category: 'style',
  description: 'An instruction keyword in mixed case, or in the minority case of the file.',
  docs: 'docs/rules/instruction-casing.md',
  tier: 1,
  check({ analysis, report }) {
    const instructions = allInstructions(analysis.tree);
    let upper = 0;
    let lower = 0;
    for (const i of instructions) {
      if (i.kind === 'UNKNOWN') continue;
      if (isUpperCase(i.keyword)) upper++;
      else if (isLowerCase(i.keyword)) lower++;
    }
    const majorityUpper = upper >= lower;
    for (const instruction of instructions) {
      if (instruction.kind === 'UNKNOWN') continue;
      if (majorityUpper ? isUpperCase(instruction.keyword) : isLowerCase(instruction.keyword)) continue;
      const wanted = majorityUpper ? instruction.keyword.toUpperCase() : instruction.keyword.toLowerCase();
      const mixed = !isUpperCase(instruction.keyword) && !isLowerCase(instruction.keyword);
      report({
        message: mixed
          ? `Instruction "${instruction.keyword}" is in mixed case: write ${wanted}.`
          : `Instruction "${instruction.keyword}" is ${majorityUpper ? 'lower' : 'upper'}case while most of this file is ${majorityUpper ? 'upper' : 'lower'}case: write ${wanted}.`,
        span: instruction.keywordSpan,
        fixes: [{ title: `Change to ${wanted}`, edits: [{ span: instruction.keywordSpan, newText: wanted }, ...asEdit(instruction, majorityUpper)], isPreferred: true }],
      });
    }
  },
};

/**
 * A re-cased FROM takes its AS along (even when AS already has that case: the edit then claims the span,
 * so fix-all skips from-as-casing's opposite edit and stays idempotent).
 */
function asEdit(instruction: Instruction, upper: boolean): TextEdit[] {
  const as = instruction.kind === 'FROM' ? fromWords(instruction).as : null;
  if (!as || as.value.toLowerCase() !== 'as') return [];
  return [{ span: as.span, newText: upper ? 'AS' : 'as' }];
}
