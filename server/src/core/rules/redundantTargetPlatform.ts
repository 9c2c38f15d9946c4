import type { Rule } from './rule';
import { flagWithSpace } from './shared/instructions';

export const redundantTargetPlatform: Rule = {
  id: 'redundant-target-platform',
  aliases: ['RedundantTargetPlatform', 'DL3065'],
  severity: 'info',
  category: 'style',
  description: '`FROM --platform=$TARGETPLATFORM`, which is already the default.',
  docs: 'docs/rules/redundant-target-platform.md',
  tier: 1,
  check({ analysis, report }) {
    for (const from of analysis.tree.instructions) {
      if (from.kind !== 'FROM') continue;
      const flag = from.flags.find((f) => f.name.toLowerCase() === 'platform');
      if (!flag || !/^\$(TARGETPLATFORM|\{TARGETPLATFORM\})$/.test(flag.value ?? '')) continue;
      report({
        message: '--platform=$TARGETPLATFORM is the default platform of FROM: the flag can go.',
        span: flag.span,
        tags: ['unnecessary'],
        fixes: [{ title: 'Remove --platform', edits: [{ span: flagWithSpace(analysis.text, flag.span), newText: '' }], isPreferred: true }],
      });
    }
  },
};
