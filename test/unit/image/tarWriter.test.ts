import * as assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { extract } from 'tar-stream';
import { TarWriter } from '../../../server/src/engine/tarWriter';
import { readTarEntries } from '../../../server/src/engine/tarEntries';

const MTIME = new Date('2024-05-06T07:08:09Z');

async function collect(stream: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** Entries as tar-stream (a dev dependency, the reference reader) sees them, with file contents. */
async function referenceEntries(tar: Buffer): Promise<{ name: string; type: string; size: number; mode: number; mtime: number; linkname: string | null; text: string }[]> {
  const out: { name: string; type: string; size: number; mode: number; mtime: number; linkname: string | null; text: string }[] = [];
  const reader = extract();
  reader.on('entry', (header, stream, next) => {
    void collect(stream as unknown as AsyncIterable<Buffer>).then((body) => {
      out.push({ name: header.name, type: header.type ?? '', size: header.size ?? 0, mode: header.mode ?? 0, mtime: header.mtime?.getTime() ?? 0, linkname: header.linkname ?? null, text: body.toString('utf8') });
      next();
    });
  });
  const finished = new Promise<void>((resolve, reject) => reader.on('finish', () => resolve()).on('error', reject));
  reader.end(tar);
  await finished;
  return out;
}

describe('TarWriter (build context tar)', () => {
  it('writes files, directories and symlinks that tar-stream and our own reader read back', async () => {
    const tar = new TarWriter();
    const bytes = collect(tar.stream);
    await tar.directory({ name: 'src', mode: 0o40755, mtime: MTIME });
    await tar.file({ name: 'src/a.txt', mode: 0o100644, mtime: MTIME }, 6, Readable.from([Buffer.from('hello\n')]));
    await tar.file({ name: 'empty', mode: 0o600, mtime: MTIME }, 0, Readable.from([]));
    await tar.symlink({ name: 'link', mode: 0o777, mtime: MTIME }, 'src/a.txt');
    await tar.finish();
    const tarBytes = await bytes;
    assert.equal(tarBytes.length % 512, 0);
    assert.deepEqual(await referenceEntries(tarBytes), [
      { name: 'src', type: 'directory', size: 0, mode: 0o755, mtime: MTIME.getTime(), linkname: null, text: '' },
      { name: 'src/a.txt', type: 'file', size: 6, mode: 0o644, mtime: MTIME.getTime(), linkname: null, text: 'hello\n' },
      { name: 'empty', type: 'file', size: 0, mode: 0o600, mtime: MTIME.getTime(), linkname: null, text: '' },
      { name: 'link', type: 'symlink', size: 0, mode: 0o777, mtime: MTIME.getTime(), linkname: 'src/a.txt', text: '' },
    ]);
    const ours = await readTarEntries(Readable.from([tarBytes]), 'context');
    assert.deepEqual(ours.map((e) => [e.path, e.type, e.size]), [['src', 'dir', 0], ['src/a.txt', 'file', 6], ['empty', 'file', 0], ['link', 'symlink', 0]]);
  });

  it('puts long and non-ASCII names and link targets in a pax header', async () => {
    const long = `${'deep/'.repeat(40)}file-with-a-long-name.txt`;
    const tar = new TarWriter();
    const bytes = collect(tar.stream);
    await tar.file({ name: long, mode: 0o644, mtime: MTIME }, 2, Readable.from([Buffer.from('ok')]));
    await tar.file({ name: 'café/naïve.txt', mode: 0o644, mtime: MTIME }, 1, Readable.from([Buffer.from('x')]));
    await tar.symlink({ name: 'l', mode: 0o777, mtime: MTIME }, `/${'t'.repeat(150)}`);
    await tar.finish();
    const entries = await referenceEntries(await bytes);
    assert.deepEqual(entries.map((e) => [e.name, e.text, e.linkname]), [[long, 'ok', null], ['café/naïve.txt', 'x', null], ['l', '', `/${'t'.repeat(150)}`]]);
  });

  it('streams a large file in chunks with backpressure and pads it to 512 bytes', async () => {
    const chunk = Buffer.alloc(300_001, 0x61);
    const tar = new TarWriter();
    const written = tar.file({ name: 'big', mode: 0o644, mtime: MTIME }, chunk.length * 8, Readable.from(Array.from({ length: 8 }, () => chunk))).then(() => tar.finish());
    const [tarBytes] = await Promise.all([collect(tar.stream), written]);
    assert.equal(tarBytes.length, 512 + Math.ceil((chunk.length * 8) / 512) * 512 + 1024);
    const [entry] = await referenceEntries(tarBytes);
    assert.equal(entry.size, chunk.length * 8);
    assert.equal(entry.text.length, chunk.length * 8);
  });

  it('fails when a file is not the size it was stat-ed with', async () => {
    const tar = new TarWriter();
    void collect(tar.stream);
    await assert.rejects(tar.file({ name: 'f', mode: 0o644, mtime: MTIME }, 2, Readable.from([Buffer.from('abc')])), /f grew while it was read/);
    const other = new TarWriter();
    void collect(other.stream);
    await assert.rejects(other.file({ name: 'g', mode: 0o644, mtime: MTIME }, 5, Readable.from([Buffer.from('abc')])), /g shrank while it was read/);
  });
});
