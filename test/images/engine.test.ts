/**
 * Real images from a real engine: a private dockerd builds Dockerfiles of our own with BuildKit, and
 * `layerwise image` / `layerwise build` must agree with the engine's own history, sizes and containers.
 * Skipped, with the reason printed, where the engine cannot start (not root, no docker.io).
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { ImageReport } from '../../server/src/core/image';
import { containerChanges } from '../../server/src/engine/dockerImage';
import { parseHost } from '../../server/src/engine/dockerHost';
import { EngineClient } from '../../server/src/engine/engineApi';
import { pathToFileURL } from 'node:url';
import { ResponseError } from 'vscode-jsonrpc';
import { CONTAINER_CHANGES_REQUEST, INSPECT_IMAGE_REQUEST, LAYERS_REQUEST, type ContainerChange, type LayerModel } from '../../server/src/protocol';
import { startServer } from '../support/lspClient';
import { buildDist, docker, engineApi, layerwise, startEngine, stopEngine, type PrivateEngine } from './engine';

const DOCKERFILE = [
  '# layerwise real-engine test image', // 0
  'FROM localhost/bb:latest AS build', // 1
  'RUN echo built > /artifact', // 2
  '', // 3
  'FROM localhost/bb:latest', // 4
  'ARG V=1', // 5
  'COPY big.bin /opt/big.bin', // 6
  'COPY --from=build /artifact /artifact', // 7
  'RUN rm /opt/big.bin && mkdir -p /etc/app && echo conf > /etc/app/conf', // 8
  'WORKDIR /app', // 9
  'COPY small.txt data.txt', // 10
  'RUN echo v2 > data.txt', // 11
  'RUN ln -s /etc/app/conf /app/conf-link', // 12
  'ENV A=1', // 13
  'CMD ["/bin/sh"]', // 14
].join('\n');
const TAG = 'localhost/layerwise-test:1';

describe('real engine: layerwise image and build against dockerd + BuildKit', function () {
  this.timeout(120_000);
  let engine: PrivateEngine | undefined;
  let work: string;
  let env: Record<string, string>;
  const leftovers = (): string[] => readdirSync(tmpdir()).filter((n) => n.startsWith('layerwise-build-'));
  let tmpBefore: string[];

  before(function () {
    this.timeout(600_000); // first run may apt-get install docker.io, skopeo, busybox-static
    const started = startEngine();
    if ('skip' in started) {
      console.log(`      skipped: ${started.skip}`);
      this.skip();
    }
    engine = started as PrivateEngine;
    env = { DOCKER_HOST: engine.dockerHost };
    buildDist();
    tmpBefore = leftovers();
    work = mkdtempSync(join(tmpdir(), 'layerwise-images-'));
    writeFileSync(join(work, 'Dockerfile'), DOCKERFILE);
    writeFileSync(join(work, 'big.bin'), randomBytes(200_000));
    writeFileSync(join(work, 'small.txt'), 'x'.repeat(50));
    docker(engine, ['build', '--network', 'none', '-t', TAG, work], { DOCKER_BUILDKIT: '1' });
  });

  after(function () {
    if (!engine) return;
    stopEngine(engine);
    rmSync(work, { recursive: true, force: true });
    assert.equal(existsSync(engine.dir), false, 'the private engine left its directory behind');
    assert.equal(readFileSync('/proc/mounts', 'utf8').includes(engine.dir), false, 'the private engine left mounts behind');
  });

  function image(args: string[], extraEnv: Record<string, string> = {}): ImageReport {
    const result = layerwise(['image', '--json', ...args], { ...env, ...extraEnv });
    assert.equal(result.status, 0, result.stderr);
    return JSON.parse(result.stdout) as ImageReport;
  }

  it('docker: matches the engine: diff_ids, per-layer sizes of docker history, total, lines and wasted files', () => {
    const report = image(['--dockerfile', join(work, 'Dockerfile'), `docker:${TAG}`]);
    const inspect = engineApi(engine!, `/images/${TAG}/json`) as { Id: string; Size: number; RootFS: { Layers: string[] } };
    assert.equal(report.id, inspect.Id);
    assert.deepEqual(report.tags, [TAG]);
    assert.deepEqual(report.layers.map((l) => l.diffId), inspect.RootFS.Layers);
    // DESIGN.md counts symlink target lengths, as docker history does for imported, pulled and legacy-built
    // layers; BuildKit in dockerd 20.10 sizes its layers by regular files only (checked: a RUN that only
    // makes a 13-byte symlink is 13 B with DOCKER_BUILDKIT=0 and 0 B with BuildKit). Our one symlink is in layer 7.
    const symlinkBytes = '/etc/app/conf'.length;
    assert.equal(report.totalSize, inspect.Size + symlinkBytes);
    // docker history: newest first, one entry per history entry; layers are the entries with our created_by
    const history = (engineApi(engine!, `/images/${TAG}/history`) as { CreatedBy: string; Size: number }[]).reverse();
    let next = 0;
    const engineSizes: number[] = [];
    for (const entry of history) {
      if (next < report.layers.length && entry.CreatedBy === report.layers[next].createdBy) {
        engineSizes.push(entry.Size);
        next++;
      }
    }
    engineSizes[7] += symlinkBytes;
    assert.deepEqual(report.layers.map((l) => l.size), engineSizes);
    assert.deepEqual(report.layers.map((l) => l.line), [null, 6, 7, 8, 9, 10, 11, 12]);
    assert.deepEqual(report.warnings, []);
    assert.deepEqual(report.wasted, [
      { path: '/opt/big.bin', bytes: 200_000, how: 'deleted', addedInLayer: 1, hiddenInLayer: 3, addedLine: 6, hiddenLine: 8 },
      { path: '/app/data.txt', bytes: 50, how: 'replaced', addedInLayer: 5, hiddenInLayer: 6, addedLine: 10, hiddenLine: 11 },
    ]);
    assert.equal(report.wastedBytes, 200_050);
    assert.equal(report.layers[7].size, symlinkBytes);
  });

  it('docker-archive: (docker save) and oci: (skopeo) give the same layers, sizes and wasted files', () => {
    const fromEngine = image([`docker:${TAG}`]);
    const archive = join(work, 'image.tar');
    docker(engine!, ['save', '-o', archive, TAG]);
    const fromArchive = image([`docker-archive:${archive}`]);
    const oci = join(work, 'oci');
    const skopeo = spawnSync('skopeo', ['copy', '-q', `docker-archive:${archive}`, `oci:${oci}:t1`], { encoding: 'utf8' });
    assert.equal(skopeo.status, 0, skopeo.stderr);
    const fromOci = image([`oci:${oci}:t1`]);
    const fromBarePath = image([oci]);
    // skopeo rewrites the config as OCI JSON: same diff_ids and history, another digest, so no id here
    const comparable = (r: ImageReport) => ({ layers: r.layers, totalSize: r.totalSize, visibleSize: r.visibleSize, wasted: r.wasted });
    assert.deepEqual(comparable(fromArchive), comparable(fromEngine));
    assert.deepEqual(comparable(fromOci), comparable(fromEngine));
    assert.deepEqual(comparable(fromBarePath), comparable(fromEngine));
    assert.equal(fromArchive.id, fromEngine.id);
    assert.deepEqual(fromArchive.containers, []);
    assert.deepEqual(fromOci.tags, ['t1']);
  });

  it('lists the containers of the image with the engine\'s SizeRw and SizeRootFs', () => {
    docker(engine!, ['run', '--network', 'none', '--name', 'lw-done', TAG, 'sh', '-c', 'head -c 100000 /etc/passwd > /dev/null; dd if=/dev/zero of=/w bs=1000 count=100 2>/dev/null']);
    docker(engine!, ['run', '-d', '--network', 'none', '--name', 'lw-running', TAG, 'sleep', '600']);
    docker(engine!, ['exec', 'lw-running', 'sh', '-c', 'echo more >> /etc/app/conf']);
    const report = image([`docker:${TAG}`]);
    const listed = engineApi(engine!, '/containers/json?all=1&size=1') as { Id: string; Names: string[]; State: string; SizeRw: number; SizeRootFs: number }[];
    const expected = listed
      .map((c) => ({ id: c.Id, name: c.Names[0].slice(1), state: c.State, sizeRw: c.SizeRw, sizeRootFs: c.SizeRootFs }))
      .sort((a, b) => a.name.localeCompare(b.name));
    assert.deepEqual([...report.containers].sort((a, b) => a.name.localeCompare(b.name)), expected);
    assert.deepEqual(expected.map((c) => [c.name, c.state]), [['lw-done', 'exited'], ['lw-running', 'running']]);
    assert.equal(expected[0].sizeRw, 100_000);
    assert.equal(expected[1].sizeRw, 'conf\nmore\n'.length); // the whole file is copied up to change it
  });

  it('reads a container\'s changes (copy-on-write made visible) from the engine', async () => {
    const client = new EngineClient(parseHost(engine!.dockerHost, null));
    const changes = await containerChanges(client, 'lw-running');
    const engineView = (engineApi(engine!, '/containers/lw-running/changes') as { Path: string; Kind: number }[])
      .map((c) => ({ path: c.Path, kind: (['changed', 'added', 'deleted'] as const)[c.Kind] }));
    assert.deepEqual(changes, engineView);
    assert.deepEqual(changes.find((c) => c.path === '/etc/app/conf'), { path: '/etc/app/conf', kind: 'changed' });
    assert.deepEqual((await containerChanges(client, 'lw-done')).find((c) => c.path === '/w'), { path: '/w', kind: 'added' });
  });

  it('the language server over stdio: inspect docker:, containers in the layer model, a container\'s changes on demand', async () => {
    const server = await startServer({}, { env: { DOCKER_HOST: engine!.dockerHost } });
    try {
      const uri = pathToFileURL(join(work, 'Dockerfile')).toString();
      const opened = server.diagnostics(uri);
      server.open(uri, DOCKERFILE);
      await opened;
      const report = await server.connection.sendRequest<ImageReport>(INSPECT_IMAGE_REQUEST, { textDocument: { uri }, source: `docker:${TAG}` });
      const model = await server.connection.sendRequest<LayerModel>(LAYERS_REQUEST, { textDocument: { uri } });
      assert.deepEqual(model.image?.containers, report.containers);
      assert.deepEqual(model.image?.containers?.map((c) => c.name).sort(), ['lw-done', 'lw-running']);
      assert.equal(model.finalImage.baseLayers, 1);
      assert.equal(model.finalImage.baseSize, report.layers[0].size);

      const running = report.containers.find((c) => c.name === 'lw-running')!;
      const changes = await server.connection.sendRequest<ContainerChange[]>(CONTAINER_CHANGES_REQUEST, { textDocument: { uri }, containerId: running.id });
      const engineView = (engineApi(engine!, `/containers/${running.id}/changes`) as { Path: string; Kind: number }[])
        .map((c) => ({ path: c.Path, kind: (['changed', 'added', 'deleted'] as const)[c.Kind] }));
      assert.deepEqual(changes, engineView);
      assert.ok(changes.some((c) => c.path === '/etc/app/conf' && c.kind === 'changed'));

      // Not a container of this image: refused without asking the engine.
      const stranger = docker(engine!, ['create', '--network', 'none', 'localhost/bb:latest', 'true']).trim();
      await assert.rejects(
        server.connection.sendRequest(CONTAINER_CHANGES_REQUEST, { textDocument: { uri }, containerId: stranger }),
        (error: unknown) => error instanceof ResponseError && /is not one of the inspected image's containers/.test(error.message),
      );
      // Listed, but removed since: the engine's one-line answer, and the server keeps serving.
      const done = report.containers.find((c) => c.name === 'lw-done')!;
      docker(engine!, ['rm', '-f', 'lw-done', stranger]);
      await assert.rejects(
        server.connection.sendRequest(CONTAINER_CHANGES_REQUEST, { textDocument: { uri }, containerId: done.id }),
        (error: unknown) => error instanceof ResponseError && !error.message.includes('\n') && /No such container/i.test(error.message),
      );
      const again = await server.connection.sendRequest<ImageReport>(INSPECT_IMAGE_REQUEST, { textDocument: { uri }, source: `docker:${TAG}` });
      assert.deepEqual(again.containers.map((c) => c.name), ['lw-running']);
    } finally {
      await server.stop();
    }
  });

  it('explains the layers a legacy build did not make (existing WORKDIR, no-op RUN)', () => {
    const legacy = join(work, 'legacy');
    mkdirSync(legacy);
    writeFileSync(join(legacy, 'small.txt'), 'small');
    writeFileSync(join(legacy, 'Dockerfile'), 'FROM localhost/bb:latest\nWORKDIR /tmp\nRUN true\nRUN echo hi > /hi\nCOPY small.txt /small.txt\n');
    docker(engine!, ['build', '-q', '--network', 'none', '-t', 'localhost/lw-legacy:1', legacy], { DOCKER_BUILDKIT: '0' });
    const report = image(['--dockerfile', join(legacy, 'Dockerfile'), 'docker:localhost/lw-legacy:1']);
    assert.deepEqual(report.layers.map((l) => [l.line, l.size]), [[null, report.layers[0].size], [3, 3], [4, 5]]);
    assert.deepEqual(report.warnings.slice(1).map((w) => w.replace(/:.*$/, '')), ['line 2 (WORKDIR) made no layer', 'line 3 (RUN) made no layer']);
    assert.match(report.warnings[0], /predicts 4 layer\(s\).*has 2 after 1 base-image layer/);
  });

  it('layerwise build honours .dockerignore like the docker CLI, through the Engine API and through the CLI builder', () => {
    const ctx = join(work, 'ctx');
    mkdirSync(join(ctx, 'vendor', 'keep'), { recursive: true });
    writeFileSync(join(ctx, 'Dockerfile'), 'FROM localhost/bb:latest\nCOPY . /ctx/\n');
    writeFileSync(join(ctx, '.dockerignore'), '# test\n*.md\n!keep.md\nvendor\n!vendor/keep\n**/*.tmp\n');
    for (const f of ['keep.md', 'drop.md', 'a.txt', 'vendor/x.js', 'vendor/keep/y.js', 'vendor/keep/z.tmp', 'b.tmp']) writeFileSync(join(ctx, f), f);
    const built = (tag: string, builderEnv: Record<string, string>) => {
      const result = layerwise(['build', '--json', '--tag', tag, join(ctx, 'Dockerfile'), ctx], { ...env, LAYERWISE_BUILD_NETWORK: 'none', ...builderEnv });
      assert.equal(result.status, 0, result.stderr);
      const report = JSON.parse(result.stdout) as ImageReport;
      assert.equal(report.source, `docker:${tag}`);
      assert.equal(report.layers[report.layers.length - 1].line, 1);
      const list = docker(engine!, ['run', '--rm', '--network', 'none', tag, 'find', '/ctx', '-type', 'f']);
      return list.trim().split('\n').sort();
    };
    const viaApi = built('localhost/lw-ctx:api', { LAYERWISE_BUILD_COMMAND: 'engine' });
    const viaCli = built('localhost/lw-ctx:cli', { LAYERWISE_BUILD_COMMAND: '/usr/bin/docker build', DOCKER_BUILDKIT: '1' });
    assert.deepEqual(viaApi, ['/ctx/.dockerignore', '/ctx/Dockerfile', '/ctx/a.txt', '/ctx/keep.md', '/ctx/vendor/keep/y.js']);
    assert.deepEqual(viaCli, viaApi);
    assert.deepEqual(leftovers(), tmpBefore, 'layerwise build left a temporary directory');
  });

  describe('bad input: exit 2, one line on stderr, no stack trace', () => {
    const oneLine = (args: string[], extraEnv: Record<string, string>, pattern: RegExp) => {
      const result = layerwise(args, { ...env, ...extraEnv });
      assert.equal(result.status, 2, result.stdout);
      assert.equal(result.stdout, '');
      assert.equal(result.stderr.trimEnd().split('\n').length, 1, result.stderr);
      assert.doesNotMatch(result.stderr, /\n\s+at /);
      assert.match(result.stderr, pattern);
    };
    it('a missing archive', () => oneLine(['image', join(work, 'missing.tar')], {}, /missing\.tar: no such file or directory/));
    it('a truncated archive', () => {
      const whole = readFileSync(join(work, 'image.tar'));
      writeFileSync(join(work, 'cut.tar'), whole.subarray(0, Math.floor(whole.length * 0.6)));
      oneLine(['image', `docker-archive:${join(work, 'cut.tar')}`], {}, /cut\.tar is truncated/);
    });
    it('an unknown image', () => oneLine(['image', 'docker:localhost/no-such-image:404'], {}, /no such image .*localhost\/no-such-image:404/));
    it('an engine that is down', () => oneLine(['image', `docker:${TAG}`], { DOCKER_HOST: `unix://${work}/down.sock` }, /cannot reach the Docker engine at unix:\/\/.*down\.sock/));
    it('a build whose RUN fails', () => {
      writeFileSync(join(work, 'Dockerfile.fail'), 'FROM localhost/bb:latest\nRUN exit 3\n');
      oneLine(['build', join(work, 'Dockerfile.fail'), work], { LAYERWISE_BUILD_COMMAND: 'engine', LAYERWISE_BUILD_NETWORK: 'none' }, /the build failed/);
    });
  });
});
