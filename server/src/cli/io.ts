/** What a CLI command may touch, passed in so commands stay testable: output streams, stdin, files. */
import * as fs from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readStdin(): Promise<string>;
}

export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  readStdin: () =>
    new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      process.stdin.on('data', (c: Buffer) => chunks.push(c));
      process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      process.stdin.on('error', reject);
    }),
};

/** Exit codes of DESIGN.md §3. */
export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

/** A mistake in the command line or an I/O failure: one line on stderr, exit 2. */
export class CliError extends Error {}

export function parseCommandLine<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message.split('\n')[0] : String(error));
  }
}

/** Reads a Dockerfile from a path, or stdin for `-`. Refuses directories and unreadable files clearly. */
export async function readDockerfile(path: string, io: CliIo): Promise<string> {
  if (path === '-') return io.readStdin();
  try {
    return fs.readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`${path}: no such file`);
    if (code === 'EISDIR') throw new CliError(`${path}: is a directory, not a Dockerfile`);
    throw new CliError(`${path}: cannot read (${code ?? String(error)})`);
  }
}
