import type { ShellWord } from '../shell';
import type { Rule } from './rule';
import { runSteps } from './shared/runScripts';

export const noSudo: Rule = {
  id: 'no-sudo',
  aliases: ['DL3004'],
  severity: 'warning',
  category: 'security',
  docs: 'docs/rules/no-sudo.md',
  tier: 1,
  description: '`sudo` in RUN.',
  check({ analysis, options, report }) {
    for (const run of runSteps(analysis, options.nonPosixStages)) {
      for (const command of run.commands) {
        const sudo = (command.wrappers.length > 0 ? command.wrappers.find(isSudo) : undefined) ?? (command.program === 'sudo' ? command.name : null);
        if (!sudo) continue;
        report({
          message: 'sudo in a build: RUN already runs as the current USER, and sudo in the image lets any process regain root. Switch with USER root … USER app around the commands that need it.',
          span: sudo.span,
        });
      }
    }
  },
};

function isSudo(word: ShellWord): boolean {
  return word.value === 'sudo' || word.value.endsWith('/sudo');
}
