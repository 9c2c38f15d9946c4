/**
 * Reads an image tar (`docker save` / `GET /images/{name}/get`, or an OCI archive) in ONE pass, as it
 * streams: JSON files are kept (small), every other file is parsed as a layer tar on the fly and only its
 * entry list is kept. Which files are layers is known only at the end (manifest.json may come last).
 */
import { posix } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { extract } from 'tar-stream';
import type { LayerEntry } from '../core/image';
import { ImageSourceError } from './errors';
import type { ImageFiles } from './imageStore';
import { ignoreLateError, peek, READ_CHUNK, readLayerBlob } from './tarEntries';

const MAX_JSON_BYTES = 64 * 1024 * 1024;

type Member = { kind: 'json'; text: string } | { kind: 'layer'; entries: LayerEntry[] } | { kind: 'unreadable'; problem: string };

export async function readArchiveFiles(source: Readable, name: string): Promise<ImageFiles> {
  const members = new Map<string, Member>();
  const links = new Map<string, string>();
  const outer = extract();
  outer.on('error', ignoreLateError);
  outer.on('entry', (header, body, next) => {
    const path = posix.normalize(header.name).replace(/^\.\/|\/$/g, '');
    const { type, linkname } = header;
    if (type === 'symlink' && linkname) links.set(path, posix.normalize(posix.join(posix.dirname(path), linkname)));
    else if (type === 'link' && linkname) links.set(path, posix.normalize(linkname));
    if (type !== 'file' && type !== 'contiguous-file') {
      body.on('error', ignoreLateError);
      body.on('end', () => next());
      body.resume();
      return;
    }
    // Bridge tar-stream's entry into a node stream so node's own async iteration and pipeline apply.
    const content = new PassThrough({ highWaterMark: READ_CHUNK });
    body.on('error', (error: Error) => content.destroy(error));
    body.pipe(content);
    readMember(content, header.size, `${name}: ${path}`).then(
      (member) => {
        members.set(path, member);
        next();
      },
      (error: unknown) => next(error instanceof Error ? error : new Error(String(error))),
    );
  });
  try {
    await pipeline(source, outer as unknown as NodeJS.WritableStream);
  } catch (error) {
    if (error instanceof ImageSourceError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new ImageSourceError(/unexpected end|premature/i.test(message) ? `${name} is truncated` : `cannot read ${name}: ${message}`);
  }
  const resolve = (path: string): Member | undefined => {
    let current = posix.normalize(path);
    for (let hops = 0; hops < 16 && !members.has(current) && links.has(current); hops++) current = links.get(current) as string;
    return members.get(current);
  };
  return {
    name,
    has: async (path) => resolve(path) !== undefined,
    readText: async (path) => jsonText(resolve(path), name, path),
    readJson: async (path) => parseJson(jsonText(resolve(path), name, path), name, path),
    readLayer: async (path) => {
      const member = resolve(path);
      if (member?.kind === 'layer') return member.entries;
      if (member?.kind === 'unreadable') throw new ImageSourceError(member.problem);
      throw new ImageSourceError(`${name} has no layer ${path}`);
    },
  };
}

/** (streamx entries yield Buffers, typed unknown.) JSON when it looks like JSON, else a layer blob; a layer that fails to parse is kept as a problem. */
async function readMember(entry: AsyncIterable<Buffer>, size: number, what: string): Promise<Member> {
  const { head, rest } = await peek(entry, 262);
  const first = head.length > 0 ? head[0] : 0;
  const ustar = head.subarray(257, 262).toString('latin1') === 'ustar';
  if ((first === 0x7b || first === 0x5b) && !ustar) {
    if (size > MAX_JSON_BYTES) throw new ImageSourceError(`${what} is too large for a JSON file`);
    const chunks: Buffer[] = [];
    for await (const chunk of rest) chunks.push(chunk);
    return { kind: 'json', text: Buffer.concat(chunks).toString('utf8') };
  }
  try {
    return { kind: 'layer', entries: await readLayerBlob(rest, what) };
  } catch (error) {
    for await (const _ of rest) void _; // drain so the outer tar can go on
    return { kind: 'unreadable', problem: error instanceof Error ? error.message : String(error) };
  }
}

function jsonText(member: Member | undefined, name: string, path: string): string {
  if (member?.kind !== 'json') throw new ImageSourceError(`${name} has no JSON file ${path}`);
  return member.text;
}

function parseJson(text: string, name: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ImageSourceError(`${name}: ${path} is not valid JSON`);
  }
}
