import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../server/src/cli';
import type { CliIo } from '../../../server/src/cli/io';
import type { ImageReport } from '../../../server/src/core/image';
import { dockerArchive, tarOf } from './archives';

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(argv: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t), readStdin: async () => '' };
  const code = await main(argv, io);
  return { code, out, err };
}

const DOCKERFILE = ['FROM localhost/bb:latest', 'COPY big.bin /big.bin', 'RUN rm /big.bin', 'CMD ["/bin/sh"]', ''];

describe('layerwise image (CLI)', () => {
  let dir: string;
  let archive: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'layerwise-image-cli-'));
    archive = join(dir, 'image.tar');
    writeFileSync(archive, await dockerArchive({
      tag: 'localhost/t:latest',
      layers: [
        await tarOf([{ name: 'bin/busybox', body: 'b'.repeat(900) }]),
        await tarOf([{ name: 'big.bin', body: 'x'.repeat(3000) }]),
        await tarOf([{ name: '.wh.big.bin', body: '' }]),
      ],
      history: [
        { created_by: '' },
        { created_by: 'COPY big.bin /big.bin # buildkit' },
        { created_by: 'RUN /bin/sh -c rm /big.bin # buildkit' },
        { created_by: 'CMD ["/bin/sh"]', empty_layer: true },
      ],
    }));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const eol of ['\n', '\r\n']) {
    it(`joins layers to the lines of --dockerfile in JSON (${JSON.stringify(eol)})`, async () => {
      writeFileSync(join(dir, 'Dockerfile'), DOCKERFILE.join(eol));
      const r = await run(['image', '--json', '--dockerfile', join(dir, 'Dockerfile'), `docker-archive:${archive}`]);
      assert.equal(r.code, 0, r.err);
      assert.equal(r.err, '');
      const report = JSON.parse(r.out) as ImageReport;
      assert.equal(report.source, `docker-archive:${archive}`);
      assert.deepEqual(report.tags, ['localhost/t:latest']);
      assert.deepEqual(report.layers.map((l) => [l.size, l.line, l.instruction]), [[900, null, null], [3000, 1, 'COPY big.bin /big.bin'], [0, 2, 'RUN rm /big.bin']]);
      assert.deepEqual(report.wasted, [{ path: '/big.bin', bytes: 3000, how: 'deleted', addedInLayer: 1, hiddenInLayer: 2, addedLine: 1, hiddenLine: 2 }]);
      assert.equal(report.efficiency, 900 / 3900);
    });
  }

  it('prints a readable report with 1-based lines', async () => {
    writeFileSync(join(dir, 'Dockerfile'), DOCKERFILE.join('\n'));
    const r = await run(['image', '--dockerfile', join(dir, 'Dockerfile'), archive]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^Image localhost\/t:latest \([0-9a-f]{12}\) from /);
    assert.match(r.out, /\n\s+1\s+3 kB\s+3 kB\s+2\s+COPY big\.bin \/big\.bin\n/);
    assert.match(r.out, /Total 3\.9 kB · visible 900 B · wasted 3 kB · efficiency 23\.1 %/);
    assert.match(r.out, /3 kB {2}\/big\.bin {2}deleted — added in layer 1 \(line 2\), deleted in layer 2 \(line 3\)/);
  });

  it('exits 1 with one line per exceeded threshold, 0 when within', async () => {
    const over = await run(['image', '--max-wasted', '2kB', '--min-efficiency', '0.5', archive]);
    assert.equal(over.code, 1);
    assert.equal(over.err, 'layerwise image: wasted 3 kB exceeds --max-wasted 2 kB\nlayerwise image: efficiency 23.1 % is below --min-efficiency 50.0 %\n');
    const within = await run(['image', '--max-wasted', '3KiB', '--min-efficiency', '20%', archive]);
    assert.equal(within.code, 0, within.err);
  });

  const usage: [string, string[], RegExp][] = [
    ['no SOURCE', ['image'], /needs exactly one SOURCE/],
    ['a bad size', ['image', '--max-wasted', '3 parsecs', 'x.tar'], /--max-wasted 3 parsecs: expected a size/],
    ['a bad ratio', ['image', '--min-efficiency', '1.5', 'x.tar'], /--min-efficiency 1\.5: expected a ratio/],
    ['an unknown option', ['image', '--squash', 'x.tar'], /Unknown option '--squash'/],
    ['a missing archive', ['image', 'docker-archive:/nonexistent/image.tar'], /no such file or directory/],
    ['--target without --dockerfile', ['image', '--target', 'build', 'x.tar'], /--target needs --dockerfile/],
    ['a missing Dockerfile', ['image', '--dockerfile', '/nonexistent/Dockerfile', 'x.tar'], /no such file/],
  ];
  for (const [what, argv, message] of usage) {
    it(`exits 2 with one line for ${what}`, async () => {
      const r = await run(argv);
      assert.equal(r.code, 2);
      assert.equal(r.out, '');
      assert.match(r.err, message);
      assert.equal(r.err.split('\n').length, 2, r.err);
    });
  }

  it('exits 2 when --target names no stage', async () => {
    writeFileSync(join(dir, 'Dockerfile'), DOCKERFILE.join('\n'));
    const r = await run(['image', '--dockerfile', join(dir, 'Dockerfile'), '--target', 'nope', archive]);
    assert.equal(r.code, 2);
    assert.match(r.err, /no stage named "nope"/);
  });
});
