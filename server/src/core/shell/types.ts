/** Commands of a shell script (a shell-form RUN or a heredoc body), with document offsets for fixes. */
import type { Span } from '../syntax';

/** Text to split, with the map from its indices to document offsets. */
export interface ScriptSource {
  readonly text: string;
  /** Document offset of the character at `index`; `text.length` maps to the end of the script. */
  offsetAt(index: number): number;
}

/** One shell word. */
export interface ShellWord {
  /** The word as written (quotes and escapes kept). */
  readonly raw: string;
  /** Quotes removed and escapes applied; expansions (`$X`, `$(…)`, backticks) kept as written. */
  readonly value: string;
  /** Holds a parameter expansion, command substitution or backticks: its value is unknown here. */
  readonly opaque: boolean;
  /** Document span of the word as written. */
  readonly span: Span;
}

export type Connector = '&&' | '||' | ';' | '&' | '|' | 'newline';

export interface Redirect {
  /** `>`, `>>`, `2>&1`'s `>&`, `<<`, … without the file descriptor. */
  readonly op: string;
  readonly target: ShellWord | null;
}

/** A simple command: assignments, wrappers (`sudo`, `env`, `xargs`, …), the program and its arguments. */
export interface ShellCommand {
  /** Every word of the command as written, in order (redirections excluded). */
  readonly words: readonly ShellWord[];
  /** `X=1` words before the program (also those after `env`). */
  readonly assignments: readonly ShellWord[];
  /** Wrapper programs before the real one, e.g. the `sudo` of `sudo apt-get install`. */
  readonly wrappers: readonly ShellWord[];
  /** The program word, or null when the command only assigns or its program is opaque. */
  readonly name: ShellWord | null;
  /** Program name without directory (`/usr/bin/apt-get` → `apt-get`); '' when there is none. */
  readonly program: string;
  /** Words after the program. */
  readonly args: readonly ShellWord[];
  readonly redirects: readonly Redirect[];
  /** From the first to the last word or redirection. */
  readonly span: Span;
  /** The operator before this command (null for the first command of the script). */
  readonly connector: Connector | null;
  /** Standard output goes into a pipe. */
  readonly pipesOut: boolean;
  /** Nesting in `( … )`, `{ …; }` and compound commands (`if`, `for`, `while`): 0 at top level. */
  readonly depth: number;
  /** Inside `( … )`: a `cd` there does not outlive the group. */
  readonly inSubshell: boolean;
  /**
   * What a reader of the shell model derived from this command, on first use (the rules' package-manager
   * reading); undefined until then. A slot on the command costs a field load where a side table cost a
   * hash lookup per rule per command, the largest item of lint's profile.
   */
  derived: unknown;
}

export type ScriptKind = 'shell-form' | 'heredoc';

export interface ShellScript {
  readonly kind: ScriptKind;
  readonly commands: readonly ShellCommand[];
  /** Document span of the script text. */
  readonly span: Span;
  /**
   * Document offset right after the last command, where ` && more` can be appended; null when the
   * script ends in a way that makes appending unsafe (background `&`, unclosed quote or group).
   */
  readonly appendAt: number | null;
  /** For heredoc scripts: offset of the delimiter line, where a new last line can be inserted. */
  readonly insertLineAt: number | null;
  /** Line break used by the file around the script (for inserted lines). */
  readonly lineBreak: '\n' | '\r\n';
}
