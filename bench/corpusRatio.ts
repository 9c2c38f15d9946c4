// Quick check of the corpus lint ratio (the first table of `npm run bench`) that holds up on a busy
// machine: the two tools alternate in blocks of rounds, so both see the same load, and each block is
// timed in CPU time as well as wall time. Usage: npx tsx bench/corpusRatio.ts [blocks]
import { validate } from 'dockerfile-utils';
import { analyze } from '../server/src/core/analysis';
import { lint } from '../server/src/core/rules';
import { loadCorpus } from '../test/fuzz/corpus';
import { percentile } from './stats';

const files = loadCorpus().map((f) => f.text);
const blocks = Number(process.argv[2] ?? 8);
const roundsPerBlock = 4;
const tools = {
  layerwise: () => files.forEach((t) => lint(analyze(t))),
  'dockerfile-utils': () => files.forEach((t) => validate(t)),
};
type Tool = keyof typeof tools;
const samples: Record<Tool, { wall: number[]; cpu: number[] }> = { layerwise: { wall: [], cpu: [] }, 'dockerfile-utils': { wall: [], cpu: [] } };

for (const run of Object.values(tools)) for (let i = 0; i < 5; i++) run();
for (let block = 0; block < blocks; block++) {
  for (const tool of Object.keys(tools) as Tool[]) {
    for (let round = 0; round < roundsPerBlock; round++) {
      const cpu0 = process.cpuUsage();
      const wall0 = performance.now();
      tools[tool]();
      samples[tool].wall.push(performance.now() - wall0);
      const cpu = process.cpuUsage(cpu0);
      samples[tool].cpu.push((cpu.user + cpu.system) / 1000);
    }
  }
}
const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);
const ours = samples.layerwise;
const theirs = samples['dockerfile-utils'];
console.log(`corpus of ${files.length} files, ${blocks} blocks of ${roundsPerBlock} rounds per tool`);
console.log(`  layerwise: median ${median(ours.wall).toFixed(0)} ms wall, ${median(ours.cpu).toFixed(0)} ms CPU`);
console.log(`  dockerfile-utils: median ${median(theirs.wall).toFixed(0)} ms wall, ${median(theirs.cpu).toFixed(0)} ms CPU`);
console.log(`  ratio (dockerfile-utils / layerwise): ${(median(theirs.wall) / median(ours.wall)).toFixed(2)}× wall, ${(median(theirs.cpu) / median(ours.cpu)).toFixed(2)}× CPU`);
