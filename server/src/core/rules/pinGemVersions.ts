import type { Rule } from './rule';
import { checkPinning, listNames, type PinningCheck } from './shared/pinning';

/** Built once: a check object per lint would be a handful of closures per rule and file. */
const PINNING: PinningCheck = {
  managers: ['gem'],
  slashIsPath: false,
  isPinned: (w, args) => w.value.includes(':') || args.some((a) => a.value === '-v' || a.value === '--version' || a.value.startsWith('--version=')),
  message: (_m, names) => `${listNames(names)} without a version: pin with gem:version or -v version for identical rebuilds.`,
};

export const pinGemVersions: Rule = {
  id: 'pin-gem-versions',
  aliases: ['DL3028'],
  severity: 'warning',
  category: 'reproducibility',
  docs: 'docs/rules/pin-gem-versions.md',
  tier: 2,
  description: '`gem install gem` without `:version` or `-v`.',
  check(context) {
    checkPinning(context, PINNING);
  },
};
