import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { REPO_ROOT } from './paths';

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `layerwise` bin (dist/cli.js) as a user would. */
export function runCli(args: string[], input?: string, cwd = REPO_ROOT): CliResult {
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist/cli.js'), ...args], { input, cwd, encoding: 'utf8', timeout: 30000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
