/**
 * The ShellCheck runner: the locally installed `shellcheck` binary (Debian package `shellcheck`; never
 * downloaded), all scripts of one request as files of one temporary folder checked by one process, so each
 * RUN is analysed on its own (as the builder runs it) without a process per RUN.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ShellcheckComment, ShellcheckLevel, ShellcheckRun, ShellcheckRunner } from '../core/rules';

/** A stuck process must not hold a document's results forever. */
const TIMEOUT_MS = 30_000;
const LEVELS = new Set<string>(['error', 'warning', 'info', 'style']);

export const SHELLCHECK_MISSING = 'ShellCheck is not installed, so the shellcheck rule cannot run: install it (Debian/Ubuntu: apt-get install shellcheck) or set LAYERWISE_SHELLCHECK to its path.';

/** `binary`: a program name looked up on PATH, or a path; `LAYERWISE_SHELLCHECK` overrides the default. */
export function shellcheckRunner(binary: string = process.env.LAYERWISE_SHELLCHECK || 'shellcheck'): ShellcheckRunner {
  return {
    async check(scripts, { exclude, signal }): Promise<ShellcheckRun> {
      if (scripts.length === 0) return { ok: true, comments: [] };
      let dir: string;
      try {
        dir = await mkdtemp(path.join(os.tmpdir(), 'layerwise-shellcheck-'));
      } catch (error) {
        return { ok: false, problem: `ShellCheck could not run: no temporary folder (${(error as NodeJS.ErrnoException).code ?? String(error)}).` };
      }
      try {
        const names = scripts.map((_, i) => `${i}.sh`);
        await Promise.all(scripts.map((script, i) => writeFile(path.join(dir, names[i]), script)));
        const args = ['--norc', '--format=json1', ...(exclude.length > 0 ? [`--exclude=${exclude.map((c) => `SC${c}`).join(',')}`] : []), '--', ...names];
        const outcome = await run(binary, args, dir, signal);
        if (!outcome.ok) return outcome;
        return parseJson1(outcome.stdout, names);
      } catch (error) {
        return { ok: false, problem: `ShellCheck could not run (${(error as NodeJS.ErrnoException).code ?? String(error)}).` };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

type ProcessOutcome = { ok: true; stdout: string } | { ok: false; problem: string };

function run(binary: string, args: readonly string[], cwd: string, signal: AbortSignal | undefined): Promise<ProcessOutcome> {
  return new Promise((resolve) => {
    const child = spawn(binary, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], signal });
    // Our own timer (spawn's `timeout` outlives a spawn that failed with ENOENT and holds the CLI open).
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIMEOUT_MS);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (error.code === 'ENOENT') resolve({ ok: false, problem: SHELLCHECK_MISSING });
      else if (error.name === 'AbortError') resolve({ ok: false, problem: 'ShellCheck run cancelled.' });
      else resolve({ ok: false, problem: `ShellCheck could not run (${error.code ?? error.message}).` });
    });
    child.on('close', (code, killedBy) => {
      clearTimeout(timer);
      // 0: no comments, 1: comments; anything else is ShellCheck refusing its input or options.
      if (code === 0 || code === 1) resolve({ ok: true, stdout: Buffer.concat(stdout).toString('utf8') });
      else if (timedOut) resolve({ ok: false, problem: `ShellCheck did not finish within ${TIMEOUT_MS / 1000} s; it is not run again until the settings change.` });
      else {
        const reason = Buffer.concat(stderr).toString('utf8').trim().split('\n')[0] || (killedBy ? `stopped by ${killedBy}` : `exit code ${code}`);
        resolve({ ok: false, problem: `ShellCheck failed: ${reason}` });
      }
    });
  });
}

/** json1: `{ comments: [{ file, line, endLine, column, endColumn, level, code, message }] }`. */
export function parseJson1(stdout: string, names: readonly string[]): ShellcheckRun {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    return { ok: false, problem: 'ShellCheck printed something other than JSON (is `shellcheck` a real ShellCheck 0.7 or newer?).' };
  }
  const byFile = new Map(names.map((name, i) => [name, i]));
  const comments: ShellcheckComment[][] = names.map(() => []);
  const list = isObject(parsed) && Array.isArray(parsed.comments) ? parsed.comments : [];
  for (const item of list) {
    if (!isObject(item)) continue;
    const index = typeof item.file === 'string' ? byFile.get(path.basename(item.file)) : undefined;
    const { line, endLine, column, endColumn, code, message, level } = item;
    if (index === undefined || !isNumber(line) || !isNumber(column) || !isNumber(code) || typeof message !== 'string' || typeof level !== 'string' || !LEVELS.has(level)) continue;
    comments[index].push({
      line,
      column,
      endLine: isNumber(endLine) ? endLine : line,
      endColumn: isNumber(endColumn) ? endColumn : column,
      level: level as ShellcheckLevel,
      code,
      message,
    });
  }
  return { ok: true, comments };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
