/**
 * The build context as a tar stream, filtered by `.dockerignore` the way the docker CLI filters it
 * (the Engine API with BuildKit does not filter: REAL-IMAGES.md). Files are streamed, never buffered.
 * Like the CLI, the Dockerfile and `.dockerignore` are always sent; a Dockerfile outside the context is
 * added under a generated name.
 */
import { createReadStream } from 'node:fs';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { ImageSourceError } from './errors';
import { isIgnored, mustWalkIgnoredDir, parseDockerignore, type IgnorePattern } from './dockerignore';
import { READ_CHUNK } from './tarEntries';
import { TarWriter } from './tarWriter';

export interface BuildContext {
  /** The tar stream to send as the build body. */
  tar: Readable;
  /** Path of the Dockerfile inside the tar (the API's `dockerfile` parameter). */
  dockerfile: string;
  /** Settles when every file has been written into the tar (rejects on a read error). */
  done: Promise<void>;
}

export async function readIgnorePatterns(contextDir: string): Promise<IgnorePattern[]> {
  const text = await readFile(join(contextDir, '.dockerignore'), 'utf8').catch(() => '');
  const parsed = parseDockerignore(text);
  if (!parsed.ok) throw new ImageSourceError(`${join(contextDir, '.dockerignore')}: ${parsed.problem}`);
  return parsed.patterns;
}

/** Context-relative paths that go into the context, in walk order (for tests and for the tar). */
export async function listContextFiles(contextDir: string, patterns: readonly IgnorePattern[], keep: ReadonlySet<string>): Promise<string[]> {
  const files: string[] = [];
  async function walk(dir: string): Promise<void> {
    const entries = await readdir(join(contextDir, dir), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
      const ignored = !keep.has(path) && isIgnored(path, patterns);
      if (entry.isDirectory()) {
        if (!ignored) files.push(path);
        if (!ignored || mustWalkIgnoredDir(path, patterns)) await walk(path);
      } else if (!ignored) files.push(path);
    }
  }
  await walk('');
  return files;
}

export async function createBuildContext(contextDir: string, dockerfilePath: string): Promise<BuildContext> {
  const patterns = await readIgnorePatterns(contextDir);
  const inside = relative(contextDir, dockerfilePath).split(sep).join('/');
  const outside = inside.startsWith('../') || inside === '..' || /^[A-Za-z]:/.test(inside) || inside.startsWith('/');
  const dockerfile = outside ? `.dockerfile.${Math.random().toString(16).slice(2, 14)}` : inside;
  const files = await listContextFiles(contextDir, patterns, new Set(outside ? ['.dockerignore'] : ['.dockerignore', inside]));
  const tar = new TarWriter();
  const done = (async () => {
    for (const path of files) await addPath(tar, join(contextDir, path), path);
    if (outside) await addPath(tar, dockerfilePath, dockerfile);
    await tar.finish();
  })();
  done.catch((error: unknown) => tar.stream.destroy(error instanceof Error ? error : new Error(String(error))));
  return { tar: tar.stream, dockerfile, done };
}

async function addPath(tar: TarWriter, fullPath: string, name: string): Promise<void> {
  const info = await lstat(fullPath);
  const header = { name, mode: info.mode & 0o7777, mtime: info.mtime };
  if (info.isDirectory()) await tar.directory(header);
  else if (info.isSymbolicLink()) await tar.symlink(header, await readlink(fullPath));
  else if (info.isFile()) await tar.file(header, info.size, createReadStream(fullPath, { highWaterMark: READ_CHUNK }));
}
