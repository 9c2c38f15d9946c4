/**
 * Streams a layer tar (plain or gzip) into its entry list without keeping any file content. tar-stream
 * parses ustar, PAX and GNU long names; file bodies are drained as they pass.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { extract, type Header } from 'tar-stream';
import type { LayerEntry, TarEntryType } from '../core/image';
import { ImageSourceError } from './errors';

/** Bytes read from files at a time: large chunks make tar parsing several times faster than 64 KiB ones. */
export const READ_CHUNK = 1 << 20;

export type Compression = 'gzip' | 'zstd' | 'none';

/** Compression of a blob from its first bytes. */
export function sniffCompression(head: Buffer): Compression {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528) return 'zstd';
  return 'none';
}

/** Reads all entries of one tar stream; `what` names it in errors (`layer sha256:…`). */
export async function readTarEntries(source: Readable | AsyncIterable<Buffer>, what: string): Promise<LayerEntry[]> {
  const entries: LayerEntry[] = [];
  const tar = extract();
  tar.on('error', ignoreLateError);
  tar.on('entry', (header, body, next) => {
    entries.push(toLayerEntry(header));
    body.on('end', () => next());
    body.on('error', ignoreLateError);
    body.resume();
  });
  try {
    await pipeline(source, tar as unknown as NodeJS.WritableStream);
  } catch (error) {
    throw new ImageSourceError(`cannot read ${what}: ${tarProblem(error)}`);
  }
  return entries;
}

/** Reads a layer blob whose compression is found from its first bytes. */
export async function readLayerBlob(source: Readable | AsyncIterable<Buffer>, what: string): Promise<LayerEntry[]> {
  const { head, rest } = await peek(source, 4);
  const compression = sniffCompression(head);
  if (compression === 'zstd') throw new ImageSourceError(`cannot read ${what}: zstd-compressed layers are not supported`);
  const stream = Readable.from(rest);
  if (compression === 'none') return readTarEntries(stream, what);
  const gunzip = createGunzip({ chunkSize: 256 * 1024 });
  const [entries] = await Promise.all([readTarEntries(gunzip, what), pipeline(stream, gunzip)]).catch((error: unknown) => {
    throw error instanceof ImageSourceError ? error : new ImageSourceError(`cannot read ${what}: ${tarProblem(error)}`);
  });
  return entries;
}

/**
 * The first `bytes` bytes of a stream (fewer when it is shorter) and an iterable that yields the whole
 * stream again from the start.
 */
export async function peek(
  source: Readable | AsyncIterable<Buffer>,
  bytes: number,
): Promise<{ head: Buffer; rest: AsyncIterable<Buffer> }> {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const seen: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    seen.push(next.value);
    length += next.value.length;
  }
  async function* rest(): AsyncGenerator<Buffer> {
    yield* seen;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { head: Buffer.concat(seen).subarray(0, bytes), rest: rest() };
}

export function toLayerEntry(header: Header): LayerEntry {
  const type = entryType(header.type);
  const size = type === 'file' ? (header.size ?? 0) : 0;
  const linkTarget = header.linkname || undefined;
  return linkTarget ? { path: header.name, type, size, linkTarget } : { path: header.name, type, size };
}

function entryType(type: Header['type']): TarEntryType {
  switch (type) {
    case 'file':
    case 'contiguous-file':
      return 'file';
    case 'directory':
      return 'dir';
    case 'symlink':
      return 'symlink';
    case 'link':
      return 'hardlink';
    case 'character-device':
      return 'char';
    case 'block-device':
      return 'block';
    case 'fifo':
      return 'fifo';
    default: {
      // tar-stream consumes PAX and GNU long-name headers itself; anything else is exotic
      const exotic: never = type;
      return exotic === undefined ? 'file' : 'other';
    }
  }
}

function tarProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/unexpected end|premature close|Unexpected end/i.test(message)) return 'the tar is truncated';
  return message.split('\n')[0];
}

/** tar-stream may emit an error again after `pipeline` has settled and let go of it; pipeline reported it. */
export function ignoreLateError(): void {}
