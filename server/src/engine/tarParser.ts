/**
 * A synchronous, push-driven tar reader: `write(chunk)` walks the 512-byte headers (ustar, GNU long
 * names, PAX path/linkpath/size) and hands each entry's body to a sink as slices of the input, without
 * copying and without a stream per entry. Layer tars nested in an image tar are read by a second parser
 * fed from the first one's sink, so a whole `docker save` is parsed in one pass with no async hops.
 */
import type { TarEntryType } from '../core/image';

export interface TarHeader {
  name: string;
  type: TarEntryType;
  /** Bytes of the body that follows (for links and directories usually 0). */
  size: number;
  linkname: string;
}

/** Receives one entry's body. `data` may return a promise to hold the parser until it is consumed. */
export interface EntrySink {
  data(chunk: Buffer): void | Promise<void>;
  end(): void;
}

export class TarFormatError extends Error {}

const BLOCK = 512;
const ZERO_BLOCK = Buffer.alloc(BLOCK);

export class TarParser {
  private readonly header = Buffer.alloc(BLOCK);
  private headerFill = 0;
  /** Body bytes still to pass on, then padding bytes to skip. */
  private bodyLeft = 0;
  private paddingLeft = 0;
  private sink: EntrySink | null = null;
  /** Body of a PAX or GNU long-name header being collected. */
  private meta: { kind: 'pax' | 'global' | 'longname' | 'longlink'; chunks: Buffer[] } | null = null;
  private pending: { path?: string; linkpath?: string; size?: number } = {};
  private finished = false;

  constructor(private readonly onEntry: (header: TarHeader) => EntrySink | null) {}

  /** Parses a chunk; returns a promise when a sink asked to wait (backpressure). */
  write(chunk: Buffer): Promise<void> | undefined {
    let waits: Promise<void>[] | undefined;
    let offset = 0;
    while (offset < chunk.length) {
      if (this.finished) return undefined; // after the end marker: trailing zeros and padding
      if (this.bodyLeft > 0) {
        const take = Math.min(this.bodyLeft, chunk.length - offset);
        const slice = chunk.subarray(offset, offset + take);
        offset += take;
        this.bodyLeft -= take;
        if (this.meta) this.meta.chunks.push(slice);
        else {
          const wait = this.sink?.data(slice);
          if (wait) (waits ??= []).push(wait);
        }
        if (this.bodyLeft === 0) this.endBody();
      } else if (this.paddingLeft > 0) {
        const take = Math.min(this.paddingLeft, chunk.length - offset);
        offset += take;
        this.paddingLeft -= take;
      } else {
        const take = Math.min(BLOCK - this.headerFill, chunk.length - offset);
        chunk.copy(this.header, this.headerFill, offset, offset + take);
        offset += take;
        this.headerFill += take;
        if (this.headerFill === BLOCK) {
          this.headerFill = 0;
          this.readHeader();
        }
      }
    }
    return waits ? Promise.all(waits).then(() => undefined) : undefined;
  }

  /** The input ended: fine after the end marker or between entries, truncated anywhere else. */
  end(): void {
    if (this.finished) return;
    if (this.bodyLeft > 0 || this.headerFill > 0 || this.meta) throw new TarFormatError('the tar is truncated');
    // A missing end marker (or missing padding after the last body) is tolerated, as GNU tar does.
  }

  private readHeader(): void {
    const h = this.header;
    if (h.equals(ZERO_BLOCK)) {
      this.finished = true;
      return;
    }
    if (!checksumMatches(h)) throw new TarFormatError('invalid tar header (bad checksum): not a tar, or a corrupt one');
    const typeflag = String.fromCharCode(h[156]);
    let size = readNumber(h, 124, 12);
    const ustar = h.toString('latin1', 257, 263) === 'ustar\u0000';
    let name = readString(h, 0, 100);
    if (ustar) {
      const prefix = readString(h, 345, 155);
      if (prefix) name = `${prefix}/${name}`;
    }
    let linkname = readString(h, 157, 100);
    const meta = metaKind(typeflag);
    if (meta) {
      this.meta = { kind: meta, chunks: [] };
      this.startBody(size);
      return;
    }
    if (this.pending.path !== undefined) name = this.pending.path;
    if (this.pending.linkpath !== undefined) linkname = this.pending.linkpath;
    if (this.pending.size !== undefined) size = this.pending.size;
    this.pending = {};
    const type = entryType(typeflag);
    this.sink = this.onEntry({ name, type, size, linkname });
    this.startBody(size);
  }

