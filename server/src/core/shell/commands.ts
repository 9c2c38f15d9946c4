/** Groups tokens into simple commands and finds each one's program behind `env`, `sudo`, `xargs` and co. */
import { ShellLexer, type Operator } from './lexer';
import type { Connector, Redirect, ScriptSource, ShellCommand, ShellWord } from './types';

/** Reserved words that open or continue a compound command: the command proper follows them. */
const LEADING_KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!']);
const CLOSING_KEYWORDS = new Set(['fi', 'done', 'esac', '}']);
/** Compound headers whose words are not a command (`for x in a b`, `case $x in`). */
const HEADER_KEYWORDS = new Set(['for', 'case', 'select', 'function']);

/** Options of wrapper programs that take a value in the next word. */
const WRAPPERS: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries({
  sudo: new Set(['-u', '-g', '-C', '-h', '-p', '-U', '-r', '-t', '-D', '-R', '-T', '--user', '--group', '--host', '--prompt', '--chdir']),
  env: new Set(['-u', '-C', '-S', '--unset', '--chdir', '--split-string']),
  xargs: new Set(['-n', '-I', '-i', '-P', '-L', '-l', '-d', '-s', '-E', '-e', '-a', '--max-args', '--max-procs', '--delimiter', '--arg-file', '--replace', '--max-lines']),
  nohup: new Set(),
  exec: new Set(['-a']),
  command: new Set(),
  time: new Set(['-f', '-o']),
  nice: new Set(['-n', '--adjustment']),
  timeout: new Set(['-s', '-k', '--signal', '--kill-after']),
  stdbuf: new Set(['-i', '-o', '-e']),
}));
/** Wrappers whose first operand is not the program (`timeout 10 cmd`). */
const OPERAND_BEFORE_PROGRAM = new Set(['timeout']);

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*\+?=/;

/** The commands of a script, and the index after its last token that more commands could follow (or null). */
export function splitCommands(source: ScriptSource, bodies: boolean): { commands: ShellCommand[]; appendAfter: number | null } {
  const lexer = new ShellLexer(source, bodies);
  const commands: ShellCommand[] = [];
  const groups: ('subshell' | 'brace' | 'compound')[] = [];
  let subshells = 0;
  let words: ShellWord[] = [];
  // Most commands have no redirection: their list is the shared empty one.
  let redirects: Redirect[] | null = null;
  let first: number | null = null;
  let last = 0;
  let connector: Connector | null = null;
  let skipHeader = false;
  let sawCommand = false;
  // The last token other than a line break or `;`: appending after an operator would be unsafe.
  let appendAfter: number | null = null;

  const finish = (next: Connector | null) => {
    if (words.length > 0 || redirects !== null) {
      const span = { start: source.offsetAt(first ?? 0), end: source.offsetAt(last - 1) + 1 };
      commands.push(buildCommand(words, redirects ?? NO_REDIRECTS, span, sawCommand ? connector : null, next === '|', groups.length, subshells > 0));
      sawCommand = true;
      connector = null;
      words = [];
      redirects = null;
    }
    first = null;
    if (next !== null) connector = next;
  };
  const pop = () => {
    if (groups.pop() === 'subshell') subshells--;
  };

  let pending = false;
  for (;;) {
    const kind = pending ? lexer.kind : lexer.next();
    pending = false;
    if (kind === 'end') break;
    switch (kind) {
      case 'newline':
        skipHeader = false;
        // A line break after `&&`, `||` or `|` continues the list.
        if (words.length === 0 && redirects === null && connector !== null && connector !== ';' && connector !== 'newline') break;
        finish('newline');
        break;
      case 'operator': {
        skipHeader = false;
        const op = lexer.op as Operator;
        appendAfter = op === ';' ? appendAfter : op === ')' ? lexer.end : null;
        if (op === '(') {
          if (words.length === 0) {
            groups.push('subshell');
            subshells++;
          }
          break;
        }
        if (op === ')') {
          finish(null);
          // `pattern)` of a case item closes nothing that we opened.
          if (groups.length > 0 && groups[groups.length - 1] === 'subshell') pop();
          break;
        }
        finish(op === ';;' ? ';' : op === '|&' ? '|' : op);
        break;
      }
      case 'redirect': {
        first ??= lexer.start;
        const op = lexer.op;
        const redirectEnd = lexer.end;
        const target = lexer.next() === 'word' ? lexer.word : null;
        if (target) {
          last = lexer.end;
        } else {
          last = redirectEnd;
          pending = true;
        }
        appendAfter = last;
        (redirects ??= []).push({ op, target });
        break;
      }
      case 'word': {
        appendAfter = lexer.end;
        if (skipHeader) break;
        const word = lexer.word!;
        if (words.length === 0 && !word.opaque && word.raw === word.value) {
          const keyword = word.value;
          if (keyword === '{') {
            groups.push('brace');
            break;
          }
          if (CLOSING_KEYWORDS.has(keyword)) {
            pop();
            break;
          }
          if (LEADING_KEYWORDS.has(keyword)) {
            if (keyword === 'if' || keyword === 'while' || keyword === 'until') groups.push('compound');
            break;
          }
          if (HEADER_KEYWORDS.has(keyword)) {
            groups.push('compound');
            skipHeader = true;
            break;
          }
        }
        first ??= lexer.start;
        last = lexer.end;
        words.push(word);
        break;
      }
      default: {
        const unreachable: never = kind;
        return unreachable;
      }
    }
  }
  finish(null);
  return { commands, appendAfter };
}

