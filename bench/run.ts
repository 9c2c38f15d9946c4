/**
 * `npm run bench`: one process, three measurements, printed as markdown tables.
 * 1. lint of the whole corpus (parse + layer model + every rule) vs dockerfile-utils `validate`;
 * 2. scaling on synthetic files of 100 to 50,000 lines, with the fitted growth exponent;
 * 3. p50/p99 latency of LSP requests on a 5,000-line file through the real server (dist/server.js) over stdio.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { validate } from 'dockerfile-utils';
import { Bench } from 'tinybench';
import { analyze } from '../server/src/core/analysis';
import { lint, RULES } from '../server/src/core/rules';
import { loadCorpus } from '../test/fuzz/corpus';
import { Random } from '../test/fuzz/random';
import { startServer } from '../test/support/lspClient';
import { growthExponent, ms, percentile } from './stats';
import { syntheticDockerfile } from './synthetic';

function lintText(text: string): number {
  return lint(analyze(text)).length;
}

/** Mean ms of one call of `fn`, measured by tinybench. */
async function meanMs(name: string, fn: () => unknown, time = 2000): Promise<{ mean: number; p99: number; samples: number }> {
  const bench = new Bench({ time, warmupTime: 300 });
  bench.add(name, fn);
  await bench.run();
  const result = bench.tasks[0].result;
  if (result.state !== 'completed') throw new Error(`${name}: ${result.state}`);
  return { mean: result.latency.mean, p99: result.latency.p99, samples: result.latency.samplesCount };
}

async function corpusComparison(): Promise<void> {
  const files = loadCorpus().map((f) => f.text);
  const kb = files.reduce((n, t) => n + t.length, 0) / 1024;
  const ours = await meanMs('layerwise', () => files.forEach(lintText), 5000);
  const theirs = await meanMs('dockerfile-utils', () => files.forEach((t) => validate(t)), 5000);
  console.log(`\n### Lint of the corpus (${files.length} files, ${kb.toFixed(0)} KB)\n`);
  console.log('| tool | what runs | ms per corpus (mean) | MB/s | ratio |');
  console.log('| --- | --- | ---: | ---: | ---: |');
  console.log(`| layerwise | parse + layer model + ${RULES.length} rules | ${ms(ours.mean)} | ${(kb / 1024 / (ours.mean / 1000)).toFixed(1)} | ${(theirs.mean / ours.mean).toFixed(2)}× faster |`);
  console.log(`| dockerfile-utils ${dockerfileUtilsVersion()} | validate | ${ms(theirs.mean)} | ${(kb / 1024 / (theirs.mean / 1000)).toFixed(1)} | 1 |`);
}

function dockerfileUtilsVersion(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('dockerfile-utils/package.json') as { version: string }).version;
}

async function scaling(): Promise<void> {
  const points: { size: number; ms: number }[] = [];
  console.log('\n### Scaling (synthetic Dockerfiles, parse + model + rules)\n');
  console.log('| lines | KB | ms (mean) | ms per 1,000 lines |');
  console.log('| ---: | ---: | ---: | ---: |');
  for (const lines of [100, 1_000, 10_000, 50_000]) {
    const text = syntheticDockerfile(lines);
    const { mean } = await meanMs(`${lines} lines`, () => lintText(text), lines >= 10_000 ? 4000 : 2000);
    points.push({ size: lines, ms: mean });
    console.log(`| ${lines.toLocaleString('en-US')} | ${(text.length / 1024).toFixed(0)} | ${ms(mean)} | ${ms((mean / lines) * 1000)} |`);
  }
  console.log(`\nGrowth exponent (least squares of log time over log lines): **${growthExponent(points).toFixed(2)}** (1.00 = linear)`);
}

