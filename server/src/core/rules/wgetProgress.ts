import type { ShellWord } from '../shell';
import type { Rule } from './rule';
import { insertAfter } from './shared/edits';
import { runSteps } from './shared/runScripts';

const QUIET = /^(?:-q|--quiet|-nv|--no-verbose|--progress(?:=.*)?|-o|--output-file(?:=.*)?|-a|--append-output(?:=.*)?|-o.+)$|^-[A-Za-z]*q/;

export const wgetProgress: Rule = {
  id: 'wget-progress',
  aliases: ['DL3047'],
  severity: 'hint',
  category: 'style',
  docs: 'docs/rules/wget-progress.md',
  tier: 2,
  description: '`wget` without `--progress`, `-q` or `-nv`: the build log fills with progress bars.',
  check({ analysis, options, report }) {
    // Index loops: this rule visits every command of the file, and a for-of allocates per step until optimized.
    const runs = runSteps(analysis, options.nonPosixStages);
    for (let r = 0; r < runs.length; r++) {
      const commands = runs[r].commands;
      for (let c = 0; c < commands.length; c++) {
        const command = commands[c];
        if (command.program !== 'wget' || !command.name || command.args.some(isQuiet)) continue;
        report({
          message: 'wget without --progress, -q or -nv writes a progress line for every few kB: large downloads flood the build log. Add --progress=dot:giga.',
          span: command.name.span,
          fixes: [{ title: 'Add --progress=dot:giga', edits: [insertAfter(command.name, ' --progress=dot:giga')], isPreferred: true }],
        });
      }
    }
  },
};

function isQuiet(word: ShellWord): boolean {
  return QUIET.test(word.value);
}
