import type { Analysis } from '../analysis';
import type { StageModel } from '../model';
import { shellArgsAt, type ShellCommand } from '../shell';
import type { Fix, Rule } from './rule';
import { lineBreakOf, lineStartOf } from './shared/edits';
import { stageImage } from './shared/images';
import { runSteps } from './shared/runScripts';

/** Base images whose /bin/bash exists (Debian/Ubuntu family) and whose `-alpine` variants use ash. */
const DEBIAN_FAMILY = new Set([
  'debian', 'ubuntu', 'buildpack-deps', 'python', 'node', 'golang', 'ruby', 'php', 'perl', 'rust', 'openjdk', 'eclipse-temurin',
  'maven', 'gradle', 'haskell', 'elixir', 'erlang', 'julia', 'r-base', 'gcc', 'swift', 'postgres', 'mysql', 'httpd', 'nginx', 'redis',
]);

export const missingPipefail: Rule = {
  id: 'missing-pipefail',
  aliases: ['DL4006'],
  severity: 'warning',
  category: 'correctness',
  docs: 'docs/rules/missing-pipefail.md',
  tier: 1,
  description: 'A RUN with a pipe while the shell does not run with `-o pipefail`: a failing command before `|` does not fail the build.',
  check({ analysis, options, report }) {
    let fixedStages: Set<number> | null = null;
    for (const run of runSteps(analysis, options.nonPosixStages)) {
      // Only a RUN with a pipe can be reported: the shell in effect is looked up for those alone.
      if (!hasPipe(run.commands)) continue;
      const shellArgs = shellArgsAt(analysis.image, run.stage, run.instruction);
      if (shellArgs && setsPipefail(shellArgs)) continue;
      for (const script of run.scripts) {
        const pipe = firstPipeWithoutPipefail(script.commands);
        if (!pipe) continue;
        const fix = fixedStages?.has(run.stage.index) || shellArgs ? null : shellFix(analysis, run.stage, run.instruction.span.start);
        if (fix) (fixedStages ??= new Set()).add(run.stage.index);
        report({
          message: `Only the last command of a pipe decides whether this RUN fails: if ${pipe.program || 'the command'} fails, the build goes on with its partial output. Set SHELL ["/bin/bash", "-o", "pipefail", "-c"] (or ash on Alpine) before this RUN, or run set -o pipefail first.`,
          span: pipe.span,
          fixes: fix ? [fix] : [],
        });
        break;
      }
    }
  },
};

function hasPipe(commands: readonly ShellCommand[]): boolean {
  for (const command of commands) if (command.pipesOut) return true;
  return false;
}

function setsPipefail(args: readonly string[]): boolean {
  return args.some((a, i) => (a === 'pipefail' && /^-[a-zA-Z]*o$/.test(args[i - 1] ?? '')) || a === '-opipefail');
}

/** The first command that pipes out before any `set -o pipefail` in the script. */
function firstPipeWithoutPipefail(commands: readonly ShellCommand[]): ShellCommand | null {
  for (const command of commands) {
    if (command.program === 'set' && setsPipefail(command.args.map((a) => a.value))) return null;
    if (command.pipesOut) return command;
  }
  return null;
}

function shellFix(analysis: Analysis, stage: StageModel, runStart: number): Fix | null {
  let root = stage;
  while (root.baseStage !== null) root = analysis.image.stages[root.baseStage];
  const resolved = stageImage(analysis, root);
  if (!resolved || !resolved.image) return null;
  const { ref } = resolved;
  const name = ref.repository.replace(/^library\//, '');
  const alpine = name === 'alpine' || /alpine/.test(ref.tag ?? '');
  const debian = !alpine && DEBIAN_FAMILY.has(name);
  if (!alpine && !debian) return null;
  const shell = alpine ? '/bin/ash' : '/bin/bash';
  const at = lineStartOf(analysis.text, runStart);
  return {
    title: `Add SHELL ["${shell}", "-o", "pipefail", "-c"] before this RUN`,
    edits: [{ span: { start: at, end: at }, newText: `SHELL ["${shell}", "-o", "pipefail", "-c"]${lineBreakOf(analysis.text)}` }],
    isPreferred: true,
  };
}
