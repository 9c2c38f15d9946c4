import type { Rule } from './rule';
import { checkPinning, listNames, type PinningCheck } from './shared/pinning';

/** Built once: a check object per lint would be a handful of closures per rule and file. */
const PINNING: PinningCheck = {
  managers: ['npm'],
  slashIsPath: false,
  isPinned: (w) => isPinnedNpm(w.value),
  message: (_m, names) => `${listNames(names)} without a version: the next build may get a new release. Pin with pkg@version (or install from package-lock.json with npm ci).`,
};

export const pinNpmVersions: Rule = {
  id: 'pin-npm-versions',
  aliases: ['DL3016'],
  severity: 'warning',
  category: 'reproducibility',
  docs: 'docs/rules/pin-npm-versions.md',
  tier: 1,
  description: '`npm install pkg` without `@version`.',
  check(context) {
    checkPinning(context, PINNING);
  },
};

function isPinnedNpm(spec: string): boolean {
  // Git, GitHub shorthand (`user/repo`), paths and tarballs name a source, not a registry version.
  if (/^(?:git[+:]|github:|https?:|file:)/.test(spec) || /\.(?:tgz|tar\.gz)$/.test(spec)) return true;
  const at = spec.startsWith('@') ? spec.indexOf('@', 1) : spec.indexOf('@');
  if (at > 0) return spec.slice(at + 1) !== '' && spec.slice(at + 1) !== 'latest';
  return !spec.startsWith('@') && spec.includes('/');
}
