import type { Rule } from './rule';

export const directiveCasing: Rule = {
  id: 'directive-casing',
  aliases: ['CASING_DIRECTIVE'],
  severity: 'hint',
  category: 'style',
  description: 'A parser directive name not written in lowercase (`# ESCAPE=`).',
  docs: 'docs/rules/directive-casing.md',
  tier: 2,
  check({ analysis, report }) {
    for (const directive of analysis.tree.directives) {
      if (directive.rawName === directive.name) continue;
      report({
        message: `Write the directive name in lowercase: # ${directive.name}=`,
        span: directive.nameSpan,
        fixes: [{ title: `Change to ${directive.name}`, edits: [{ span: directive.nameSpan, newText: directive.name }], isPreferred: true }],
      });
    }
  },
};
