import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buildImageReport } from '../../../server/src/core/image';
import { ImageSourceError } from '../../../server/src/engine/errors';
import { parseImageSource, readImageTar, readLocalImage } from '../../../server/src/engine/imageSource';
import { sameRef } from '../../../server/src/engine/imageStore';
import { hostPlatform } from '../../../server/src/engine/platform';
import { configOf, dockerArchive, ociLayout, sha256, tarOf, type TestImage } from './archives';

const LONG = `very/${'deep/'.repeat(40)}file-with-a-name-longer-than-one-hundred-bytes.txt`;

async function sampleImage(): Promise<TestImage> {
  return {
    tag: 'localhost/sample:latest',
    layers: [
      await tarOf([
        { name: 'bin/', type: 'directory' },
        { name: 'bin/busybox', body: 'x'.repeat(1000) },
        { name: 'bin/sh', type: 'symlink', linkname: 'busybox' },
        { name: 'bin/ls', type: 'link', linkname: 'bin/busybox' },
        { name: 'etc/cache/', type: 'directory' },
        { name: 'etc/cache/a', body: 'a'.repeat(50) },
      ]),
      await tarOf([{ name: 'big.bin', body: 'b'.repeat(4000) }, { name: LONG, body: 'l'.repeat(200) }]),
      await tarOf([]),
      await tarOf([{ name: '.wh.big.bin', body: '' }, { name: 'etc/cache/.wh..wh..opq', body: '' }, { name: 'etc/cache/b', body: 'bb' }]),
      await tarOf([{ name: LONG, body: 'short' }]),
    ],
    history: [
      { created_by: 'bb rootfs' },
      { created_by: 'RUN /bin/sh -c fetch # buildkit' },
      { created_by: 'ENV A=1', empty_layer: true },
      { created_by: 'RUN /bin/sh -c true # buildkit' },
      { created_by: 'RUN /bin/sh -c rm big.bin # buildkit' },
      { created_by: 'COPY long /very/ # buildkit' },
    ],
  };
}

const expectedWasted = [
  { path: '/big.bin', bytes: 4000, how: 'deleted', addedInLayer: 1, hiddenInLayer: 3, addedLine: null, hiddenLine: null },
  { path: `/${LONG}`, bytes: 200, how: 'replaced', addedInLayer: 1, hiddenInLayer: 4, addedLine: null, hiddenLine: null },
  { path: '/etc/cache/a', bytes: 50, how: 'deleted', addedInLayer: 0, hiddenInLayer: 3, addedLine: null, hiddenLine: null },
];