const NO_REDIRECTS: readonly Redirect[] = Object.freeze([]);
const NO_WORDS: readonly ShellWord[] = Object.freeze([]);

function buildCommand(
  words: readonly ShellWord[], redirects: readonly Redirect[], span: ShellCommand['span'], connector: Connector | null,
  pipesOut: boolean, depth: number, inSubshell: boolean,
): ShellCommand {
  let i = 0;
  // Cheap test first: an assignment has a `=` (most first words do not).
  while (i < words.length && !words[i].opaque && words[i].value.includes('=') && ASSIGNMENT.test(words[i].value)) i++;
  // Most commands have neither assignments nor wrappers: they share the empty list.
  const assignments: ShellWord[] | readonly ShellWord[] = i === 0 ? NO_WORDS : words.slice(0, i);
  if (!isWrapper(words[i])) return command(words, assignments, NO_WORDS, i, redirects, span, connector, pipesOut, depth, inSubshell);
  const collected = [...assignments];
  const wrappers: ShellWord[] = [];
  for (;;) {
    const word = words[i];
    if (!word || word.opaque) break;
    // A Map: a program named `constructor` must not find Object's prototype.
    const valued = WRAPPERS.get(baseName(word.value));
    if (!valued) break;
    wrappers.push(word);
    i++;
    while (i < words.length) {
      const v = words[i].value;
      if (v === '--') {
        i++;
        break;
      }
      if (v.startsWith('-') && v.length > 1) {
        i += valued.has(v) ? 2 : 1;
      } else if (baseName(word.value) === 'env' && ASSIGNMENT.test(v)) {
        collected.push(words[i++]);
      } else break;
    }
    if (OPERAND_BEFORE_PROGRAM.has(baseName(word.value)) && i < words.length) i++;
  }
  return command(words, collected, wrappers, i, redirects, span, connector, pipesOut, depth, inSubshell);
}

function isWrapper(word: ShellWord | undefined): boolean {
  return word !== undefined && !word.opaque && WRAPPERS.has(baseName(word.value));
}

/** The command whose program is `words[programAt]` (none when that word is missing or opaque). */
function command(
  words: readonly ShellWord[], assignments: readonly ShellWord[], wrappers: readonly ShellWord[], programAt: number,
  redirects: readonly Redirect[], span: ShellCommand['span'], connector: Connector | null, pipesOut: boolean, depth: number, inSubshell: boolean,
): ShellCommand {
  const name = programAt < words.length && !words[programAt].opaque ? words[programAt] : null;
  return {
    words,
    assignments,
    wrappers,
    name,
    program: name ? baseName(name.value) : '',
    args: programAt + 1 < words.length ? words.slice(programAt + 1) : NO_WORDS,
    redirects,
    span,
    connector,
    pipesOut,
    depth,
    inSubshell,
    derived: undefined,
  };
}

function baseName(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? path : path.slice(slash + 1);
}
