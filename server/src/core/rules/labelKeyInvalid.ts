import { unquote } from '../syntax';
import type { Rule } from './rule';

const RESERVED = ['com.docker.', 'io.docker.', 'org.dockerproject.'];

export const labelKeyInvalid: Rule = {
  id: 'label-key-invalid',
  aliases: ['DL3048'],
  severity: 'hint',
  category: 'style',
  docs: 'docs/rules/label-key-invalid.md',
  tier: 2,
  description: 'A label key outside the recommended format (lowercase reverse-DNS) or in a namespace Docker reserves.',
  check({ analysis, report }) {
    for (const instruction of analysis.tree.instructions) {
      if (instruction.kind !== 'LABEL') continue;
      for (const pair of instruction.pairs) {
        const key = unquote(pair.key);
        if (key.includes('$')) continue;
        const problem = problemOf(key);
        if (!problem) continue;
        report({ message: `Label key "${key}" ${problem}.`, span: pair.keySpan });
      }
    }
  },
};

function problemOf(key: string): string | null {
  if (RESERVED.some((p) => key.startsWith(p))) return 'uses a namespace reserved for Docker itself';
  if (/[^a-z0-9.-]/.test(key)) return 'should hold only lowercase letters, digits, dots and dashes';
  if (!/^[a-z0-9].*[a-z0-9]$|^[a-z0-9]$/.test(key)) return 'should start and end with a letter or digit';
  if (/[.-]{2}/.test(key)) return 'should not have two dots or dashes in a row';
  return null;
}
