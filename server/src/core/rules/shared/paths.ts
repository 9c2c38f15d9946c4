/** Absolute paths in a stage: WORKDIR tracking, COPY destinations, download targets, globs. */
import type { StageModel, Step } from '../../model';
import type { ShellCommand } from '../../shell';
import type { Instruction, Span } from '../../syntax';

import { unquote } from '../../syntax';

/** Joins a path to a directory and removes `.`/`..`/duplicate and trailing slashes; null when unknown. */
export function resolvePath(path: string, workdir: string | null): string | null {
  if (path.includes('$') || path === '') return null;
  const absolute = path.startsWith('/') ? path : workdir === null ? null : `${workdir}/${path}`;
  if (absolute === null) return null;
  const parts: string[] = [];
  for (const part of absolute.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

// A memo, not state: a stage never changes, and several rules ask for its workdirs on every lint.
const workdirMemo = new WeakMap<StageModel, ReadonlyMap<Step, string | null>>();

/** The WORKDIR in effect before each step of a stage (null while unknown: the base image decides). */
export function workdirsOf(stage: StageModel): ReadonlyMap<Step, string | null> {
  const cached = workdirMemo.get(stage);
  if (cached) return cached;
  const result = new Map<Step, string | null>();
  let workdir: string | null = null;
  for (const step of stage.steps) {
    result.set(step, workdir);
    if (step.instruction.kind === 'WORKDIR') {
      const path = unquote(step.instruction.args.text.trim());
      workdir = path.startsWith('/') ? resolvePath(path, '/') : resolvePath(path, workdir);
    }
  }
  workdirMemo.set(stage, result);
  return result;
}

export interface CreatedPath {
  readonly path: string;
  readonly span: Span;
}

/** Paths a COPY/ADD writes: the destination, or destination/name for each source when it is a directory. */
export function copiedPaths(instruction: Instruction, workdir: string | null): CreatedPath[] {
  const words = instruction.json
    ? instruction.json.elements.map((e) => ({ value: e.value, span: e.span }))
    : instruction.words.map((w) => ({ value: unquote(w.value), span: w.span }));
  if (words.length < 2) return [];
  const dest = words[words.length - 1];
  const sources = words.slice(0, -1);
  const destPath = resolvePath(dest.value, workdir);
  if (destPath === null) return [];
  const intoDirectory = dest.value.endsWith('/') || sources.length > 1;
  if (!intoDirectory) return [{ path: destPath, span: sources[0].span }];
  return sources.map((s) => {
    const name = s.value.replace(/\/+$/, '').split('/').pop() ?? '';
    const plain = name !== '' && name !== '.' && !/[*?[]/.test(name) && !s.value.startsWith('<<') && !/^[a-z]+:\/\//i.test(s.value);
    return { path: plain ? resolvePath(name, destPath) ?? destPath : destPath, span: s.span };
  });
}

/** Files a download command writes (`curl -o F`, `wget -O F`, `curl … > F`). */
export function downloadTargets(command: ShellCommand, workdir: string | null): CreatedPath[] {
  if (command.program !== 'curl' && command.program !== 'wget') return [];
  const result: CreatedPath[] = [];
  const options = command.program === 'curl' ? ['-o', '--output'] : ['-O', '--output-document'];
  command.args.forEach((arg, i) => {
    const next = command.args[i + 1];
    if (options.includes(arg.value) && next) {
      const path = resolvePath(next.value, workdir);
      if (path) result.push({ path, span: next.span });
    }
  });
  for (const redirect of command.redirects) {
    if ((redirect.op === '>' || redirect.op === '>|') && redirect.target) {
      const path = resolvePath(redirect.target.value, workdir);
      if (path && path !== '/dev/null') result.push({ path, span: redirect.target.span });
    }
  }
  return result;
}

/** True when deleting `removed` (a path or glob) deletes `created` or a directory holding it. */
export function removes(removed: string, created: string): boolean {
  if (removed === '/') return false;
  return GLOB.test(removed) ? removalTest(removed)(created) : isAtOrUnder(created, removed);
}

const GLOB = /[*?[]/;
const REMOVES_NOTHING = (): boolean => false;

/** `path` is `directory` or inside it (without building `directory/`). */
function isAtOrUnder(path: string, directory: string): boolean {
  return path.startsWith(directory) && (path.length === directory.length || path[directory.length] === '/');
}

/** `removes` with `removed` fixed: a glob is compiled once for all the paths it is tested against. */
export function removalTest(removed: string): (created: string) => boolean {
  if (removed === '/') return REMOVES_NOTHING;
  if (!GLOB.test(removed)) return (created) => isAtOrUnder(created, removed);
  const pattern = new RegExp(`^${removed.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}(?:/.*)?$`);
  return (created) => pattern.test(created);
}
