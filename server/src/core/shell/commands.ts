/** Groups tokens into simple commands and finds each one's program behind `env`, `sudo`, `xargs` and co. */
import type { Token } from './lexer';
import type { Connector, Redirect, ScriptSource, ShellCommand, ShellWord } from './types';

/** Reserved words that open or continue a compound command: the command proper follows them. */
const LEADING_KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!']);
const CLOSING_KEYWORDS = new Set(['fi', 'done', 'esac', '}']);
/** Compound headers whose words are not a command (`for x in a b`, `case $x in`). */
const HEADER_KEYWORDS = new Set(['for', 'case', 'select', 'function']);

/** Options of wrapper programs that take a value in the next word. */
const WRAPPERS: Readonly<Record<string, ReadonlySet<string>>> = {
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
};
/** Wrappers whose first operand is not the program (`timeout 10 cmd`). */
const OPERAND_BEFORE_PROGRAM = new Set(['timeout']);

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*\+?=/;

export function splitCommands(tokens: readonly Token[], source: ScriptSource): ShellCommand[] {
  const commands: ShellCommand[] = [];
  const groups: ('subshell' | 'brace' | 'compound')[] = [];
  let words: ShellWord[] = [];
  let redirects: Redirect[] = [];
  let first: number | null = null;
  let last = 0;
  let connector: Connector | null = null;
  let skipHeader = false;
  let sawCommand = false;

  const wordOf = (t: Extract<Token, { kind: 'word' }>): ShellWord => ({
    raw: t.raw,
    value: t.value,
    opaque: t.opaque,
    span: { start: source.offsetAt(t.start), end: source.offsetAt(t.end - 1) + 1 },
  });
  const finish = (next: Connector | null) => {
    if (words.length > 0 || redirects.length > 0) {
      commands.push(buildCommand(words, redirects, {
        span: { start: source.offsetAt(first ?? 0), end: source.offsetAt(last - 1) + 1 },
        connector: sawCommand ? connector : null,
        pipesOut: next === '|',
        depth: groups.length,
        inSubshell: groups.includes('subshell'),
      }));
      sawCommand = true;
      connector = null;
    }
    words = [];
    redirects = [];
    first = null;
    if (next !== null) connector = next;
  };

  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    switch (token.kind) {
      case 'newline':
        skipHeader = false;
        // A line break after `&&`, `||` or `|` continues the list.
        if (words.length === 0 && redirects.length === 0 && connector !== null && connector !== ';' && connector !== 'newline') break;
        finish('newline');
        break;
      case 'operator': {
        skipHeader = false;
        const op = token.op;
        if (op === '(') {
          if (words.length === 0) groups.push('subshell');
          break;
        }
        if (op === ')') {
          finish(null);
          // `pattern)` of a case item closes nothing that we opened.
          if (groups.length > 0 && groups[groups.length - 1] === 'subshell') groups.pop();
          break;
        }
        finish(op === ';;' ? ';' : op === '|&' ? '|' : op);
        break;
      }
      case 'redirect': {
        first ??= token.start;
        const next = tokens[k + 1];
        const target = next && next.kind === 'word' ? next : null;
        if (target) k++;
        redirects.push({ op: token.op.replace(/^\d+/, ''), target: target ? wordOf(target) : null });
        last = target ? target.end : token.end;
        break;
      }
      case 'word': {
        if (skipHeader) break;
        if (words.length === 0 && !token.opaque && token.raw === token.value) {
          const keyword = token.value;
          if (keyword === '{') {
            groups.push('brace');
            break;
          }
          if (CLOSING_KEYWORDS.has(keyword)) {
            groups.pop();
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
        first ??= token.start;
        last = token.end;
        words.push(wordOf(token));
        break;
      }
      default: {
        const unreachable: never = token;
        return unreachable;
      }
    }
  }
  finish(null);
  return commands;
}

interface CommandPlace {
  readonly span: ShellCommand['span'];
  readonly connector: Connector | null;
  readonly pipesOut: boolean;
  readonly depth: number;
  readonly inSubshell: boolean;
}

function buildCommand(words: readonly ShellWord[], redirects: readonly Redirect[], place: CommandPlace): ShellCommand {
  const assignments: ShellWord[] = [];
  const wrappers: ShellWord[] = [];
  let i = 0;
  while (i < words.length && !words[i].opaque && ASSIGNMENT.test(words[i].value)) assignments.push(words[i++]);
  for (;;) {
    const word = words[i];
    if (!word || word.opaque) break;
    const wrapper = baseName(word.value);
    // hasOwn: a program named `constructor` must not find Object's prototype.
    const valued = Object.hasOwn(WRAPPERS, wrapper) ? WRAPPERS[wrapper] : undefined;
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
        assignments.push(words[i++]);
      } else break;
    }
    if (OPERAND_BEFORE_PROGRAM.has(baseName(word.value)) && i < words.length) i++;
  }
  const name = i < words.length && !words[i].opaque ? words[i] : null;
  return {
    words,
    assignments,
    wrappers,
    name,
    program: name ? baseName(name.value) : '',
    args: i < words.length ? words.slice(i + 1) : [],
    redirects,
    ...place,
  };
}

function baseName(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? path : path.slice(slash + 1);
}
