/**
 * Keeps a stdio JSON-RPC stream readable after a malformed header. vscode-jsonrpc's reader stops for good
 * on a header without a valid Content-Length (the server would live on, deaf), so frames are checked
 * here first: bytes before the next valid header are dropped and reported once.
 */
import { Transform, type TransformCallback } from 'node:stream';

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
const LENGTH_FIELD = 'Content-Length:';
/** Larger frames are treated as garbage rather than waited for. */
const MAX_CONTENT_LENGTH = 256 * 1024 * 1024;

/** The Content-Length of a header block, or null when the block is not a valid header. */
function contentLength(block: string): number | null {
  let length: number | null = null;
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) return null;
    if (line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
    const value = line.slice(colon + 1).trim();
    if (!/^\d+$/.test(value) || Number(value) > MAX_CONTENT_LENGTH) return null;
    length = Number(value);
  }
  return length;
}

export class FrameFilter extends Transform {
  private buffer: Buffer = Buffer.alloc(0);

  constructor(private readonly onDropped: (bytes: number) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf(HEADER_END);
      if (headerEnd < 0) break;
      const block = this.buffer.subarray(0, headerEnd).toString('latin1');
      const length = contentLength(block);
      if (length === null) {
        // Resynchronise on the last Content-Length line of the block if it starts a valid header, else
        // drop the whole block; the loop then reads the header from there.
        const at = block.lastIndexOf(LENGTH_FIELD);
        const drop = at > 0 && contentLength(block.slice(at)) !== null ? at : headerEnd + HEADER_END.length;
        this.onDropped(drop);
        this.buffer = this.buffer.subarray(drop);
        continue;
      }
      const frameEnd = headerEnd + HEADER_END.length + length;
      if (this.buffer.length < frameEnd) break;
      this.push(this.buffer.subarray(0, frameEnd));
      this.buffer = this.buffer.subarray(frameEnd);
    }
    done();
  }
}
