/** The global ARGs (declared before the first FROM): what FROM lines, `COPY --from` and links may expand. */
import { unquote, type Instruction } from '../syntax';
import type { GlobalArg } from './types';

/** Every global ARG declaration in order; a name declared twice appears twice (the later one wins). */
export function readGlobalArgs(preamble: readonly Instruction[]): GlobalArg[] {
  const args: GlobalArg[] = [];
  for (const instruction of preamble) {
    if (instruction.kind !== 'ARG') continue;
    for (const pair of instruction.pairs) args.push({ name: pair.key, defaultValue: pair.value === null ? null : unquote(pair.value), instruction });
  }
  return args;
}

/** Name -> default as written (quotes removed), '' for `ARG NAME` without one; the last declaration wins. */
export function globalDefaults(args: readonly GlobalArg[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const arg of args) values.set(arg.name, arg.defaultValue ?? '');
  return values;
}
