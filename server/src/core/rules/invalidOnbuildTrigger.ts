import type { Rule } from './rule';

const DISALLOWED = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

export const invalidOnbuildTrigger: Rule = {
  id: 'invalid-onbuild-trigger',
  aliases: ['DL3043', 'ONBUILD_CHAINING_DISALLOWED', 'ONBUILD_TRIGGER_DISALLOWED'],
  severity: 'error',
  category: 'correctness',
  description: '`ONBUILD ONBUILD`, `ONBUILD FROM` or `ONBUILD MAINTAINER`, which the builder rejects.',
  docs: 'docs/rules/invalid-onbuild-trigger.md',
  tier: 1,
  check({ analysis, report }) {
    for (const instruction of analysis.tree.instructions) {
      const trigger = instruction.trigger;
      if (!trigger || !DISALLOWED.has(trigger.kind)) continue;
      report({
        message: trigger.kind === 'ONBUILD' ? 'ONBUILD cannot register another ONBUILD.' : `${trigger.kind} is not allowed as an ONBUILD trigger.`,
        span: trigger.keywordSpan,
        alias: trigger.kind === 'ONBUILD' ? 'ONBUILD_CHAINING_DISALLOWED' : 'ONBUILD_TRIGGER_DISALLOWED',
        aliases: ['DL3043'],
      });
    }
  },
};
