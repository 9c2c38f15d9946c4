/**
 * Reads an image tar (`docker save` / `GET /images/{name}/get`, or an OCI archive) in ONE pass, as it
 * streams: JSON members are kept (small), every other member is parsed as a layer tar on the fly and only
 * its entry list is kept. Which members are layers is known only at the end (manifest.json may come last).
 */
import { posix } from 'node:path';
import type { Readable } from 'node:stream';
import type { LayerEntry } from '../core/image';
import { ImageSourceError } from './errors';
import type { ImageFiles } from './imageStore';
import { TarParser, type EntrySink, type TarHeader } from './tarParser';
import { layerBlobSink, problemOf } from './tarEntries';

const MAX_JSON_BYTES = 64 * 1024 * 1024;
/** Enough bytes to tell JSON from a tar (ustar magic at 257) and gzip/zstd magic. */
const SNIFF_BYTES = 263;

type Member = { kind: 'json'; text: string } | { kind: 'layer'; entries: LayerEntry[] } | { kind: 'unreadable'; problem: string };

export async function readArchiveFiles(source: Readable | AsyncIterable<Buffer>, name: string): Promise<ImageFiles> {
  const members = new Map<string, Promise<Member>>();
  const links = new Map<string, string>();
  const parser = new TarParser((header) => {
    const path = posix.normalize(header.name).replace(/^\.\/|\/$/g, '');
    if (header.type === 'symlink' && header.linkname) links.set(path, posix.normalize(posix.join(posix.dirname(path), header.linkname)));
    else if (header.type === 'hardlink' && header.linkname) links.set(path, posix.normalize(header.linkname));
    if (header.type !== 'file') return null;
    const member = memberSink(header, `${name}: ${path}`);
    members.set(path, member.result);
    return member.sink;
  });
  try {
    for await (const chunk of source) await parser.write(chunk as Buffer);
    parser.end();
  } catch (error) {
    const problem = problemOf(error);
    throw new ImageSourceError(/truncated/.test(problem) ? `${name} is truncated` : `cannot read ${name}: ${problem}`);
  }
  const settled = new Map<string, Member>();
  for (const [path, member] of members) settled.set(path, await member);
  const resolve = (path: string): Member | undefined => {
    let current = posix.normalize(path);
    for (let hops = 0; hops < 16 && !settled.has(current) && links.has(current); hops++) current = links.get(current) as string;
    return settled.get(current);
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

/** Collects the first bytes, then turns into a JSON collector or a layer parser. */
function memberSink(header: TarHeader, what: string): { sink: EntrySink; result: Promise<Member> } {
  let head: Buffer[] = [];
  let headLength = 0;
  let target: EntrySink | null = null;
  let json: Buffer[] | null = null;
  let layer: Promise<LayerEntry[]> | null = null;
  let settle: (member: Promise<Member> | Member) => void = () => undefined;
  const result = new Promise<Member>((resolve) => (settle = resolve));

  const decide = (): void => {
    const first = Buffer.concat(head);
    head = [];
    const looksJson = (first[0] === 0x7b || first[0] === 0x5b) && first.toString('latin1', 257, 262) !== 'ustar';
    if (looksJson && header.size <= MAX_JSON_BYTES) {
      json = [first];
      target = { data: (chunk) => void json?.push(Buffer.from(chunk)), end: () => undefined };
    } else {
      const blob = layerBlobSink(what, first);
      layer = blob.entries;
      target = blob.sink;
      void target.data(first);
    }
  };
  const sink: EntrySink = {
    data(chunk) {
      if (target) return target.data(chunk);
      head.push(Buffer.from(chunk));
      headLength += chunk.length;
      if (headLength >= SNIFF_BYTES) decide();
      return undefined;
    },
    end() {
      if (!target) decide();
      target?.end();
      if (json) settle({ kind: 'json', text: Buffer.concat(json).toString('utf8') });
      else if (layer) {
        settle(layer.then(
          (entries): Member => ({ kind: 'layer', entries }),
          (error: unknown): Member => ({ kind: 'unreadable', problem: error instanceof Error ? error.message : String(error) }),
        ));
      }
    },
  };
  return { sink, result };
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
