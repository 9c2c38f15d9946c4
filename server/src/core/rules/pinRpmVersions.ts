import type { Rule } from './rule';
import type { Manager } from './shared/packages';
import { checkPinning, listNames, type PinningCheck } from './shared/pinning';

const ALIAS: Partial<Record<Manager, string>> = { yum: 'DL3033', dnf: 'DL3041', microdnf: 'DL3041', zypper: 'DL3037' };

/** Built once: a check object per lint would be a handful of closures per rule and file. */
const PINNING: PinningCheck = {
  managers: ['yum', 'dnf', 'microdnf', 'zypper'],
  slashIsPath: true,
  isPinned: (w) => w.value.startsWith('@') || /[=<>]/.test(w.value) || /-\d/.test(w.value),
  alias: (m) => ALIAS[m] ?? 'DL3033',
  message: (m, names) =>
    m === 'zypper'
      ? `${listNames(names)} without a version: pin with pkg=version (or pkg>=version) for identical rebuilds.`
      : `${listNames(names)} without a version: pin with pkg-version for identical rebuilds.`,
};

export const pinRpmVersions: Rule = {
  id: 'pin-rpm-versions',
  aliases: ['DL3033', 'DL3041', 'DL3037'],
  severity: 'info',
  category: 'reproducibility',
  docs: 'docs/rules/pin-rpm-versions.md',
  tier: 2,
  description: '`yum/dnf install pkg` without `pkg-version`, `zypper install pkg` without `pkg=version`.',
  check(context) {
    checkPinning(context, PINNING);
  },
};
