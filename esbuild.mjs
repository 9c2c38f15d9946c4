// Bundles the four entry points into dist/: the extension client, the language server, the webview
// script and the CLI. `node esbuild.mjs` builds once (minified); `--watch` rebuilds on change; `--dev` keeps names.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const dev = watch || process.argv.includes('--dev');

const common = {
  bundle: true,
  sourcemap: dev ? 'inline' : false,
  minify: !dev,
  keepNames: false,
  logLevel: 'warning',
  legalComments: 'none',
};

const node = { ...common, platform: 'node', target: 'node20', format: 'cjs' };

const builds = [
  { ...node, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...node, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { ...node, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, platform: 'browser', target: 'es2022', format: 'iife', entryPoints: ['client/webview/main.ts'], outfile: 'dist/webview.js' },
];

const { existsSync } = await import('node:fs');
const present = builds.filter((b) => existsSync(b.entryPoints[0]));
if (watch) {
  for (const b of present) await (await esbuild.context(b)).watch();
  console.log('esbuild: watching', present.map((b) => b.outfile).join(', '));
} else {
  await Promise.all(present.map((b) => esbuild.build(b)));
}
