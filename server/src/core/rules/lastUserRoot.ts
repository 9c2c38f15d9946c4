import { unquote } from '../syntax';
import type { Rule } from './rule';
import { lastTargetUser } from './shared/users';

export const lastUserRoot: Rule = {
  id: 'last-user-root',
  aliases: ['DL3002'],
  severity: 'warning',
  category: 'security',
  docs: 'docs/rules/last-user-root.md',
  tier: 1,
  scope: 'shipped',
  description: 'The last USER of the shipped image is root.',
  check({ analysis, report }) {
    const user = lastTargetUser(analysis.image);
    if (!user || user.words.length === 0) return;
    const value = unquote(user.words[0].value);
    if (!/^(?:root|0)(?::.*)?$/.test(value)) return;
    report({
      message: 'The shipped image ends with USER root: every container started from it runs as root unless the runtime overrides it. Switch to an unprivileged user after the steps that need root.',
      span: user.span,
    });
  },
};
