/** The core fuzz loop shared by the mocha test (short, fixed seed) and `npm run fuzz` (long). */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkCore, FuzzFailure, newStats, type CoreStats } from './checkCore';
import { loadCorpus } from './corpus';
import { GIANTS, randomInput, type FuzzInput } from './mutate';
import { Random } from './random';

export interface FuzzOptions {
  readonly seed: number;
  readonly count: number;
  /** Share of random inputs that are giants (1 MB lines, 50k lines, ...). */
  readonly giantChance: number;
  readonly onProgress?: (done: number, stats: CoreStats) => void;
}


function fail(seed: number, label: string, input: FuzzInput, error: unknown): never {
  const file = path.join(os.tmpdir(), `layerwise-fuzz-${seed}-${label.replace(/[^\w.-]+/g, '_')}.dockerfile`);
  fs.writeFileSync(file, input.text);
  const reason = error instanceof FuzzFailure ? error.message : error instanceof Error ? error.stack : String(error);
  throw new FuzzFailure(`input ${label} (seed ${seed}; ${input.recipe}; ${input.text.length} chars; saved to ${file}): ${reason}`);
}

/** Runs `count` random inputs, then every giant once; throws on the first broken invariant. */
export function fuzzCore(options: FuzzOptions): CoreStats & { inputs: number } {
  const stats = newStats();
  const corpus = loadCorpus();
  let inputs = 0;
  for (let index = 0; index < options.count; index++) {
    const random = new Random((Math.imul(options.seed, 0x9e3779b1) + index) >>> 0);
    const input = randomInput(random, corpus, options.giantChance);
    try {
      checkCore(input.text, random, stats);
    } catch (error) {
      fail(options.seed, String(index), input, error);
    }
    inputs++;
    if (options.onProgress && (index + 1) % 1000 === 0) options.onProgress(index + 1, stats);
  }
  // Giants last, once the code is warm: their budget is for the work, not the JIT.
  for (const [name, make] of Object.entries(GIANTS)) {
    const random = new Random(options.seed);
    const input = { recipe: `giant:${name}`, text: make(random) };
    try {
      checkCore(input.text, random, stats);
    } catch (error) {
      fail(options.seed, name, input, error);
    }
    inputs++;
  }
  return { ...stats, inputs };
}
