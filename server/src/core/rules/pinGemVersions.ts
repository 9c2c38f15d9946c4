import type { Rule } from './rule';
import { checkPinning, listNames } from './shared/pinning';

export const pinGemVersions: Rule = {
  id: 'pin-gem-versions',
  aliases: ['DL3028'],
  severity: 'warning',
  category: 'reproducibility',
  docs: 'docs/rules/pin-gem-versions.md',
  tier: 2,
  description: '`gem install gem` without `:version` or `-v`.',
  check(context) {
    checkPinning(context, {
      managers: ['gem'],
      slashIsPath: false,
      isPinned: (w, args) => w.value.includes(':') || args.some((a) => a.value === '-v' || a.value === '--version' || a.value.startsWith('--version=')),
      alias: () => 'DL3028',
      message: (_m, names) => `${listNames(names)} without a version: pin with gem:version or -v version for identical rebuilds.`,
    });
  },
};
