// Throughput and peak heap of reading a large docker-archive with `layerwise image` (streamed).
// Usage: node bench/image-read.mjs [--mb 1000] [--rounds 3] [--keep] [ARCHIVE]
//   Without ARCHIVE, writes a synthetic `docker save` archive of about --mb megabytes to the temp dir
//   (big files, many small files, a layer deleting and replacing files), reads it with the bundled CLI
//   in this process (dist/cli.js, run `node esbuild.mjs` first) and prints MB/s and peak heap as JSON.
//   With DOCKER_HOST set and --docker, also loads it into that engine and times `docker history`.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const targetMb = Number(option('--mb', '1000'));
const given = args.find((a, i) => !a.startsWith('--') && !(i > 0 && ['--mb', '--rounds'].includes(args[i - 1])));

const { pack } = require('tar-stream');

/** Writes one tar made by `fill(p)` to `path`; returns its sha256 (the diff_id) and size. */
async function writeTar(path, fill) {
  const p = pack();
  const hash = createHash('sha256');
  p.on('data', (chunk) => hash.update(chunk));
  const done = pipeline(p, createWriteStream(path));
  await fill(p);
  p.finalize();
  await done;
  return { diffId: `sha256:${hash.digest('hex')}`, size: statSync(path).size };
}

const entry = (p, header, body) => new Promise((resolve, reject) => p.entry(header, body, (e) => (e ? reject(e) : resolve())));
const zeros = Buffer.alloc(1 << 20);

async function makeArchive(dir, mb) {
  const big = Math.max(1, Math.round(mb * 0.55)); // 1 MB files
  const small = Math.round((mb * 0.15 * 1e6) / 4096); // 4 kB files
  const huge = Math.max(1, Math.round((mb * 0.3) / 10)); // 10 MB files
  const layers = [];
  layers.push(await writeTar(join(dir, 'l1.tar'), async (p) => {
    for (let i = 0; i < big; i++) await entry(p, { name: `data/big-${i}.bin`, size: zeros.length }, zeros);
  }));
  layers.push(await writeTar(join(dir, 'l2.tar'), async (p) => {
    const body = zeros.subarray(0, 4096);
    for (let i = 0; i < small; i++) await entry(p, { name: `usr/share/small/${i % 100}/file-${i}.txt`, size: body.length }, body);
  }));
  layers.push(await writeTar(join(dir, 'l3.tar'), async (p) => {
    const body = Buffer.alloc(10 << 20);
    for (let i = 0; i < huge; i++) await entry(p, { name: `opt/huge-${i}.bin`, size: body.length }, body);
  }));
  layers.push(await writeTar(join(dir, 'l4.tar'), async (p) => {
    for (let i = 0; i < big; i += 2) await entry(p, { name: `data/.wh.big-${i}.bin`, size: 0 }, Buffer.alloc(0));
    await entry(p, { name: 'usr/share/small/.wh..wh..opq', size: 0 }, Buffer.alloc(0));
    await entry(p, { name: 'opt/huge-0.bin', size: 5 }, Buffer.from('small'));
  }));
  const config = JSON.stringify({
    architecture: 'amd64', os: 'linux', config: {},
    rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
    history: layers.map((_, i) => ({ created_by: `RUN /bin/sh -c step ${i} # buildkit` })),
  });
  const configHex = createHash('sha256').update(config).digest('hex');
  const archive = join(dir, 'image.tar');
  await writeTar(archive, async (p) => {
    for (let i = 0; i < layers.length; i++) {
      const size = statSync(join(dir, `l${i + 1}.tar`)).size;
      const sink = p.entry({ name: `${i}/layer.tar`, size });
      await pipeline(createReadStream(join(dir, `l${i + 1}.tar`), { highWaterMark: 1 << 20 }), sink);
    }
    await entry(p, { name: `${configHex}.json` }, config);
    const manifest = JSON.stringify([{ Config: `${configHex}.json`, RepoTags: ['localhost/bench:latest'], Layers: layers.map((_, i) => `${i}/layer.tar`) }]);
    await entry(p, { name: 'manifest.json' }, manifest);
  });
  for (let i = 0; i < layers.length; i++) rmSync(join(dir, `l${i + 1}.tar`));
  return archive;
}

async function readWithLayerwise(archive) {
  const cli = require(join(root, 'dist/cli.js'));
  let out = '';
  const io = { out: (t) => (out += t), err: (t) => process.stderr.write(t), readStdin: async () => '' };
  global.gc?.();
  let peakHeap = process.memoryUsage().heapUsed;
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakRss = Math.max(peakRss, m.rss);
  }, 10);
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const code = await cli.main(['image', '--json', `docker-archive:${archive}`], io);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  clearInterval(sampler);
  if (code !== 0) throw new Error(`layerwise image exited ${code}`);
  const report = JSON.parse(out);
  return { seconds, cpuSeconds, peakHeap, peakRss, report };
}

/** Node reading the same file with the same 1 MiB reads and doing nothing else: "disk speed" here. */
async function readOnly(archive) {
  const started = process.hrtime.bigint();
  let bytes = 0;
  for await (const chunk of createReadStream(archive, { highWaterMark: 1 << 20 })) bytes += chunk.length;
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, bytes };
}

const dir = mkdtempSync(join(tmpdir(), 'layerwise-bench-image-'));
try {
  const archive = given ?? (await makeArchive(dir, targetMb));
  const bytes = statSync(archive).size;
  // Warm the page cache the same way for both runs: this measures parsing, not the disk.
  execFileSync('cat', [archive], { stdio: ['ignore', 'ignore', 'inherit'] });
  // Best of a few rounds, alternating, so a busy machine disturbs both sides alike.
  const rounds = Number(option('--rounds', '3'));
  let best;
  let baseline = Infinity;
  for (let i = 0; i < rounds; i++) {
    baseline = Math.min(baseline, (await readOnly(archive)).seconds);
    const run = await readWithLayerwise(archive);
    if (!best || run.seconds < best.seconds) best = { ...run, peakHeap: Math.max(run.peakHeap, best?.peakHeap ?? 0), peakRss: Math.max(run.peakRss, best?.peakRss ?? 0) };
  }
  const { seconds, cpuSeconds, peakHeap, peakRss, report } = best;
  const result = {
    archiveMB: +(bytes / 1e6).toFixed(1),
    layers: report.layers.length,
    entries: report.layers.reduce((n, l) => n + l.entries, 0),
    wastedFiles: report.wasted.length,
    seconds: +seconds.toFixed(2),
    MBperSecond: +((bytes / 1e6) / seconds).toFixed(0),
    cpuSeconds: +cpuSeconds.toFixed(2),
    MBperCpuSecond: +((bytes / 1e6) / cpuSeconds).toFixed(0),
    plainReadMBperSecond: +((bytes / 1e6) / baseline).toFixed(0),
    peakHeapMB: +(peakHeap / 1e6).toFixed(1),
    peakRssMB: +(peakRss / 1e6).toFixed(1),
  };
  if (flag('--docker') && process.env.DOCKER_HOST) {
    execFileSync('docker', ['load', '-q', '-i', archive], { stdio: 'ignore' });
    const t0 = process.hrtime.bigint();
    execFileSync('docker', ['history', 'localhost/bench:latest'], { stdio: 'ignore' });
    result.dockerHistorySeconds = +(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(2);
  }
  console.log(JSON.stringify(result, null, 1));
} finally {
  if (!flag('--keep')) rmSync(dir, { recursive: true, force: true });
}
