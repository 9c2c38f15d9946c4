// Runs a benchmark the way the product runs: bundled by esbuild (as dist/ is), not through tsx, whose
// kept function names cost a call per named closure and distort hot loops. Dependencies stay external.
// Usage: node bench/bundle.mjs <name> [args...]   (bundles bench/<name>.ts to bench/out/<name>.js)
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';

const [name, ...args] = process.argv.slice(2);
if (!name) {
  console.error('usage: node bench/bundle.mjs <name> [args...]');
  process.exit(2);
}
const outfile = `bench/out/${name}.js`;
await esbuild.build({ entryPoints: [`bench/${name}.ts`], bundle: true, platform: 'node', target: 'node20', format: 'cjs', packages: 'external', outfile, logLevel: 'warning' });
const run = spawnSync(process.execPath, [...process.execArgv, outfile, ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
