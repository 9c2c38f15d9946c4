import type { Rule } from './rule';

export const copyFromOwnStage: Rule = {
  id: 'copy-from-own-stage',
  aliases: ['DL3023'],
  severity: 'error',
  category: 'correctness',
  docs: 'docs/rules/copy-from-own-stage.md',
  tier: 1,
  description: '`COPY --from` names the stage it is in.',
  check({ analysis, report }) {
    for (const stage of analysis.image.stages) {
      for (const step of stage.steps) {
        if (step.onbuild || step.fromStage !== stage.index || step.instruction.kind === 'RUN') continue;
        const flag = step.instruction.flags.find((f) => f.name.toLowerCase() === 'from');
        if (!flag) continue;
        report({
          message: `--from=${flag.value ?? ''} names this very stage: a stage cannot copy from itself (the builder reports a circular dependency). Copy from an earlier stage.`,
          span: flag.span,
        });
      }
    }
  },
};
