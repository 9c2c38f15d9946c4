import type { Rule } from './rule';
import { runSteps } from './shared/runScripts';

const TO_APT_GET = new Set(['install', 'update', 'upgrade', 'remove', 'purge', 'autoremove', 'dist-upgrade', 'full-upgrade', 'clean', 'autoclean', 'source', 'build-dep', 'download', 'changelog']);
const TO_APT_CACHE = new Set(['search', 'show', 'policy', 'depends', 'rdepends', 'madison']);

export const useAptGetNotApt: Rule = {
  id: 'use-apt-get-not-apt',
  aliases: ['DL3027'],
  severity: 'warning',
  category: 'correctness',
  docs: 'docs/rules/use-apt-get-not-apt.md',
  tier: 1,
  description: '`apt` in RUN: its output and options are meant for people and may change; scripts use apt-get / apt-cache.',
  check({ analysis, options, report }) {
    for (const run of runSteps(analysis, options.nonPosixStages)) {
      for (const command of run.commands) {
        if (command.program !== 'apt' || !command.name) continue;
        const action = command.args.find((a) => !a.value.startsWith('-'))?.value ?? '';
        const replacement = TO_APT_GET.has(action) ? 'apt-get' : TO_APT_CACHE.has(action) ? 'apt-cache' : null;
        const name = command.name;
        const prefix = name.value.slice(0, name.value.length - 3);
        report({
          message: `apt is the interactive front end: it warns that its command-line interface is not stable for scripts. Use ${replacement ?? 'apt-get or apt-cache'} in a Dockerfile.`,
          span: name.span,
          fixes: replacement && name.raw === name.value ? [{ title: `Change to ${replacement}`, edits: [{ span: name.span, newText: prefix + replacement }], isPreferred: true }] : [],
        });
      }
    }
  },
};
