import type { Rule } from './rule';
import { unquote } from '../syntax';

export const workdirRelativePath: Rule = {
  id: 'workdir-relative-path',
  aliases: ['WorkdirRelativePath', 'DL3000', 'WORKDIR_IS_NOT_ABSOLUTE'],
  severity: 'warning',
  category: 'correctness',
  description: 'The first WORKDIR of a stage chain is relative, so where it lands depends on the base image.',
  docs: 'docs/rules/workdir-relative-path.md',
  tier: 1,
  check({ analysis, report }) {
    const { stages } = analysis.image;
    const hasWorkdir: boolean[] = [];
    for (const stage of stages) {
      let set = stage.baseStage !== null && hasWorkdir[stage.baseStage] === true;
      for (const step of stage.steps) {
        const instruction = step.instruction;
        if (instruction.kind !== 'WORKDIR' || instruction.words.length === 0) continue;
        const path = unquote(instruction.args.text.trim());
        if (!set && !path.startsWith('$') && !isAbsolute(path)) {
          report({ message: `WORKDIR "${path}" is relative and no WORKDIR was set before in this stage: it resolves against the base image's working directory. Use an absolute path.`, span: instruction.args.span });
        }
        set = true;
      }
      hasWorkdir.push(set);
    }
  },
};

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\');
}
