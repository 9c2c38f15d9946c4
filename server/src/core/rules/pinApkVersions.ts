import type { Rule } from './rule';
import { checkPinning, listNames } from './shared/pinning';

export const pinApkVersions: Rule = {
  id: 'pin-apk-versions',
  aliases: ['DL3018'],
  severity: 'info',
  category: 'reproducibility',
  docs: 'docs/rules/pin-apk-versions.md',
  tier: 1,
  description: '`apk add pkg` without `pkg=version`.',
  check(context) {
    checkPinning(context, {
      managers: ['apk'],
      slashIsPath: true,
      isPinned: (w) => /[=~<>]/.test(w.value),
      alias: () => 'DL3018',
      message: (_m, names) => `${listNames(names)} without a version: a rebuild installs whatever the Alpine index holds that day. Pin with pkg=version (or pkg~major.minor) for identical rebuilds.`,
    });
  },
};
