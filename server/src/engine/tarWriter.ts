/**
 * Writes a tar stream (POSIX ustar, with a pax header for names, link targets or sizes that do not fit)
 * for the build context. Only writing is needed here, and it is small enough not to bundle tar-stream.
 */
import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';

const BLOCK = 512;
const MAX_OCTAL_SIZE = 0o77777777777;

export interface TarEntryHeader {
  readonly name: string;
  readonly mode: number;
  readonly mtime: Date;
  readonly uid?: number;
  readonly gid?: number;
}

export class TarWriter {
  /** The tar bytes; ends after finish(). */
  readonly stream = new PassThrough();

  async directory(header: TarEntryHeader): Promise<void> {
    await this.header(header, '5', 0, '');
  }

  async symlink(header: TarEntryHeader, target: string): Promise<void> {
    await this.header(header, '2', 0, target);
  }

  /** A regular file of `size` bytes read from `content`; a file that changed size while read is an error. */
  async file(header: TarEntryHeader, size: number, content: Readable | AsyncIterable<Buffer>): Promise<void> {
    await this.header(header, '0', size, '');
    let written = 0;
    for await (const chunk of content as AsyncIterable<Buffer>) {
      written += chunk.length;
      if (written > size) throw new Error(`${header.name} grew while it was read`);
      await this.write(chunk);
    }
    if (written !== size) throw new Error(`${header.name} shrank while it was read`);
    await this.padding(size);
  }

  /** The two zero blocks that end an archive, then the end of the stream. */
  async finish(): Promise<void> {
    await this.write(Buffer.alloc(2 * BLOCK));
    this.stream.end();
  }

  private async header(header: TarEntryHeader, type: '0' | '2' | '5', size: number, linkname: string): Promise<void> {
    const name = header.name;
    const pax: string[] = [];
    if (Buffer.byteLength(name) > 100 || !isAscii(name)) pax.push(paxRecord('path', name));
    if (Buffer.byteLength(linkname) > 100 || !isAscii(linkname)) pax.push(paxRecord('linkpath', linkname));
    if (size > MAX_OCTAL_SIZE) pax.push(paxRecord('size', String(size)));
    if (pax.length > 0) {
      const body = Buffer.from(pax.join(''), 'utf8');
      await this.write(ustarHeader(`PaxHeader/${asciiPrefix(name, 80)}`, header, 'x', body.length, ''));
      await this.write(body);
      await this.padding(body.length);
    }
    await this.write(ustarHeader(asciiPrefix(name, 100), header, type, size > MAX_OCTAL_SIZE ? 0 : size, asciiPrefix(linkname, 100)));
  }

  private async padding(size: number): Promise<void> {
    const rest = size % BLOCK;
    if (rest > 0) await this.write(Buffer.alloc(BLOCK - rest));
  }

  /** Writes with backpressure: waits for the reader when its buffer is full. */
  private async write(bytes: Buffer): Promise<void> {
    if (this.stream.destroyed) throw new Error('the build context stream was closed');
    if (!this.stream.write(bytes)) await once(this.stream, 'drain');
  }
}

function ustarHeader(name: string, header: TarEntryHeader, type: string, size: number, linkname: string): Buffer {
  const block = Buffer.alloc(BLOCK);
  block.write(name, 0, 100, 'utf8');
  octal(block, 100, 8, header.mode & 0o7777);
  octal(block, 108, 8, header.uid ?? 0);
  octal(block, 116, 8, header.gid ?? 0);
  octal(block, 124, 12, size);
  octal(block, 136, 12, Math.max(0, Math.floor(header.mtime.getTime() / 1000)));
  block.write(type, 156, 1, 'ascii');
  block.write(linkname, 157, 100, 'utf8');
  block.write('ustar\u000000', 257, 8, 'ascii');
  block.fill(' ', 148, 156); // the checksum is summed with its own field as spaces
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\u0000 `, 148, 8, 'ascii');
  return block;
}

function octal(block: Buffer, at: number, width: number, value: number): void {
  block.write(`${value.toString(8).padStart(width - 1, '0')}\u0000`, at, width, 'ascii');
}

/** `<length> key=value\n`, where the length counts the whole record, its own digits included. */
function paxRecord(key: string, value: string): string {
  const rest = ` ${key}=${value}\n`;
  const bytes = Buffer.byteLength(rest);
  let length = bytes + String(bytes).length;
  if (String(length).length !== String(bytes).length) length = bytes + String(length).length;
  return `${length}${rest}`;
}

function isAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}

/** A stand-in for the ustar field when the pax header carries the real value. */
function asciiPrefix(text: string, max: number): string {
  return text.replace(/[^\x20-\x7e]/g, '_').slice(0, max);
}
