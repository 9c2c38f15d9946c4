import type { Rule } from './rule';
import { insertAfter } from './shared/edits';
import { layerName, runSteps } from './shared/runScripts';

export const useraddNoLogInit: Rule = {
  id: 'useradd-no-log-init',
  aliases: ['DL3046'],
  severity: 'warning',
  category: 'layers',
  docs: 'docs/rules/useradd-no-log-init.md',
  tier: 1,
  description: '`useradd` with a large UID and without `-l`: lastlog and faillog become huge sparse files.',
  check({ analysis, options, report }) {
    for (const run of runSteps(analysis, options.nonPosixStages)) {
      for (const command of run.commands) {
        if (command.program !== 'useradd' || !command.name) continue;
        const args = command.args.map((a) => a.value);
        if (args.some((a) => a === '-l' || a === '--no-log-init' || /^-[a-zA-Z]*l[a-zA-Z]*$/.test(a))) continue;
        const uid = uidOf(args);
        if (uid === null || uid.length < 6) continue;
        report({
          message: `useradd with UID ${uid} writes /var/log/lastlog and faillog as sparse files sized by the UID; image layers do not keep them sparse, so ${layerName(run.step)} can grow by gigabytes. Add -l (--no-log-init).`,
          span: command.name.span,
          fixes: [{ title: 'Add -l', edits: [insertAfter(command.name, ' -l')], isPreferred: true }],
        });
      }
    }
  },
};

function uidOf(args: readonly string[]): string | null {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if ((a === '-u' || a === '--uid') && /^\d+$/.test(args[i + 1] ?? '')) return args[i + 1];
    const joined = /^(?:--uid=|-u)(\d+)$/.exec(a);
    if (joined) return joined[1];
  }
  return null;
}
