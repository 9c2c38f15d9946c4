import type { Step } from '../model';
import type { ShellCommand } from '../shell';
import type { Fix, Rule } from './rule';
import { deleteInstruction } from './shared/edits';
import { unquote } from '../syntax';
import { layerName, runSteps } from './shared/runScripts';

export const chmodChownAfterCopy: Rule = {
  id: 'chmod-chown-after-copy',
  aliases: [],
  severity: 'warning',
  category: 'layers',
  docs: 'docs/rules/chmod-chown-after-copy.md',
  tier: 1,
  description: 'A RUN that only chmods/chowns what the COPY/ADD right before it added: every file is stored a second time.',
  check({ analysis, options, report }) {
    for (const run of runSteps(analysis, options.nonPosixStages)) {
      if (run.commands.length === 0 || !run.commands.every(isChmodOrChown)) continue;
      const steps = run.stage.steps.filter((s) => !s.onbuild);
      const previous = steps[steps.indexOf(run.step) - 1];
      if (!previous || (previous.instruction.kind !== 'COPY' && previous.instruction.kind !== 'ADD')) continue;
      const dest = destinationOf(previous);
      if (dest === null || !onlyChanges(run.commands, dest)) continue;
      report({
        message: `Changing owner or mode in a separate RUN copies every file of ${layerName(previous)} up into ${layerName(run.step)}: the image stores them twice. Set them while copying with --chown/--chmod.`,
        span: run.instruction.keywordSpan,
        related: [{ span: previous.instruction.keywordSpan, message: `the files were added here, in ${layerName(previous)}` }],
        fixes: flagFix(analysis.tree, run.commands, previous, run.step),
      });
    }
  },
};

function isChmodOrChown(command: ShellCommand): boolean {
  return command.program === 'chmod' || command.program === 'chown';
}

/** Every command changes only the copied destination (a function: a closure over `dest` would cost every RUN a context). */
function onlyChanges(commands: readonly ShellCommand[], dest: string): boolean {
  return commands.every((c) => operandsOf(c).every((o) => samePath(o, dest)));
}

function destinationOf(step: Step): string | null {
  const i = step.instruction;
  const last = i.json ? i.json.elements.at(-1)?.value : i.words.at(-1)?.value;
  return last === undefined || (i.json ? i.json.elements.length : i.words.length) < 2 ? null : unquote(last);
}

/** Paths the command changes: words after the options and after the mode/owner operand. */
function operandsOf(command: ShellCommand): string[] {
  const words = command.args.filter((a) => !a.value.startsWith('-')).map((a) => a.value);
  return words.slice(1);
}

function samePath(a: string, b: string): boolean {
  const norm = (p: string) => unquote(p).replace(/\/+$/, '').replace(/^\.\//, '') || '/';
  return norm(a) === norm(b) || (/\/\*$/.test(a) && norm(a.slice(0, -2)) === norm(b));
}

function flagFix(tree: import('../syntax').Dockerfile, commands: readonly ShellCommand[], copy: Step, run: Step): Fix[] {
  if (commands.length !== 1 || run.instruction.flags.length > 0) return [];
  const command = commands[0];
  const values = command.args.filter((a) => !a.value.startsWith('-'));
  const options = command.args.filter((a) => a.value.startsWith('-'));
  if (values.length !== 2 || options.some((o) => o.value !== '-R' && o.value !== '--recursive') || values.some((v) => v.opaque)) return [];
  const flag = command.program === 'chmod' ? 'chmod' : 'chown';
  const value = values[0].value;
  if (flag === 'chmod' ? !/^[0-7]{3,4}$/.test(value) : !/^[A-Za-z0-9_.-]+(?::[A-Za-z0-9_.-]+)?$/.test(value)) return [];
  if (copy.instruction.flags.some((f) => f.name.toLowerCase() === flag)) return [];
  const at = copy.instruction.keywordSpan.end;
  return [{
    title: `Add --${flag}=${value} to ${copy.instruction.kind} and remove this RUN`,
    edits: [{ span: { start: at, end: at }, newText: ` --${flag}=${value}` }, deleteInstruction(tree, run.instruction)],
    isPreferred: true,
  }];
}
