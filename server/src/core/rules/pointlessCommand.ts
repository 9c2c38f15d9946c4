import type { Rule } from './rule';
import { runSteps } from './shared/runScripts';

const POINTLESS: Readonly<Record<string, string>> = {
  ssh: 'opens a remote session during the build',
  vim: 'is an interactive editor: nobody types into a build',
  shutdown: 'has no machine to shut down in a build container',
  service: 'starts a service that dies with the build step; only files reach the layer',
  ps: 'lists processes of a build container that is thrown away',
  free: 'reports memory of a build container that is thrown away',
  top: 'is interactive and never ends on its own',
  kill: 'targets processes that end with the build step anyway',
  mount: 'mounts nothing that survives the build step (use RUN --mount)',
};

export const pointlessCommand: Rule = {
  id: 'pointless-command',
  aliases: ['DL3001'],
  severity: 'info',
  category: 'correctness',
  docs: 'docs/rules/pointless-command.md',
  tier: 2,
  description: 'Commands that make no sense in a build step: ssh, vim, shutdown, service, ps, free, top, kill, mount.',
  check({ analysis, options, report }) {
    for (const run of runSteps(analysis, options.nonPosixStages)) {
      for (const command of run.commands) {
        const why = Object.hasOwn(POINTLESS, command.program) ? POINTLESS[command.program] : undefined;
        if (!why || !command.name) continue;
        report({ message: `${command.program} ${why}. Each RUN starts a fresh container; only the files it leaves become the layer.`, span: command.name.span });
      }
    }
  },
};
