/**
 * Layer tars (plain or gzip) read into entry lists as they stream, without keeping file content.
 * The parsing itself is TarParser's; this file adds compression sniffing and error wording.
 */
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { LayerEntry } from '../core/image';
import { ImageSourceError } from './errors';
import { TarFormatError, TarParser, type EntrySink, type TarHeader } from './tarParser';

/** Bytes read from files at a time: large reads cost fewer turns of the event loop. */
export const READ_CHUNK = 1 << 20;

export type Compression = 'gzip' | 'zstd' | 'none';

/** Compression of a blob from its first bytes. */
export function sniffCompression(head: Buffer): Compression {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528) return 'zstd';
  return 'none';
}

export function toLayerEntry(header: TarHeader): LayerEntry {
  const size = header.type === 'file' ? header.size : 0;
  return header.linkname ? { path: header.name, type: header.type, size, linkTarget: header.linkname } : { path: header.name, type: header.type, size };
}

/** Reads all entries of one uncompressed tar stream; `what` names it in errors (`layer sha256:…`). */
export async function readTarEntries(source: Readable | AsyncIterable<Buffer>, what: string): Promise<LayerEntry[]> {
  const entries: LayerEntry[] = [];
  const parser = new TarParser((header) => {
    entries.push(toLayerEntry(header));
    return null;
  });
  try {
    for await (const chunk of source) await parser.write(chunk as Buffer);
    parser.end();
  } catch (error) {
    throw new ImageSourceError(`cannot read ${what}: ${problemOf(error)}`);
  }
  return entries;
}

/** Reads a layer blob whose compression is found from its first bytes. */
export async function readLayerBlob(source: Readable | AsyncIterable<Buffer>, what: string): Promise<LayerEntry[]> {
  const { head, rest } = await peek(source, 4);
  const compression = sniffCompression(head);
  if (compression === 'zstd') throw new ImageSourceError(`cannot read ${what}: zstd-compressed layers are not supported`);
  if (compression === 'none') return readTarEntries(rest, what);
  const gunzip = createGunzip({ chunkSize: 256 * 1024 });
  const feed = (async () => {
    for await (const chunk of rest) if (!gunzip.write(chunk)) await once(gunzip, 'drain');
    gunzip.end();
  })();
  const [entries] = await Promise.all([readTarEntries(gunzip, what), feed.catch((error: unknown) => gunzip.destroy(error as Error))]);
  return entries;
}

/**
 * A sink for a layer blob nested in an image tar: sniffs gzip/zstd from the first bytes, then parses the
 * (decompressed) tar as the slices arrive. `entries` settles when the member ends.
 */
export function layerBlobSink(what: string, first: Buffer): { sink: EntrySink; entries: Promise<LayerEntry[]> } {
  const entries: LayerEntry[] = [];
  const parser = new TarParser((header) => {
    entries.push(toLayerEntry(header));
    return null;
  });
  let failure: string | null = null;
  const fail = (error: unknown): void => {
    failure ??= `cannot read ${what}: ${problemOf(error)}`;
  };
  const parse = (chunk: Buffer): void => {
    if (failure !== null) return;
    try {
      void parser.write(chunk);
    } catch (error) {
      fail(error);
    }
  };
  const finish = (): LayerEntry[] => {
    if (failure === null) {
      try {
        parser.end();
      } catch (error) {
        fail(error);
      }
    }
    if (failure !== null) throw new ImageSourceError(failure);
    return entries;
  };
  const compression = sniffCompression(first);
  if (compression === 'zstd') {
    failure = `cannot read ${what}: zstd-compressed layers are not supported`;
  }
  if (compression !== 'gzip') {
    let done: () => void = () => undefined;
    const ended = new Promise<void>((resolve) => (done = resolve));
    return {
      sink: { data: parse, end: () => done() },
      entries: ended.then(finish),
    };
  }
  const gunzip = createGunzip({ chunkSize: 256 * 1024 });
  gunzip.on('data', (chunk: Buffer) => parse(chunk));
  const ended = new Promise<void>((resolve) => {
    gunzip.on('end', resolve);
    gunzip.on('error', (error) => {
      fail(error);
      resolve();
    });
  });
  return {
    sink: {
      data: (chunk) => (gunzip.write(chunk) ? undefined : once(gunzip, 'drain').then(() => undefined)),
      end: () => gunzip.end(),
    },
    entries: ended.then(finish),
  };
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

export function problemOf(error: unknown): string {
  if (error instanceof TarFormatError || error instanceof ImageSourceError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  if (/unexpected end|premature close/i.test(message)) return 'the data is truncated';
  return message.split('\n')[0];
}

