/**
 * `npm run fuzz [-- --count N --seed S]`: the long fuzz run over the core (default 100,000 inputs).
 * Prints the input count and the worst time per KB; exits 1 with the saved input on the first failure.
 */
import { fuzzCore } from './fuzzCore';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

const seed = option('seed', Date.now() % 1_000_000);
const count = option('count', 100_000);
const started = performance.now();
console.log(`fuzz: seed ${seed}, ${count} random inputs + giants`);
try {
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
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
