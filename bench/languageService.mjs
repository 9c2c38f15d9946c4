/**
 * Completion and hover latency on a generated 5,000-line Dockerfile: Layerwise's core (reading the analysis
 * the server caches per document version) next to npm `dockerfile-language-service` (which parses the text on
 * every request), measured in the same process on the same positions. Also reports Layerwise with a fresh
 * parse per request, the cost of the first request after an edit.
 *
 *   import { benchLanguageService } from './bench/languageService.mjs';
 *   const result = await benchLanguageService({ lines: 5000, requests: 300 });
 *
 * Or run it directly: `node bench/languageService.mjs`.
 */
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles the pure core features once (no LSP, no I/O) so this .mjs can call them. */
async function loadCore() {
  const outfile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'layerwise-bench-')), 'core.mjs');
  await esbuild.build({
    stdin: {
      contents: [
        "export { analyze } from './server/src/core/analysis';",
        "export { completionsAt } from './server/src/core/features/completion';",
        "export { hoverAt } from './server/src/core/features/hover';",
        "export { LineIndex } from './server/src/core/syntax';",
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'silent',
  });
  return import(pathToFileURL(outfile).href);
}

/** A realistic multi-stage file of `lines` lines: ARGs, ENV, RUN with continuations and mounts, COPY --from. */
export function generateDockerfile(lines) {
  const out = ['# syntax=docker/dockerfile:1', 'ARG BASE=debian:12', 'ARG VERSION=1.0'];
  let stage = 0;
  while (out.length < lines) {
    const name = `stage${stage}`;
    out.push(`FROM \${BASE} AS ${name}`, 'ARG VERSION', `ENV APP_HOME=/opt/app${stage} PATH=/opt/app${stage}/bin:$PATH`, 'WORKDIR $APP_HOME');
    for (let i = 0; i < 8 && out.length < lines; i++) {
      out.push('RUN --mount=type=cache,target=/var/cache/apt \\', '    apt-get update && \\', `    apt-get install -y --no-install-recommends pkg${i} && \\`, '    rm -rf /var/lib/apt/lists/*');
      out.push(`COPY ${stage > 0 ? `--from=stage${stage - 1} ` : ''}src/${i} $APP_HOME/${i}`, `LABEL step${i}="\${VERSION}"`);
    }
    out.push('EXPOSE 8080', 'USER app', 'CMD ["/opt/app/bin/run", "--port", "8080"]');
    stage++;
  }
  return `${out.slice(0, lines).join('\n')}\n`;
}

/** Positions worth asking about: keywords, after `$`, inside flags, on stage names, on empty positions. */
function pickPositions(text, count) {
  const lines = text.split('\n');
  const positions = [];
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  while (positions.length < count) {
    const line = Math.floor(random() * (lines.length - 1));
    const content = lines[line];
    const candidates = [0, 2, content.indexOf('$') + 1, content.indexOf('--') + 3, content.indexOf('=') + 1, content.length].filter((c) => c > 0 && c <= content.length);
    positions.push({ line, character: candidates[Math.floor(random() * candidates.length)] ?? 0 });
  }
  return positions;
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { mean: sorted.reduce((s, x) => s + x, 0) / sorted.length, p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] };
}

async function time(positions, run) {
  const samples = [];
  for (const position of positions) {
    const start = performance.now();
    await run(position);
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

export async function benchLanguageService({ lines = 5000, requests = 300, warmup = 30 } = {}) {
  const core = await loadCore();
  const require = createRequire(path.join(ROOT, 'package.json'));
  const { DockerfileLanguageServiceFactory } = require('dockerfile-language-service');
  const peer = DockerfileLanguageServiceFactory.createLanguageService();
  const text = generateDockerfile(lines);
  const positions = pickPositions(text, requests);
  const index = new core.LineIndex(text);
  const cached = core.analyze(text);
  const offsets = new Map(positions.map((p) => [p, index.offsetAt(p)]));

  const cases = {
    layerwiseCompletion: (p) => core.completionsAt(cached, offsets.get(p)),
    layerwiseHover: (p) => core.hoverAt(cached, offsets.get(p)),
    layerwiseCompletionAfterEdit: (p) => core.completionsAt(core.analyze(text), offsets.get(p)),
    layerwiseHoverAfterEdit: (p) => core.hoverAt(core.analyze(text), offsets.get(p)),
    peerCompletion: (p) => peer.computeCompletionItems(text, p),
    peerHover: (p) => peer.computeHover(text, p),
  };
  const results = {};
  for (const [name, run] of Object.entries(cases)) {
    await time(positions.slice(0, warmup), run);
    results[name] = await time(positions, run);
  }
  return { lines: text.split('\n').length - 1, requests, results };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { lines, requests, results } = await benchLanguageService();
  console.log(`Completion and hover on a ${lines}-line Dockerfile, ${requests} requests each (ms)`);
  for (const [name, s] of Object.entries(results)) {
    console.log(`${name.padEnd(30)} mean ${s.mean.toFixed(3).padStart(8)}  p50 ${s.p50.toFixed(3).padStart(8)}  p99 ${s.p99.toFixed(3).padStart(8)}  max ${s.max.toFixed(3).padStart(8)}`);
  }
}
