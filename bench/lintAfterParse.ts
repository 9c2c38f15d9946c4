// Issue 4's budget: all rules over a 5,000-line Dockerfile after the parse. Each round analyses the text
// anew (as the server does per document version) and times the first lint of that analysis, so words,
// shell splitting and the garbage collector's share count. Warm-up rounds first: the server lints on
// every keystroke, so its rules run compiled, not in the interpreter (each rule runs once per lint, and
// the first ~30 lints of a process are mostly JIT warm-up).
// Usage: npx tsx bench/lintAfterParse.ts [lines]   (ROUNDS=n, WARMUP=n)
import { analyze } from '../server/src/core/analysis';
import { lint } from '../server/src/core/rules';
import { percentile } from './stats';
import { syntheticDockerfile } from './synthetic';

const lines = Number(process.argv[2] ?? 5000);
const text = syntheticDockerfile(lines);
const rounds = Number(process.env.ROUNDS ?? 60);
const warmup = Number(process.env.WARMUP ?? 30);
for (let i = 0; i < warmup; i++) lint(analyze(text), { rules: {} });
const cpu: number[] = [];
const wall: number[] = [];
for (let i = 0; i < rounds; i++) {
  const analysis = analyze(text);
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  lint(analysis, { rules: {} });
  wall.push(performance.now() - wall0);
  const used = process.cpuUsage(cpu0);
  cpu.push((used.user + used.system) / 1000);
}
const summary = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return `min ${sorted[0].toFixed(1)} · median ${percentile(sorted, 50).toFixed(1)} · p90 ${percentile(sorted, 90).toFixed(1)} ms`;
};
console.log(`lint after parse, ${lines} lines, ${rounds} fresh analyses after ${warmup} warm-up rounds`);
console.log(`  wall: ${summary(wall)}`);
console.log(`  CPU (all threads, incl. GC): ${summary(cpu)}`);
