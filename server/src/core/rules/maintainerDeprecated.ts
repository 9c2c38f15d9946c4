import type { Rule } from './rule';
import { matchCase } from './shared/spelling';

export const maintainerDeprecated: Rule = {
  id: 'maintainer-deprecated',
  aliases: ['MaintainerDeprecated', 'DL4000', 'DEPRECATED_MAINTAINER'],
  severity: 'warning',
  category: 'style',
  description: 'The MAINTAINER instruction is deprecated; a LABEL carries the author.',
  docs: 'docs/rules/maintainer-deprecated.md',
  tier: 1,
  check({ analysis, report }) {
    const { text } = analysis;
    for (const instruction of analysis.tree.instructions) {
      if (instruction.kind !== 'MAINTAINER') continue;
      const value = instruction.args.text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
      const label = `${matchCase('LABEL', instruction.keyword)} org.opencontainers.image.authors="${value}"`;
      const single = text.slice(instruction.span.start, instruction.span.end).indexOf('\n') < 0;
      report({
        message: 'MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors="…" instead.',
        span: instruction.keywordSpan,
        tags: ['deprecated'],
        fixes: single && value !== '' ? [{ title: 'Replace with LABEL org.opencontainers.image.authors', edits: [{ span: instruction.span, newText: label }], isPreferred: true }] : [],
      });
    }
  },
};
