import type { Rule } from './rule';
import { checkPinning, listNames, type PinningCheck } from './shared/pinning';

/** Built once: a check object per lint would be a handful of closures per rule and file. */
const PINNING: PinningCheck = {
  managers: ['apk'],
  slashIsPath: true,
  isPinned: (w) => /[=~<>]/.test(w.value),
  message: (_m, names) => `${listNames(names)} without a version: a rebuild installs whatever the Alpine index holds that day. Pin with pkg=version (or pkg~major.minor) for identical rebuilds.`,
};

export const pinApkVersions: Rule = {
  id: 'pin-apk-versions',
  aliases: ['DL3018'],
  severity: 'info',
  category: 'reproducibility',
  docs: 'docs/rules/pin-apk-versions.md',
  tier: 1,
  description: '`apk add pkg` without `pkg=version`.',
  check(context) {
    checkPinning(context, PINNING);
  },
};