  private startBody(size: number): void {
    this.bodyLeft = size;
    this.paddingLeft = (BLOCK - (size % BLOCK)) % BLOCK;
    if (size === 0) this.endBody();
  }

  private endBody(): void {
    if (this.meta) {
      const body = Buffer.concat(this.meta.chunks);
      const { kind } = this.meta;
      this.meta = null;
      if (kind === 'pax') this.pending = { ...this.pending, ...paxRecords(body) };
      else if (kind === 'longname') this.pending.path = cString(body);
      else if (kind === 'longlink') this.pending.linkpath = cString(body);
      return;
    }
    this.sink?.end();
    this.sink = null;
  }
}

function metaKind(typeflag: string): 'pax' | 'global' | 'longname' | 'longlink' | null {
  switch (typeflag) {
    case 'x':
      return 'pax';
    case 'g':
      return 'global';
    case 'L':
      return 'longname';
    case 'K':
      return 'longlink';
    default:
      return null;
  }
}

function entryType(typeflag: string): TarEntryType {
  switch (typeflag) {
    case '0':
    case '\u0000':
    case '7':
      return 'file';
    case '1':
      return 'hardlink';
    case '2':
      return 'symlink';
    case '3':
      return 'char';
    case '4':
      return 'block';
    case '5':
      return 'dir';
    case '6':
      return 'fifo';
    default:
      return 'other';
  }
}

function checksumMatches(h: Buffer): boolean {
  let sum = 8 * 0x20; // the checksum field itself counts as spaces
  for (let i = 0; i < BLOCK; i++) if (i < 148 || i >= 156) sum += h[i];
  return sum === readNumber(h, 148, 8);
}

/** Octal (NUL/space terminated) or GNU base-256 for sizes of 8 GiB and more. */
function readNumber(h: Buffer, offset: number, length: number): number {
  if (h[offset] & 0x80) {
    let value = 0;
    for (let i = offset + 1; i < offset + length; i++) value = value * 256 + h[i];
    return value;
  }
  const text = h.toString('latin1', offset, offset + length).replace(/\0.*$/s, '').trim();
  return text === '' ? 0 : parseInt(text, 8);
}

function readString(h: Buffer, offset: number, length: number): string {
  const end = h.indexOf(0, offset);
  return h.toString('utf8', offset, end < 0 || end > offset + length ? offset + length : end);
}

function cString(body: Buffer): string {
  const end = body.indexOf(0);
  return body.toString('utf8', 0, end < 0 ? body.length : end);
}

/** PAX records `LEN key=value\n`: path, linkpath and size are the ones that matter here. */
function paxRecords(body: Buffer): { path?: string; linkpath?: string; size?: number } {
  const result: { path?: string; linkpath?: string; size?: number } = {};
  let offset = 0;
  while (offset < body.length) {
    const space = body.indexOf(0x20, offset);
    if (space < 0) break;
    const length = parseInt(body.toString('latin1', offset, space), 10);
    if (!(length > 0)) break;
    const record = body.toString('utf8', space + 1, offset + length - 1);
    const equals = record.indexOf('=');
    const key = record.slice(0, equals);
    const value = record.slice(equals + 1);
    if (key === 'path') result.path = value;
    else if (key === 'linkpath') result.linkpath = value;
    else if (key === 'size') result.size = Number(value);
    offset += length;
  }
  return result;
}
