import { unquote } from '../syntax';
import type { Rule } from './rule';
import { lastTargetUser } from './shared/users';

export const userNonNumeric: Rule = {
  id: 'user-non-numeric',
  aliases: ['DL3066'],
  severity: 'hint',
  category: 'security',
  docs: 'docs/rules/user-non-numeric.md',
  tier: 2,
  scope: 'shipped',
  description: 'The shipped image\'s last USER is a name, not a numeric UID.',
  check({ analysis, report }) {
    const user = lastTargetUser(analysis.image);
    if (!user || user.words.length === 0) return;
    const word = user.words[0];
    const value = unquote(word.value);
    const name = value.split(':')[0];
    if (value.includes('$') || /^\d+$/.test(name) || name === 'root') return;
    report({
      message: `USER ${value} is a name: runtimes that enforce non-root (e.g. Kubernetes runAsNonRoot) cannot check a name without reading the image's /etc/passwd and refuse it. Use the numeric UID (and GID).`,
      span: word.span,
    });
  },
};
