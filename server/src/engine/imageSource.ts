/**
 * SOURCE of `layerwise image` (DESIGN.md §3): `docker:REF`, `docker-archive:PATH`, `oci:DIR[:REF]`, or a
 * bare path (a tar = docker-archive, a directory with `oci-layout` = OCI layout).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { readArchiveFiles } from './archiveFiles';
import { directoryFiles } from './directoryFiles';
import { ImageSourceError } from './errors';
import { readImageFiles, type ImageData } from './imageStore';
import { hostPlatform } from './platform';
import { peek, READ_CHUNK, sniffCompression } from './tarEntries';

export type ImageSource =
  | { kind: 'docker'; ref: string }
  | { kind: 'docker-archive'; path: string; ref?: string }
  | { kind: 'oci'; path: string; ref?: string };

/** Reads the SOURCE text; a path is looked at on disk to tell a tar from an OCI directory. */
export async function parseImageSource(text: string): Promise<ImageSource> {
  const prefixed = /^(docker|docker-archive|oci):(.*)$/s.exec(text);
  if (prefixed && prefixed[2] === '') throw new ImageSourceError(`${prefixed[1]}: needs ${prefixed[1] === 'docker' ? 'an image reference' : 'a path'}`);
  if (prefixed?.[1] === 'docker') return { kind: 'docker', ref: prefixed[2] };
  if (prefixed?.[1] === 'docker-archive') return { kind: 'docker-archive', ...(await splitRef(prefixed[2])) };
  if (prefixed?.[1] === 'oci') return { kind: 'oci', ...(await splitRef(prefixed[2])) };
  const info = await stat(text).catch(() => null);
  if (!info) throw new ImageSourceError(`${text}: no such file or directory (and not docker:, docker-archive: or oci:)`);
  if (info.isFile()) return { kind: 'docker-archive', path: text };
  if (await exists(join(text, 'oci-layout'))) return { kind: 'oci', path: text };
  if (await exists(join(text, 'manifest.json'))) return { kind: 'docker-archive', path: text };
  throw new ImageSourceError(`${text} is a directory without oci-layout or manifest.json`);
}

/** `dir:tag` → path `dir`, ref `tag`, unless the whole text is an existing path. */
async function splitRef(text: string): Promise<{ path: string; ref?: string }> {
  if (await exists(text)) return { path: text };
  const colon = text.lastIndexOf(':');
  if (colon > 0 && (await exists(text.slice(0, colon)))) return { path: text.slice(0, colon), ref: text.slice(colon + 1) };
  throw new ImageSourceError(`${text}: no such file or directory`);
}

/** Reads an image from a local export (docker-archive tar or directory, OCI layout). */
export async function readLocalImage(source: Exclude<ImageSource, { kind: 'docker' }>): Promise<ImageData> {
  const info = await stat(source.path).catch(() => null);
  if (!info) throw new ImageSourceError(`${source.path}: no such file or directory`);
  if (info.isDirectory()) {
    const label = source.kind === 'oci' ? `OCI layout ${source.path}` : `image directory ${source.path}`;
    return readImageFiles(directoryFiles(source.path, label), source.ref, hostPlatform());
  }
  return readImageTar(createReadStream(source.path, { highWaterMark: READ_CHUNK }), `archive ${source.path}`, source.ref);
}

/** An image tar as it streams (a file, or the Engine API's `GET /images/{name}/get`); gzip allowed. */
export async function readImageTar(stream: Readable, name: string, ref?: string): Promise<ImageData> {
  const { head, rest } = await peek(stream, 4);
  let tar: Readable = Readable.from(rest, { objectMode: false });
  if (sniffCompression(head) === 'gzip') tar = tar.pipe(createGunzip());
  const files = await readArchiveFiles(tar, name);
  return readImageFiles(files, ref, hostPlatform());
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}
