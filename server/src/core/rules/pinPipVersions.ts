import type { Rule } from './rule';
import { checkPinning, listNames, type PinningCheck } from './shared/pinning';

/** Built once: a check object per lint would be a handful of closures per rule and file. */
const PINNING: PinningCheck = {
  managers: ['pip'],
  slashIsPath: false,
  isPinned: (w) => /(?:==|>=|<=|~=|!=|===|[<>]|@)/.test(w.value) || w.value.includes('/') || /\.(?:whl|tar\.gz|zip)$/i.test(w.value),
  message: (_m, names) => `${listNames(names)} without a version: the next build may get a new release with breaking changes. Pin with pkg==version, or install from a requirements/constraints file.`,
};

export const pinPipVersions: Rule = {
  id: 'pin-pip-versions',
  aliases: ['DL3013'],
  severity: 'warning',
  category: 'reproducibility',
  docs: 'docs/rules/pin-pip-versions.md',
  tier: 1,
  description: '`pip install pkg` without a version specifier.',
  check(context) {
    checkPinning(context, PINNING);
  },
};
