/**
 * `npm run fuzz [-- --count N --server M --seed S]`: the long fuzz run over the core (default 100,000
 * inputs), then M inputs (default 1,000) through the built server over stdio (run `node esbuild.mjs` first).
 * Prints the input count and the worst time per KB; exits 1 with the saved input on the first failure.
 */
import { startServer } from '../support/lspClient';
import { checkServer } from './checkServer';
import { loadCorpus } from './corpus';
import { fuzzCore } from './fuzzCore';
import { randomInput } from './mutate';
import { Random } from './random';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

const seed = option('seed', Date.now() % 1_000_000);
const count = option('count', 100_000);
const serverCount = option('server', 1000);
const started = performance.now();
console.log(`fuzz: seed ${seed}, ${count} random inputs + giants`);
/** The smaller stdio phase: every advertised request on mutated files through dist/server.js. */
async function fuzzServer(): Promise<number> {
  const server = await startServer();
  const corpus = loadCorpus();
  let requests = 0;
  try {
    for (let index = 0; index < serverCount; index++) {
      const random = new Random((Math.imul(seed, 0x9e3779b1) + index) >>> 0);
      const input = randomInput(random, corpus, 0);
      try {
        requests += await checkServer(server, `file:///fuzz/${index}/Dockerfile`, input.text, random);
      } catch (error) {
        throw new Error(`server input ${index} (seed ${seed}; ${input.recipe}): ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  } finally {
    await server.stop();
  }
  return requests;
}

async function main(): Promise<void> {
  const result = fuzzCore({
    seed,
    count,
    giantChance: 0.002,
    onProgress: (done, stats) => {
      if (done % 10_000 === 0) console.log(`  ${done} inputs, worst ${stats.worstMsPerKb.toFixed(3)} ms/KB so far`);
    },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(`fuzz: ${result.inputs} inputs, ${result.calls} core calls, no failure, ${seconds} s`);
  console.log(`fuzz: worst ${result.worstMsPerKb.toFixed(3)} ms/KB over inputs >= 1 KB: ${result.worstCall}`);
  console.log(`fuzz: worst ${result.worstMsPerKbLarge.toFixed(3)} ms/KB over inputs >= 64 KB: ${result.worstCallLarge}`);
  const requests = await fuzzServer();
  console.log(`fuzz: ${serverCount} inputs through the server over stdio, ${requests} requests, no failure`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