describe('image exports read as streams', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'layerwise-archive-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a docker-archive with PAX long names, an empty layer and whiteouts into the exact report', async () => {
    const image = await sampleImage();
    const path = join(dir, 'image.tar');
    writeFileSync(path, await dockerArchive(image));
    const data = await readLocalImage({ kind: 'docker-archive', path });
    const report = buildImageReport({ source: `docker-archive:${path}`, ...data });
    assert.equal(report.id, `sha256:${sha256(configOf(image))}`);
    assert.deepEqual(report.tags, ['localhost/sample:latest']);
    assert.deepEqual(report.layers.map((l) => [l.size, l.createdBy, l.diffId]), [
      [1057, 'bb rootfs', `sha256:${sha256(image.layers[0])}`],
      [4200, 'RUN /bin/sh -c fetch # buildkit', `sha256:${sha256(image.layers[1])}`],
      [0, 'RUN /bin/sh -c true # buildkit', `sha256:${sha256(image.layers[2])}`],
      [2, 'RUN /bin/sh -c rm big.bin # buildkit', `sha256:${sha256(image.layers[3])}`],
      [5, 'COPY long /very/ # buildkit', `sha256:${sha256(image.layers[4])}`],
    ]);
    assert.equal(report.totalSize, 5264);
    assert.equal(report.visibleSize, 1014);
    assert.equal(report.wastedBytes, 4250);
    assert.deepEqual(report.wasted, expectedWasted);
    assert.deepEqual(report.containers, []);
    assert.deepEqual(report.warnings, []);
  });

  it('takes the image id from the config file name', async () => {
    const image = await sampleImage();
    const data = await readImageTar(Readable.from([await dockerArchive(image)]), 'stream');
    assert.match(data.id, /^sha256:[0-9a-f]{64}$/);
    assert.equal(data.id, `sha256:${sha256(configOf(image))}`);
  });

  it('follows a repeated layer stored as a symlink, with config and manifest before or after the layers', async () => {
    const same = await tarOf([{ name: 'x', body: '123456' }]);
    const image: TestImage = { layers: [same, same], history: [{ created_by: 'a' }, { created_by: 'b' }] };
    for (const configLast of [true, false]) {
      const data = await readImageTar(Readable.from([await dockerArchive(image, { configLast })]), 'stream');
      const report = buildImageReport({ source: 's', ...data });
      assert.deepEqual(report.layers.map((l) => l.size), [6, 6]);
      assert.deepEqual(report.wasted.map((w) => [w.path, w.how]), [['/x', 'replaced']]);
    }
  });

  it('reads a gzip-compressed docker-archive', async () => {
    const { gzipSync } = await import('node:zlib');
    const data = await readImageTar(Readable.from([gzipSync(await dockerArchive(await sampleImage()))]), 'stream');
    assert.equal(data.layers.length, 5);
  });

  it('reads an OCI layout with gzip layers the same as the docker-archive', async () => {
    ociLayout(dir, [{ ...(await sampleImage()), tag: 'kit' }], false);
    const source = await parseImageSource(dir);
    assert.deepEqual(source, { kind: 'oci', path: dir });
    const report = buildImageReport({ source: `oci:${dir}`, ...(await readLocalImage({ kind: 'oci', path: dir })) });
    assert.deepEqual(report.wasted, expectedWasted);
    assert.deepEqual(report.tags, ['kit']);
    assert.equal(report.totalSize, 5264);
  });

  it('picks a manifest by ref, and by the host platform inside a nested index', async () => {
    const one = await tarOf([{ name: 'one', body: '1' }]);
    const two = await tarOf([{ name: 'two', body: '22' }]);
    const host = hostPlatform();
    ociLayout(dir, [
      { layers: [one], history: [], tag: 'a', platform: { os: 'linux', architecture: 'not-this' } },
      { layers: [two], history: [], tag: 'b', platform: { os: host.os, architecture: host.architecture }, plain: true },
    ], true);
    const byPlatform = await readLocalImage({ kind: 'oci', path: dir });
    assert.deepEqual(byPlatform.layers, [[{ path: 'two', type: 'file', size: 2 }]]);
    const byRef = await readLocalImage(await parseImageSource(`oci:${dir}:multi`) as { kind: 'oci'; path: string; ref?: string });
    assert.equal(byRef.layers.length, 1);
    await assert.rejects(readLocalImage({ kind: 'oci', path: dir, ref: 'nope' }), /holds no image with ref nope/);
  });

  it('fails with one clear line on a truncated archive', async () => {
    const whole = await dockerArchive(await sampleImage());
    const path = join(dir, 'cut.tar');
    writeFileSync(path, whole.subarray(0, Math.floor(whole.length / 2)));
    await assert.rejects(readLocalImage({ kind: 'docker-archive', path }), (error: unknown) => {
      assert.ok(error instanceof ImageSourceError);
      assert.doesNotMatch(error.message, /\n/);
      assert.match(error.message, /^archive .*cut\.tar is truncated$/);
      return true;
    });
  });

  it('fails clearly on a missing file and on a tar that is no image', async () => {
    await assert.rejects(parseImageSource(join(dir, 'missing.tar')), /no such file or directory/);
    const path = join(dir, 'other.tar');
    writeFileSync(path, await tarOf([{ name: 'readme.txt', body: 'hi' }]));
    await assert.rejects(readLocalImage({ kind: 'docker-archive', path }), /is not an image export/);
  });
});

describe('image refs', () => {
  it('matches names the way docker does for tags and Docker Hub', () => {
    assert.equal(sameRef('localhost/t:latest', 'localhost/t'), true);
    assert.equal(sameRef('docker.io/library/alpine:3.20', 'alpine:3.20'), true);
    assert.equal(sameRef('kit', 'kit'), true);
    assert.equal(sameRef('localhost/t:1', 'localhost/t'), false);
    assert.equal(sameRef('other/t:latest', 't'), false);
  });
});
