import type { ShellCommand } from '../shell';
import type { Rule } from './rule';
import { runSteps } from './shared/runScripts';

export const useWorkdirNotCd: Rule = {
  id: 'use-workdir-not-cd',
  aliases: ['DL3003'],
  severity: 'info',
  category: 'style',
  docs: 'docs/rules/use-workdir-not-cd.md',
  tier: 2,
  description: 'RUN that starts with `cd /absolute` and never leaves or cleans it: WORKDIR says it for every later instruction.',
  check({ analysis, options, report }) {
    for (const run of runSteps(analysis, options.nonPosixStages)) {
      for (const script of run.scripts) {
        const first = script.commands[0];
        if (!first || first.program !== 'cd' || first.inSubshell || first.depth > 0) continue;
        const dir = first.args.find((a) => !a.value.startsWith('-'));
        if (!dir || dir.opaque || !dir.value.startsWith('/')) continue;
        const path = dir.value.replace(/\/+$/, '');
        if (leavesDirectory(script.commands, path)) continue;
        report({
          message: `cd ${dir.value} lasts only for this RUN. If later steps work there too, set WORKDIR ${dir.value} once; WORKDIR also creates the directory.`,
          span: first.span,
        });
      }
    }
  },
};

/** A later command changes directory again or deletes the directory: WORKDIR would not fit. */
function leavesDirectory(commands: readonly ShellCommand[], path: string): boolean {
  for (let i = 1; i < commands.length; i++) {
    const c = commands[i];
    if (c.program === 'cd' || (c.program === 'rm' && c.args.some((a) => a.value.replace(/\/+$/, '') === path || a.value.startsWith(`${path}/`)))) return true;
  }
  return false;
}
