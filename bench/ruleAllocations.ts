// Bytes each rule allocates when it re-lints the corpus (analyses made and linted once before, so words
// and shell scripts are already split), from V8's sampling heap profiler with collected objects kept.
// Allocation is the lint's main cost on this machine (the garbage collector, then memory traffic) and,
// unlike time, does not change with the machine's load. Usage: npx tsx bench/ruleAllocations.ts [top]
import { Session } from 'node:inspector';
import { analyze } from '../server/src/core/analysis';
import { lint, RULES } from '../server/src/core/rules';
import { loadCorpus } from '../test/fuzz/corpus';

const session = new Session();
session.connect();
const post = <T>(method: string, params: object = {}): Promise<T> =>
  new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))));

interface SamplingNode { selfSize: number; children: SamplingNode[] }

async function allocatedBytes(run: () => void): Promise<number> {
  await post('HeapProfiler.startSampling', { samplingInterval: 512, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  run();
  const { profile } = await post<{ profile: { head: SamplingNode } }>('HeapProfiler.stopSampling');
  const sum = (node: SamplingNode): number => node.children.reduce((total, child) => total + sum(child), node.selfSize);
  return sum(profile.head);
}

async function main(): Promise<void> {
  const top = Number(process.argv[2] ?? 30);
  const texts = loadCorpus().map((f) => f.text);
  const analyses = texts.map((text) => analyze(text));
  for (let i = 0; i < 3; i++) analyses.forEach((a) => lint(a));
  await post('HeapProfiler.enable');
  const mb = (bytes: number) => (bytes / 1e6).toFixed(2);
  let freshAnalyses: ReturnType<typeof analyze>[] = [];
  const analysis = await allocatedBytes(() => (freshAnalyses = texts.map((t) => analyze(t))));
  const first = await allocatedBytes(() => freshAnalyses.forEach((a) => lint(a)));
  const again = await allocatedBytes(() => analyses.forEach((a) => lint(a)));
  const machinery = await allocatedBytes(() => analyses.forEach((a) => lint(a, {}, [])));
  console.log(`corpus (${texts.length} files): analyse ${mb(analysis)} MB; first lint ${mb(first)} MB; lint again ${mb(again)} MB; lint with no rules ${mb(machinery)} MB`);
  const rows: { id: string; bytes: number }[] = [];
  for (const rule of RULES) rows.push({ id: rule.id, bytes: (await allocatedBytes(() => analyses.forEach((a) => lint(a, {}, [rule])))) - machinery });
  rows.sort((a, b) => b.bytes - a.bytes);
  console.log(`sum over rules run alone: ${mb(rows.reduce((n, r) => n + r.bytes, 0))} MB`);
  for (const row of rows.slice(0, top)) console.log(`${mb(row.bytes).padStart(7)} MB  ${row.id}`);
}

void main();
