// Quick check of the corpus lint ratio only (the first table of `npm run bench`): each tool warms up and
// runs its rounds in a block, as tinybench does there. Usage: npx tsx bench/corpusRatio.ts [rounds]
import { validate } from 'dockerfile-utils';
import { analyze } from '../server/src/core/analysis';
import { lint } from '../server/src/core/rules';
import { loadCorpus } from '../test/fuzz/corpus';

const files = loadCorpus().map((f) => f.text);
const rounds = Number(process.argv[2] ?? 30);
const ours: number[] = [];
const theirs: number[] = [];
const time = (fn: () => void): number => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};
for (let i = 0; i < rounds + 5; i++) {
  const ms = time(() => files.forEach((t) => lint(analyze(t))));
  if (i >= 5) ours.push(ms);
}
for (let i = 0; i < rounds + 5; i++) {
  const ms = time(() => files.forEach((t) => validate(t)));
  if (i >= 5) theirs.push(ms);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(`layerwise median ${median(ours).toFixed(0)} ms, mean ${mean(ours).toFixed(0)} ms; dockerfile-utils median ${median(theirs).toFixed(0)} ms, mean ${mean(theirs).toFixed(0)} ms`);
console.log(`ratio of medians ${(median(theirs) / median(ours)).toFixed(2)}×, of means ${(mean(theirs) / mean(ours)).toFixed(2)}×`);
