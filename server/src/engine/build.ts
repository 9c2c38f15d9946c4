/**
 * Builds a Dockerfile with the builder the user already has: `docker buildx build --load`, `docker build`
 * or `podman build`, each with `--iidfile` so we learn the image id; the builder's own progress goes to
 * `log`. When no builder CLI is on PATH (or the command is `engine`), the Engine API builds instead
 * (`POST /build`, BuildKit when the daemon has it) from a context tar we filter by `.dockerignore`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { isRecord } from '../core/image';
import { createBuildContext } from './buildContext';
import type { EngineClient } from './engineApi';
import { ImageSourceError } from './errors';

export interface BuildRequest {
  dockerfile: string;
  context: string;
  tag?: string;
  target?: string;
  /** Builder command (`docker build`, `podman build --isolation chroot`…), `engine` for the Engine API, or auto. */
  command?: string;
  /** Network mode for RUN steps (`none` where the daemon has no bridge). */
  network?: string;
  /** Aborting kills the builder process (the editor's Cancel). */
  signal?: AbortSignal;
}

export interface BuildResult {
  imageId: string;
  /** What built it: the command line, or `Engine API`. */
  builder: string;
}

/** Picks the builder: the configured command, else buildx, docker, podman on PATH, else the Engine API. */
export function chooseBuilder(configured: string | undefined, env: NodeJS.ProcessEnv = process.env): string[] | 'engine' {
  const words = configured?.trim().split(/\s+/).filter((w) => w !== '') ?? [];
  if (words.length === 1 && words[0] === 'engine') return 'engine';
  if (words.length > 0) return words;
  const docker = findOnPath('docker', env);
  if (docker) {
    const buildx = spawnSync(docker, ['buildx', 'version'], { stdio: 'ignore', timeout: 10000 });
    return buildx.status === 0 ? [docker, 'buildx', 'build', '--load'] : [docker, 'build'];
  }
  const podman = findOnPath('podman', env);
  return podman ? [podman, 'build'] : 'engine';
}

export async function buildImage(request: BuildRequest, client: EngineClient, log: (text: string) => void): Promise<BuildResult> {
  const builder = chooseBuilder(request.command);
  if (builder === 'engine') return { imageId: await buildWithEngine(request, client, log), builder: 'Engine API' };
  return { imageId: await buildWithCli(builder, request, log), builder: builder.join(' ') };
}

async function buildWithCli(command: string[], request: BuildRequest, log: (text: string) => void): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'layerwise-build-'));
  const iidfile = join(dir, 'iid');
  const args = [...command.slice(1), '-f', request.dockerfile, '--iidfile', iidfile];
  if (request.target) args.push('--target', request.target);
  if (request.tag) args.push('-t', request.tag);
  if (request.network) args.push('--network', request.network);
  args.push(request.context);
  try {
    const code = await new Promise<number>((resolve, reject) => {
      const child = spawn(command[0], args, { stdio: ['ignore', 'pipe', 'pipe'], signal: request.signal });
      child.stdout.on('data', (chunk: Buffer) => log(chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => log(chunk.toString('utf8')));
      child.on('error', (error: NodeJS.ErrnoException) =>
        reject(error.name === 'AbortError' ? new ImageSourceError('the build was cancelled') : new ImageSourceError(`cannot run the builder ${command[0]}: ${error.code === 'ENOENT' ? 'not found' : error.message}`)),
      );
      child.on('close', (status) => resolve(status ?? 1));
    });
    if (code !== 0) throw new ImageSourceError(`the build failed: ${command.join(' ')} exited with code ${code}`);
    const id = (await readFile(iidfile, 'utf8').catch(() => '')).trim();
    if (!id) throw new ImageSourceError(`the build finished but ${command.join(' ')} wrote no image id (--iidfile)`);
    return id;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function buildWithEngine(request: BuildRequest, client: EngineClient, log: (text: string) => void): Promise<string> {
  const context = await createBuildContext(request.context, request.dockerfile);
  const query = new URLSearchParams({ dockerfile: context.dockerfile, version: '2', rm: '1' });
  if (request.tag) query.set('t', request.tag);
  if (request.target) query.set('target', request.target);
  if (request.network) query.set('networkmode', request.network);
  const response = await client.stream({
    method: 'POST',
    path: `/build?${query.toString()}`,
    body: context.tar,
    headers: { 'Content-Type': 'application/x-tar' },
  });
  let imageId = '';
  let failure = '';
  let pending = '';
  for await (const chunk of response) {
    pending += (chunk as Buffer).toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const message = parseBuildLine(line);
      if (message.stream) log(message.stream);
      if (message.imageId) imageId = message.imageId;
      if (message.error) failure = message.error;
    }
  }
  const last = parseBuildLine(pending);
  imageId = last.imageId ?? imageId;
  failure = last.error ?? failure;
  await context.done.catch((error: unknown) => {
    throw new ImageSourceError(`cannot send the build context: ${error instanceof Error ? error.message : String(error)}`);
  });
  if (failure) throw new ImageSourceError(`the build failed: ${failure.split('\n')[0]}`);
  if (!imageId) throw new ImageSourceError('the build finished but the engine named no image id');
  return imageId;
}

/** One JSON line of the build stream: `{stream}`, `{aux: {ID}}` (legacy and BuildKit's `moby.image.id`), `{error}`. */
function parseBuildLine(line: string): { stream?: string; imageId?: string; error?: string } {
  if (line.trim() === '') return {};
  let message: unknown;
  try {
    message = JSON.parse(line);
  } catch {
    return {};
  }
  if (!isRecord(message)) return {};
  const aux = isRecord(message.aux) ? message.aux : undefined;
  return {
    ...(typeof message.stream === 'string' ? { stream: message.stream } : {}),
    ...(aux && typeof aux.ID === 'string' ? { imageId: aux.ID } : {}),
    ...(typeof message.error === 'string' ? { error: message.error } : {}),
  };
}

function findOnPath(name: string, env: NodeJS.ProcessEnv): string | null {
  const extensions = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    for (const ext of extensions) {
      const candidate = join(dir, name + ext);
      try {
        accessSync(candidate, constants.X_OK);
        if (statSync(candidate).isFile()) return candidate;
      } catch {
        // not here
      }
    }
  }
  return null;
}