async function serverLatency(): Promise<void> {
  // LAYERWISE_BENCH_SERVER=/path/to/server.js measures another build (e.g. main's) under the same load.
  const serverPath = process.env.LAYERWISE_BENCH_SERVER;
  const server = await startServer({}, { serverPath });
  try {
    const uri = 'file:///bench/Dockerfile';
    if (serverPath) console.log(`\nServer: ${serverPath}`);
    const text = syntheticDockerfile(5_000);
    const lines = text.split('\n');
    const random = new Random(5000);
    const first = performance.now();
    const published = server.diagnostics(uri, 1);
    server.open(uri, text, 1);
    await published;
    const firstMs = performance.now() - first;
    const position = () => {
      const line = random.int(lines.length - 1);
      return { line, character: random.int(lines[line].length + 1) };
    };
    const requests: Record<string, () => { method: string; params: object }> = {
      hover: () => ({ method: 'textDocument/hover', params: { textDocument: { uri }, position: position() } }),
      codeLens: () => ({ method: 'textDocument/codeLens', params: { textDocument: { uri } } }),
    };
    if (server.capabilities.completionProvider) requests.completion = () => ({ method: 'textDocument/completion', params: { textDocument: { uri }, position: position() } });
    if (server.capabilities.documentSymbolProvider) requests.documentSymbol = () => ({ method: 'textDocument/documentSymbol', params: { textDocument: { uri } } });
    if (server.capabilities.codeActionProvider) {
      requests.codeAction = () => {
        const start = position();
        return { method: 'textDocument/codeAction', params: { textDocument: { uri }, range: { start, end: start }, context: { diagnostics: [] } } };
      };
    }
    if (server.capabilities.diagnosticProvider) requests['diagnostics (pull)'] = () => ({ method: 'textDocument/diagnostic', params: { textDocument: { uri } } });
    console.log(`\n### Language server over stdio (5,000-line file, ${(text.length / 1024).toFixed(0)} KB)\n`);
    console.log(`Open to first diagnostics (first parse): ${ms(firstMs)} ms\n`);
    console.log('| request | samples | answer KB (mean) | p50 ms | p99 ms | server CPU ms (mean) | client CPU ms (mean) | JSON alone p50 / p99 ms ¹ | target p99 < 5 ms |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
    for (const [name, make] of Object.entries(requests)) {
      const samples: number[] = [];
      let answerBytes = 0;
      let answer: unknown = null;
      for (let i = 0; i < 30; i++) {
        answer = (await server.connection.sendRequest(make().method, make().params)) ?? null; // warm-up
        answerBytes += JSON.stringify(answer).length;
      }
      const serverCpu = processCpuMs(server.process.pid);
      const clientCpu = process.cpuUsage();
      for (let i = 0; i < 300; i++) {
        const { method, params } = make();
        const started = performance.now();
        await server.connection.sendRequest(method, params);
        samples.push(performance.now() - started);
      }
      const serverMs = (processCpuMs(server.process.pid) - serverCpu) / samples.length;
      const client = process.cpuUsage(clientCpu);
      const clientMs = (client.user + client.system) / 1000 / samples.length;
      samples.sort((a, b) => a - b);
      const p99 = percentile(samples, 99);
      const json = jsonFloor(answer);
      console.log(`| ${name} | ${samples.length} | ${(answerBytes / 30 / 1024).toFixed(1)} | ${ms(percentile(samples, 50))} | ${ms(p99)} | ${Number.isNaN(serverMs) ? 'n/a' : ms(serverMs)} | ${ms(clientMs)} | ${ms(json.p50)} / ${ms(json.p99)} | ${p99 < 5 ? 'met' : 'missed'} |`);
    }
    // Push diagnostics after an edit: includes the server's 120 ms typing debounce, reported separately.
    const samples: number[] = [];
    for (let version = 2; version < 22; version++) {
      const edited = `${text}RUN echo ${version}\n`;
      const next = server.diagnostics(uri, version);
      const started = performance.now();
      server.change(uri, edited, version);
      await next;
      samples.push(performance.now() - started);
    }
    samples.sort((a, b) => a - b);
    console.log(`| diagnostics after an edit (push, incl. 120 ms debounce and re-parse) | ${samples.length} | — | ${ms(percentile(samples, 50))} | ${ms(percentile(samples, 99))} | — | — | — | n/a |`);
    console.log('\n¹ The same answer only encoded (JSON.stringify + UTF-8, as the server writes it) and decoded (JSON.parse, as the client reads it) in this process, 300 times: the least any transport of that answer over JSON-RPC costs.');
  } finally {
    await server.stop();
  }
}

/** p50 / p99 ms of encoding a JSON-RPC answer as the server does and decoding it as the client does. */
function jsonFloor(result: unknown): { p50: number; p99: number } {
  const message = { jsonrpc: '2.0', id: 1, result };
  const samples: number[] = [];
  for (let i = 0; i < 330; i++) {
    const started = performance.now();
    JSON.parse(Buffer.from(JSON.stringify(message), 'utf8').toString('utf8'));
    if (i >= 30) samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

/** User + system CPU ms of a process so far, from /proc (Linux; NaN elsewhere). 10 ms ticks: use over many requests. */
function processCpuMs(pid: number | undefined): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

async function main(): Promise<void> {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`## Layerwise benchmark — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, node ${process.version}, ${os.cpus().length} × ${cpu}, load average ${os.loadavg()[0].toFixed(1)}`);
  // `npm run bench -- lsp` runs only the named sections (corpus, scaling, lsp); no argument runs all.
  const wanted = process.argv.slice(2);
  const sections: Record<string, () => Promise<void>> = { corpus: corpusComparison, scaling, lsp: serverLatency };
  for (const [name, run] of Object.entries(sections)) if (wanted.length === 0 || wanted.includes(name)) await run();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
