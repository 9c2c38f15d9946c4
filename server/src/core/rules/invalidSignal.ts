import type { Rule } from './rule';
import { instructionsOfKind } from './shared/instructions';
import { unquote } from '../syntax';

/** Linux signal names the builder's parser knows (without the SIG prefix). */
const SIGNALS = new Set([
  'ABRT', 'ALRM', 'BUS', 'CHLD', 'CLD', 'CONT', 'FPE', 'HUP', 'ILL', 'INT', 'IO', 'IOT', 'KILL', 'PIPE', 'POLL', 'PROF', 'PWR', 'QUIT',
  'SEGV', 'STKFLT', 'STOP', 'SYS', 'TERM', 'TRAP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'USR1', 'USR2', 'VTALRM', 'WINCH', 'XCPU', 'XFSZ',
  'RTMIN', 'RTMAX',
]);

export const invalidSignal: Rule = {
  id: 'invalid-signal',
  aliases: ['INVALID_SIGNAL'],
  severity: 'error',
  category: 'correctness',
  description: 'STOPSIGNAL that is neither a signal name nor a signal number.',
  docs: 'docs/rules/invalid-signal.md',
  tier: 2,
  check({ analysis, report }) {
    for (const instruction of instructionsOfKind(analysis.tree, 'STOPSIGNAL')) {
      if (instruction.kind !== 'STOPSIGNAL' || instruction.words.length !== 1) continue;
      const value = unquote(instruction.words[0].value);
      if (value.includes('$') || isSignal(value)) continue;
      report({ message: `"${value}" is not a signal: use a name such as SIGTERM or SIGQUIT, or a number.`, span: instruction.words[0].span });
    }
  },
};

function isSignal(value: string): boolean {
  if (/^\d+$/.test(value)) return Number(value) > 0;
  const name = value.toUpperCase().replace(/^SIG/, '');
  return SIGNALS.has(name) || /^RTMIN\+([1-9]|1[0-5])$/.test(name) || /^RTMAX-([1-9]|1[0-4])$/.test(name);
}
