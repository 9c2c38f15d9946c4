import type { Rule } from './rule';

export const instructionBeforeFrom: Rule = {
  id: 'instruction-before-from',
  aliases: ['DL3061', 'NO_SOURCE_IMAGE'],
  severity: 'error',
  category: 'correctness',
  docs: 'docs/rules/instruction-before-from.md',
  tier: 1,
  description: 'An instruction other than ARG comes before the first FROM, or there is no FROM at all.',
  check({ analysis, report }) {
    const { tree } = analysis;
    if (tree.instructions.length === 0) {
      const start = tree.contentStart;
      report({ message: 'The file has no instructions: a Dockerfile starts with FROM <image>.', span: { start, end: Math.min(tree.text.length, start + 1) } });
      return;
    }
    const firstFrom = tree.instructions.findIndex((i) => i.kind === 'FROM');
    const before = firstFrom < 0 ? tree.instructions : tree.instructions.slice(0, firstFrom);
    for (const instruction of before) {
      if (instruction.kind === 'ARG' || instruction.kind === 'UNKNOWN') continue;
      report({
        message: firstFrom < 0 ? `${instruction.kind} outside any stage: the file has no FROM.` : `${instruction.kind} before the first FROM: only ARG may come before it.`,
        span: instruction.keywordSpan,
      });
    }
  },
};
