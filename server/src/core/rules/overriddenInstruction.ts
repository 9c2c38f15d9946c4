import type { Instruction } from '../syntax';
import type { Rule } from './rule';
import { instructionLines } from './shared/instructions';

const ALIAS: Record<string, string> = { CMD: 'DL4003', ENTRYPOINT: 'DL4004', HEALTHCHECK: 'DL3012' };

export const overriddenInstruction: Rule = {
  id: 'overridden-instruction',
  aliases: ['MultipleInstructionsDisallowed', 'DL4003', 'DL4004', 'DL3012', 'MULTIPLE_INSTRUCTIONS'],
  severity: 'warning',
  category: 'correctness',
  description: 'More than one CMD, ENTRYPOINT or HEALTHCHECK in a stage: only the last one takes effect.',
  docs: 'docs/rules/overridden-instruction.md',
  tier: 1,
  check({ analysis, report }) {
    for (const stage of analysis.image.stages) {
      const last = new Map<string, Instruction>();
      for (const step of stage.steps) if (!step.onbuild && ALIAS[step.instruction.kind]) last.set(step.instruction.kind, step.instruction);
      for (const step of stage.steps) {
        const instruction = step.instruction;
        const later = last.get(instruction.kind);
        if (step.onbuild || !later || later === instruction) continue;
        report({
          message: `This ${instruction.kind} has no effect: a later ${instruction.kind} in the same stage replaces it.`,
          span: instruction.keywordSpan,
          alias: ALIAS[instruction.kind],
          tags: ['unnecessary'],
          related: [{ span: later.keywordSpan, message: `the ${instruction.kind} that takes effect` }],
          fixes: [{ title: `Delete this ${instruction.kind}`, edits: [{ span: instructionLines(analysis.text, instruction), newText: '' }], isPreferred: true }],
        });
      }
    }
  },
};
