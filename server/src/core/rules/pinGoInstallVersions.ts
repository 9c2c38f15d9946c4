import type { Rule } from './rule';
import { managerOf, managerSet } from './shared/packages';
import { runSteps, usesManager } from './shared/runScripts';

const GO = managerSet('go');

export const pinGoInstallVersions: Rule = {
  id: 'pin-go-install-versions',
  aliases: ['DL3062'],
  severity: 'warning',
  category: 'reproducibility',
  docs: 'docs/rules/pin-go-install-versions.md',
  tier: 2,
  description: '`go install pkg` / `go run pkg` of a remote package without `@version`.',
  check({ analysis, options, report }) {
    for (const run of runSteps(analysis, options.nonPosixStages)) {
      if (!usesManager(run, GO)) continue;
      for (const command of run.commands) {
        const pkg = managerOf(command);
        if (!pkg || pkg.manager !== 'go') continue;
        const action = pkg.action?.value;
        if (action !== 'install' && action !== 'run') continue;
        const operands = action === 'run' ? pkg.operands.slice(0, 1) : pkg.operands;
        for (const word of operands) {
          const v = word.value;
          if (word.opaque || !isRemotePackage(v)) continue;
          const version = v.includes('@') ? v.slice(v.indexOf('@') + 1) : '';
          if (version !== '' && version !== 'latest') continue;
          report({
            message: `go ${action} ${v} ${version === 'latest' ? 'takes @latest' : 'has no @version'}: the next build may compile a different release. Pin it as ${v.split('@')[0]}@vX.Y.Z.`,
            span: word.span,
          });
        }
      }
    }
  },
};

/** `example.com/x/y` style import paths; local paths, `./...` and files are not remote. */
function isRemotePackage(path: string): boolean {
  if (path.startsWith('.') || path.startsWith('/') || path.startsWith('-') || path.endsWith('.go')) return false;
  const first = path.split('/')[0];
  return first.includes('.') && path.includes('/');
}
