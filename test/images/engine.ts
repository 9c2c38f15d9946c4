/** Test support for the real-engine tests: a private dockerd (scripts/dockerd.sh), docker CLI and layerwise runs. */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '../..');

export interface PrivateEngine {
  dir: string;
  dockerHost: string;
  socket: string;
}

/** Starts the private daemon, or returns the reason it cannot run here. */
export function startEngine(): PrivateEngine | { skip: string } {
  const dir = mkdtempSync(join(tmpdir(), 'layerwise-engine-'));
  const started = spawnSync('bash', [join(REPO_ROOT, 'scripts/dockerd.sh'), 'start', dir], { encoding: 'utf8', timeout: 600_000 });
  if (started.status !== 0) {
    spawnSync('bash', [join(REPO_ROOT, 'scripts/dockerd.sh'), 'stop', dir]);
    return { skip: (started.stderr || started.stdout || `dockerd.sh exited ${started.status}`).trim().split('\n').pop() ?? 'unknown' };
  }
  return { dir, dockerHost: `unix://${dir}/docker.sock`, socket: join(dir, 'docker.sock') };
}

export function stopEngine(engine: PrivateEngine): void {
  spawnSync('bash', [join(REPO_ROOT, 'scripts/dockerd.sh'), 'stop', engine.dir], { encoding: 'utf8', timeout: 120_000 });
}

/** The docker CLI of docker.io (20.10: BuildKit with DOCKER_BUILDKIT=1, unlike a CLI without buildx). */
export function docker(engine: PrivateEngine, args: string[], env: Record<string, string> = {}): string {
  const result = spawnSync('/usr/bin/docker', args, { encoding: 'utf8', env: { ...process.env, DOCKER_HOST: engine.dockerHost, ...env }, timeout: 120_000 });
  if (result.status !== 0) throw new Error(`docker ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** GET on the private engine's API with curl: an independent view to compare against. */
export function engineApi(engine: PrivateEngine, path: string): unknown {
  const result = spawnSync('curl', ['-sf', '--unix-socket', engine.socket, `http://d${path}`], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`GET ${path} failed`);
  return JSON.parse(result.stdout) as unknown;
}

/** Runs the built CLI (dist/cli.js) as a user would. */
export function layerwise(args: string[], env: Record<string, string>): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [join(REPO_ROOT, 'dist/cli.js'), ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
}

export function buildDist(): void {
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'esbuild.mjs')], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`esbuild failed: ${result.stderr}`);
}
