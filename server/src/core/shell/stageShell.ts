/** Which shell runs a stage's shell-form RUN: SHELL instructions, Windows base images, and a pragma hook. */
import type { ImageModel, StageModel } from '../model';
import type { Instruction } from '../syntax';

/**
 * Shell named for an instruction by something outside the syntax tree, e.g. `# hadolint shell=pwsh`
 * (the pragma engine supplies it); null when nothing names one.
 */
export type ShellOverride = (instruction: Instruction) => string | null;

const NON_POSIX = /^(?:powershell|pwsh|cmd)(?:\.exe)?$/i;
const WINDOWS_BASE = /(?:^|\/)(?:windows|nanoserver|servercore|windowsservercore)\b|mcr\.microsoft\.com\/windows/i;

/** The shell program (first word of SHELL, or the default) in effect at `instruction`. */
export function shellAt(image: ImageModel, stage: StageModel, instruction: Instruction, override?: ShellOverride): string {
  const named = override?.(instruction);
  if (named) return named;
  for (let s: StageModel | null = stage; s !== null; s = s.baseStage === null ? null : image.stages[s.baseStage]) {
    const steps = s === stage ? s.steps.filter((step) => step.instruction.span.start < instruction.span.start) : s.steps;
    for (let k = steps.length - 1; k >= 0; k--) {
      const shell = steps[k].instruction;
      if (shell.kind === 'SHELL' && shell.json && shell.json.elements.length > 0) return shell.json.elements[0].value;
    }
    if (s.baseStage === null && WINDOWS_BASE.test(s.resolvedBaseImage)) return 'cmd';
  }
  return '/bin/sh';
}

/** True when shell-reading rules may read the instruction's text as POSIX shell. */
export function isPosixShell(shell: string): boolean {
  if (shell === '/bin/sh') return true; // the default, asked for every RUN
  const name = shell.slice(Math.max(shell.lastIndexOf('/'), shell.lastIndexOf('\\')) + 1);
  return !NON_POSIX.test(name);
}

/** The SHELL instruction's arguments in effect at `instruction`, or null for the default `/bin/sh -c`. */
export function shellArgsAt(image: ImageModel, stage: StageModel, instruction: Instruction): readonly string[] | null {
  for (let s: StageModel | null = stage; s !== null; s = s.baseStage === null ? null : image.stages[s.baseStage]) {
    const shells = shellSteps(s);
    for (let k = shells.length - 1; k >= 0; k--) {
      if (s !== stage || shells[k].start < instruction.span.start) return shells[k].args;
    }
  }
  return null;
}

/** A stage's SHELL steps in step order, listed once per stage: rules ask for every RUN (10,000 RUNs were quadratic). */
const shellStepsCache = new WeakMap<StageModel, readonly { start: number; args: readonly string[] }[]>();

function shellSteps(stage: StageModel): readonly { start: number; args: readonly string[] }[] {
  let shells = shellStepsCache.get(stage);
  if (!shells) {
    shells = stage.steps.flatMap(({ instruction }) =>
      instruction.kind === 'SHELL' && instruction.json ? [{ start: instruction.span.start, args: instruction.json.elements.map((e) => e.value) }] : []);
    shellStepsCache.set(stage, shells);
  }
  return shells;
}
