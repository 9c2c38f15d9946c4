import type { StageModel } from '../model';
import { unquote, type Instruction } from '../syntax';
import type { Rule } from './rule';

export const copyRelativeDestWithoutWorkdir: Rule = {
  id: 'copy-relative-dest-without-workdir',
  aliases: ['DL3045'],
  severity: 'info',
  category: 'correctness',
  docs: 'docs/rules/copy-relative-dest-without-workdir.md',
  tier: 2,
  description: 'COPY/ADD to a relative destination while no WORKDIR is set in the stage chain, so the result depends on the base image.',
  check({ analysis, report }) {
    const { stages } = analysis.image;
    const memo = new Map<number, boolean>();
    for (const stage of stages) {
      if (inheritsWorkdir(stages, stage, memo)) continue;
      for (const step of stage.steps) {
        if (step.onbuild) continue;
        const instruction = step.instruction;
        if (instruction.kind === 'WORKDIR') break;
        if (instruction.kind !== 'COPY' && instruction.kind !== 'ADD') continue;
        const dest = destinationOf(instruction);
        if (!dest || !isRelative(dest.value)) continue;
        report({
          message: `"${dest.value}" is relative and no WORKDIR is set in this stage, so it lands under the base image's working directory, which this file does not show. Use an absolute path or set WORKDIR first.`,
          span: dest.span,
        });
      }
    }
  },
};

/**
 * True when a stage this one is built on sets a working directory (also through ONBUILD WORKDIR).
 * Memoised per stage: a 5,000-stage chain walked back from every stage was quadratic.
 */
function inheritsWorkdir(stages: readonly StageModel[], stage: StageModel, memo: Map<number, boolean>): boolean {
  const known = memo.get(stage.index);
  if (known !== undefined) return known;
  let result = stage.steps.some((s) => s.onbuild && s.instruction.kind === 'WORKDIR');
  if (!result && stage.baseStage !== null) {
    const base = stages[stage.baseStage];
    const sets = base.steps.some((s) => s.instruction.kind === 'WORKDIR' || (s.instruction.kind === 'ONBUILD' && s.instruction.trigger?.kind === 'WORKDIR'));
    result = sets || inheritsWorkdir(stages, base, memo);
  }
  memo.set(stage.index, result);
  return result;
}

export function destinationOf(instruction: Instruction): { value: string; span: { start: number; end: number } } | null {
  if (instruction.json) {
    const last = instruction.json.elements[instruction.json.elements.length - 1];
    return instruction.json.elements.length >= 2 ? { value: last.value, span: last.span } : null;
  }
  const words = instruction.words;
  if (words.length < 2) return null;
  const last = words[words.length - 1];
  return { value: unquote(last.value), span: last.span };
}

function isRelative(path: string): boolean {
  return path !== '' && !path.startsWith('/') && !path.startsWith('$') && !path.startsWith('<<') && !/^[A-Za-z]:[\\/]/.test(path) && !path.startsWith('\\');
}
