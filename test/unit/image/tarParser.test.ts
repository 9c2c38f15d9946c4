import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { readTarEntries } from '../../../server/src/engine/tarEntries';
import { tarOf } from './archives';

const LONG = `${'long-directory-name/'.repeat(8)}and-a-file-name-past-one-hundred-bytes.txt`;

/** Feeds a buffer in pieces of `size` bytes. */
const pieces = (buffer: Buffer, size: number): Buffer[] => {
  const out: Buffer[] = [];
  for (let i = 0; i < buffer.length; i += size) out.push(buffer.subarray(i, i + size));
  return out;
};

describe('tar parser', () => {
  it('reads PAX long names and link targets, in any chunking', async () => {
    const tar = await tarOf([
      { name: LONG, body: 'abc' },
      { name: 'l', type: 'symlink', linkname: LONG },
      { name: 'd/', type: 'directory' },
    ]);
    const expected = [
      { path: LONG, type: 'file', size: 3 },
      { path: 'l', type: 'symlink', size: 0, linkTarget: LONG },
      { path: 'd/', type: 'dir', size: 0 },
    ];
    for (const size of [1, 7, 511, 512, 513, 100_000]) {
      assert.deepEqual(await readTarEntries(Readable.from(pieces(tar, size)), 't'), expected, `pieces of ${size}`);
    }
  });

  it('reads GNU long names and long link targets written by GNU tar', async function () {
    const dir = mkdtempSync(join(tmpdir(), 'layerwise-gnu-'));
    try {
      mkdirSync(join(dir, 'root', ...LONG.split('/').slice(0, -1)), { recursive: true });
      writeFileSync(join(dir, 'root', LONG), 'hello');
      symlinkSync(LONG, join(dir, 'root', 'link'));
      execFileSync('tar', ['--format=gnu', '-cf', join(dir, 'gnu.tar'), '-C', join(dir, 'root'), LONG, 'link']);
      const entries = await readTarEntries(Readable.from([readFileSync(join(dir, 'gnu.tar'))]), 'gnu');
      assert.deepEqual(entries, [
        { path: LONG, type: 'file', size: 5 },
        { path: 'link', type: 'symlink', size: 0, linkTarget: LONG },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a corrupt header and a truncated body in one line', async () => {
    const tar = await tarOf([{ name: 'a', body: 'x'.repeat(2000) }]);
    const corrupt = Buffer.from(tar);
    corrupt[10] ^= 0xff;
    await assert.rejects(readTarEntries(Readable.from([corrupt]), 'layer 1'), /^ImageSourceError: cannot read layer 1: invalid tar header \(bad checksum\)/);
    await assert.rejects(readTarEntries(Readable.from([tar.subarray(0, 1000)]), 'layer 2'), /cannot read layer 2: the tar is truncated$/);
  });

  it('reads an empty tar (the 1024 zero bytes of a layer that changed nothing)', async () => {
    assert.deepEqual(await readTarEntries(Readable.from([Buffer.alloc(1024)]), 'empty'), []);
  });
});
