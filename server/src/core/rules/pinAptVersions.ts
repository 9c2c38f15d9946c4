import type { Rule } from './rule';
import { checkPinning, listNames, type PinningCheck } from './shared/pinning';

/** Built once: a check object per lint would be a handful of closures per rule and file. */
const PINNING: PinningCheck = {
  managers: ['apt-get', 'apt'],
  slashIsPath: true,
  isPinned: (w) => w.value.includes('='),
  message: (_m, names) => `${listNames(names)} without a version: a rebuild installs whatever the archive holds that day. Pin with pkg=version if you need identical rebuilds.`,
};

export const pinAptVersions: Rule = {
  id: 'pin-apt-versions',
  aliases: ['DL3008'],
  severity: 'info',
  category: 'reproducibility',
  docs: 'docs/rules/pin-apt-versions.md',
  tier: 1,
  description: '`apt-get install pkg` without `pkg=version`.',
  check(context) {
    checkPinning(context, PINNING);
  },
};
