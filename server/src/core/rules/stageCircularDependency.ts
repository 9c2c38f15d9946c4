import type { StageModel } from '../model';
import type { Span } from '../syntax';
import type { Rule } from './rule';

export const stageCircularDependency: Rule = {
  id: 'stage-circular-dependency',
  aliases: [],
  severity: 'error',
  category: 'correctness',
  description: 'Stages that depend on each other through `FROM`, `COPY --from` or `RUN --mount=from=`: the builder reports a circular dependency.',
  docs: 'docs/rules/stage-circular-dependency.md',
  tier: 2,
  check({ analysis, report }) {
    const { stages } = analysis.image;
    // A cycle needs an edge to a later stage (FROM and --from usually name earlier ones): most files stop here.
    if (!hasForwardEdge(stages)) return;
    const edges: { from: number; to: number; span: Span }[] = [];
    for (const stage of stages) {
      if (stage.baseStage !== null) edges.push({ from: stage.index, to: stage.baseStage, span: stage.from.words[0].span });
      for (const step of stage.steps) {
        // A stage reading itself is copy-from-own-stage's finding.
        if (step.fromStage !== null && step.fromStage !== stage.index && !step.onbuild) {
          const flag = step.instruction.flags.find((f) => /^(from|mount)$/i.test(f.name));
          edges.push({ from: stage.index, to: step.fromStage, span: flag?.span ?? step.instruction.keywordSpan });
        }
      }
    }
    const reaches = (start: number, goal: number): boolean => {
      const seen = new Set<number>();
      const queue = [start];
      while (queue.length > 0) {
        const node = queue.pop()!;
        if (node === goal) return true;
        if (seen.has(node)) continue;
        seen.add(node);
        for (const edge of edges) if (edge.from === node) queue.push(edge.to);
      }
      return false;
    };
    for (const edge of edges) {
      if (edge.to <= edge.from || !reaches(edge.to, edge.from)) continue;
      const name = stages[edge.to].name ?? String(edge.to);
      report({ message: `Circular dependency: stage ${name} depends, through other stages, on the stage that reads it here.`, span: edge.span });
    }
  },
};

function hasForwardEdge(stages: readonly StageModel[]): boolean {
  for (const stage of stages) {
    if (stage.baseStage !== null && stage.baseStage > stage.index) return true;
    for (const step of stage.steps) if (step.fromStage !== null && step.fromStage > stage.index && !step.onbuild) return true;
  }
  return false;
}
