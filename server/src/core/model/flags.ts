import type { Flag, Instruction } from '../syntax';

export function flagValue(instruction: Instruction, name: string): string | null {
  const flag = instruction.flags.find((f) => f.name.toLowerCase() === name);
  return flag ? flag.value ?? '' : null;
}

export function hasFlag(instruction: Instruction, name: string): boolean {
  return instruction.flags.some((f) => f.name.toLowerCase() === name);
}

/** A boolean flag such as `--link` or `--link=true`. */
export function isFlagOn(instruction: Instruction, name: string): boolean {
  const value = flagValue(instruction, name);
  return value !== null && (value === '' || /^(1|t|true)$/i.test(value));
}

/** `--mount=type=cache,target=/root/.cache,from=build` as key/value pairs (type defaults to bind). */
export function parseMount(flag: Flag): ReadonlyMap<string, string> {
  const fields = new Map<string, string>();
  for (const part of (flag.value ?? '').split(',')) {
    const eq = part.indexOf('=');
    const key = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    if (key) fields.set(key, eq < 0 ? 'true' : part.slice(eq + 1).trim());
  }
  if (!fields.has('type')) fields.set('type', 'bind');
  return fields;
}

export function mountsOf(instruction: Instruction): ReadonlyMap<string, string>[] {
  return instruction.flags.filter((f) => f.name.toLowerCase() === 'mount').map(parseMount);
}
