import type { Instruction } from '../syntax';

/** What a FROM line says: image, optional `AS name`, optional `--platform`. */
export interface FromClause {
  readonly image: string;
  readonly name: string | null;
}

export function readFrom(from: Instruction): FromClause {
  const words = from.words;
  const image = words.length > 0 ? words[0].value : '';
  const name = words.length >= 3 && words[1].value.toLowerCase() === 'as' ? words[2].value : null;
  return { image, name };
}

/** Splits the instruction list into the preamble (before the first FROM) and one list per stage. */
export function splitStages(instructions: readonly Instruction[]): { preamble: Instruction[]; stages: Instruction[][] } {
  const preamble: Instruction[] = [];
  const stages: Instruction[][] = [];
  for (const instruction of instructions) {
    if (instruction.kind === 'FROM') stages.push([instruction]);
    else if (stages.length === 0) preamble.push(instruction);
    else stages[stages.length - 1].push(instruction);
  }
  return { preamble, stages };
}

/** Finds a stage by name (case-insensitive, as the builder lowercases names) or by index. */
export function findStage(ref: string, names: readonly (string | null)[], allowIndex: boolean): number | null {
  const lower = ref.toLowerCase();
  const byName = names.findIndex((n) => n !== null && n.toLowerCase() === lower);
  if (byName >= 0) return byName;
  if (allowIndex && /^\d+$/.test(ref) && Number(ref) < names.length) return Number(ref);
  return null;
}

/** `findStage` for many lookups: names lowercased once into a map (per-call scans made 5,000 stages quadratic). */
export function stageFinder(names: readonly (string | null)[]): (ref: string, allowIndex: boolean, before?: number) => number | null {
  const first = new Map<string, number>();
  names.forEach((name, index) => {
    const lower = name?.toLowerCase();
    if (lower !== undefined && !first.has(lower)) first.set(lower, index);
  });
  return (ref, allowIndex, before = names.length) => {
    const byName = first.get(ref.toLowerCase());
    if (byName !== undefined && byName < before) return byName;
    if (allowIndex && /^\d+$/.test(ref) && Number(ref) < before) return Number(ref);
    return null;
  };
}
