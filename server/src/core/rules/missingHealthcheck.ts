import type { Rule } from './rule';

export const missingHealthcheck: Rule = {
  id: 'missing-healthcheck',
  aliases: ['DL3057'],
  severity: 'off',
  category: 'correctness',
  docs: 'docs/rules/missing-healthcheck.md',
  tier: 2,
  scope: 'target',
  description: 'The shipped image has no HEALTHCHECK.',
  check({ analysis, report }) {
    const { image } = analysis;
    if (image.target < 0) return;
    for (let s: number | null = image.target; s !== null; s = image.stages[s].baseStage) {
      if (image.stages[s].steps.some((step) => step.instruction.kind === 'HEALTHCHECK')) return;
    }
    const target = image.stages[image.target];
    report({
      message: 'The shipped image has no HEALTHCHECK: the engine reports its containers as running even when the program inside has stopped answering (unless the base image defines one).',
      span: target.from.keywordSpan,
    });
  },
};
