import type { Step } from '../model';
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
      for (let k = 0; k < stage.steps.length; k++) {
        const step = stage.steps[k];
        const instruction = step.instruction;
        if (step.onbuild || !ALIAS[instruction.kind]) continue;
        const later = lastOfKind(stage.steps, k, instruction.kind);
        if (!later) continue;
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

/** The last step after `index` of the kind (ONBUILD triggers aside): no map per stage for the rare CMD pair. */
function lastOfKind(steps: readonly Step[], index: number, kind: Instruction['kind']): Instruction | null {
  for (let k = steps.length - 1; k > index; k--) if (!steps[k].onbuild && steps[k].instruction.kind === kind) return steps[k].instruction;
  return null;
}
