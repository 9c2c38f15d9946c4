import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseBuilder } from '../../../server/src/engine/build';
import { createBuildContext, listContextFiles, readIgnorePatterns } from '../../../server/src/engine/buildContext';
import { readTarEntries } from '../../../server/src/engine/tarEntries';

describe('building: builder choice and context', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'layerwise-build-test-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function fakeTool(name: string, buildxWorks: boolean): void {
    mkdirSync(join(dir, 'bin'), { recursive: true });
    writeFileSync(join(dir, 'bin', name), `#!/bin/sh\n[ "$1" = buildx ] && exit ${buildxWorks ? 0 : 1}\nexit 0\n`);
    chmodSync(join(dir, 'bin', name), 0o755);
  }

  it('takes the configured command as words, and `engine` for the Engine API', () => {
    assert.deepEqual(chooseBuilder('podman build  --isolation chroot', { PATH: '' }), ['podman', 'build', '--isolation', 'chroot']);
    assert.equal(chooseBuilder('engine', { PATH: '' }), 'engine');
  });

  it('prefers docker buildx, then docker build, then podman, then the Engine API', () => {
    assert.equal(chooseBuilder(undefined, { PATH: join(dir, 'bin') }), 'engine');
    fakeTool('podman', false);
    assert.deepEqual(chooseBuilder(undefined, { PATH: join(dir, 'bin') }), [join(dir, 'bin', 'podman'), 'build']);
    fakeTool('docker', false);
    assert.deepEqual(chooseBuilder(undefined, { PATH: join(dir, 'bin') }), [join(dir, 'bin', 'docker'), 'build']);
    fakeTool('docker', true);
    assert.deepEqual(chooseBuilder(undefined, { PATH: join(dir, 'bin') }), [join(dir, 'bin', 'docker'), 'buildx', 'build', '--load']);
  });

  it('filters the context by .dockerignore but always sends the Dockerfile and .dockerignore', async () => {
    const ctx = join(dir, 'ctx');
    mkdirSync(join(ctx, 'vendor', 'keep'), { recursive: true });
    for (const f of ['Dockerfile', 'a.txt', 'b.md', 'vendor/x.js', 'vendor/keep/y.js']) writeFileSync(join(ctx, f), f);
    writeFileSync(join(ctx, '.dockerignore'), 'Dockerfile\r\n.dockerignore\r\n*.md\r\nvendor\r\n!vendor/keep\r\n');
    const patterns = await readIgnorePatterns(ctx);
    const keep = new Set(['.dockerignore', 'Dockerfile']);
    assert.deepEqual(await listContextFiles(ctx, patterns, keep), ['.dockerignore', 'Dockerfile', 'a.txt', 'vendor/keep', 'vendor/keep/y.js']);
    const context = await createBuildContext(ctx, join(ctx, 'Dockerfile'));
    assert.equal(context.dockerfile, 'Dockerfile');
    const [entries] = await Promise.all([readTarEntries(context.tar as unknown as AsyncIterable<Buffer>, 'context'), context.done]);
    assert.deepEqual(entries.map((e) => [e.path, e.type, e.size]), [
      ['.dockerignore', 'file', 55], ['Dockerfile', 'file', 10], ['a.txt', 'file', 5], ['vendor/keep', 'dir', 0], ['vendor/keep/y.js', 'file', 16],
    ]);
  });

  it('adds a Dockerfile from outside the context under a generated name', async () => {
    const ctx = join(dir, 'ctx');
    mkdirSync(ctx);
    writeFileSync(join(ctx, 'a.txt'), 'a');
    writeFileSync(join(dir, 'Outside.Dockerfile'), 'FROM scratch\n');
    const context = await createBuildContext(ctx, join(dir, 'Outside.Dockerfile'));
    assert.match(context.dockerfile, /^\.dockerfile\.[0-9a-f]+$/);
    const [entries] = await Promise.all([readTarEntries(context.tar as unknown as AsyncIterable<Buffer>, 'context'), context.done]);
    assert.deepEqual(entries.map((e) => e.path), ['a.txt', context.dockerfile]);
  });

  it('refuses a .dockerignore with a lone !', async () => {
    writeFileSync(join(dir, '.dockerignore'), '!\n');
    await assert.rejects(readIgnorePatterns(dir), /\.dockerignore: illegal exclusion pattern/);
  });
});
