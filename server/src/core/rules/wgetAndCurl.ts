import type { ShellWord } from '../shell';
import type { Rule } from './rule';
import { runSteps } from './shared/runScripts';

export const wgetAndCurl: Rule = {
  id: 'wget-and-curl',
  aliases: ['DL4001'],
  severity: 'info',
  category: 'layers',
  docs: 'docs/rules/wget-and-curl.md',
  tier: 2,
  description: 'Both curl and wget used in one stage.',
  check({ analysis, options, report }) {
    let firstUse: Map<number, { curl?: ShellWord; wget?: ShellWord }> | null = null;
    for (const run of runSteps(analysis, options.nonPosixStages)) {
      for (const command of run.commands) {
        if ((command.program !== 'curl' && command.program !== 'wget') || !command.name) continue;
        firstUse ??= new Map();
        let uses = firstUse.get(run.stage.index);
        if (!uses) firstUse.set(run.stage.index, (uses = {}));
        if (uses[command.program]) continue;
        uses[command.program] = command.name;
        const other = command.program === 'curl' ? uses.wget : uses.curl;
        if (!other) continue;
        report({
          message: `This stage already uses ${other.value === 'curl' ? 'curl' : 'wget'}; needing both means two download tools (and their libraries) in the image where one does. Pick one.`,
          span: command.name.span,
          related: [{ span: other.span, message: `${other.value} is used here` }],
        });
      }
    }
  },
};
