/** Reading options, subcommands and operands of one shell command. */
import type { ShellCommand, ShellWord } from '../../shell';

/** True when the command has one of the options: exact long names, short letters also inside clusters (`-qy`). */
export function hasOption(command: ShellCommand, shorts: string, longs: readonly string[]): boolean {
  for (const arg of command.args) {
    const v = arg.value;
    if (v === '--') return false;
    if (v.startsWith('--')) {
      if (isOneOf(v, longs)) return true;
    } else if (v.startsWith('-') && v.length > 1 && shorts) {
      if (SHORT_CLUSTER.test(v) && hasCharOf(v, shorts)) return true;
    }
  }
  return false;
}

const SHORT_CLUSTER = /^-[A-Za-z]+$/;

/** `--name` or `--name=value` for one of the names (no `split` per argument). */
function isOneOf(option: string, longs: readonly string[]): boolean {
  for (const long of longs) {
    if (option.startsWith(long) && (option.length === long.length || option[long.length] === '=')) return true;
  }
  return false;
}

/** A letter of the cluster after its `-` is one of `letters`. */
function hasCharOf(cluster: string, letters: string): boolean {
  for (let i = 1; i < cluster.length; i++) if (letters.includes(cluster[i])) return true;
  return false;
}

export interface Operands {
  /** The first operand (the subcommand for `apt-get install`), or null. */
  readonly subcommand: ShellWord | null;
  /** Operands after the subcommand, options and option values left out. */
  readonly operands: readonly ShellWord[];
}

/**
 * Splits arguments into subcommand and operands. `valued` lists options whose value is the next word
 * (`-o X`); `--opt=value` and clustered short options (`-qq`) take no word.
 */
export function operandsOf(command: ShellCommand, valued: ReadonlySet<string>): Operands {
  const words: ShellWord[] = [];
  const args = command.args;
  let endOfOptions = false;
  for (let i = 0; i < args.length; i++) {
    const v = args[i].value;
    if (!endOfOptions && v === '--') {
      endOfOptions = true;
    } else if (!endOfOptions && v.startsWith('-') && v.length > 1) {
      if (valued.has(v)) i++;
    } else {
      words.push(args[i]);
    }
  }
  return { subcommand: words[0] ?? null, operands: words.slice(1) };
}

/** The index in `command.args` of a word. */
export function argIndex(command: ShellCommand, word: ShellWord): number {
  return command.args.indexOf(word);
}
