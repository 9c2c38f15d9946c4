// Bundles the entry points into dist/: the language server and the extension client in one file
// (server/src/main.ts; dist/client.js only requires it), the webview script and the CLI.
// `node esbuild.mjs` builds once (minified); `--watch` rebuilds on change; `--dev` keeps names;
// `--metafile` writes dist/*.meta.json to see what each bundle holds (https://esbuild.github.io/analyze/).
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const dev = watch || process.argv.includes('--dev');
const metafile = process.argv.includes('--metafile');

const common = {
  bundle: true,
  sourcemap: dev ? 'inline' : false,
  minify: !dev,
  keepNames: false,
  logLevel: 'warning',
  legalComments: 'none',
  metafile,
};

// vscode-languageclient calls two semver functions and minimatch's Minimatch.match; small stand-ins (tested
// against the real packages in test/unit/client/shims.test.ts) keep ~8 KB zipped out of the .vsix.
const CLIENT_SHIMS = {
  'semver/functions/parse': './client/src/shims/semverParse.ts',
  'semver/functions/satisfies': './client/src/shims/semverSatisfies.ts',
  minimatch: './client/src/shims/minimatch.ts',
};

// Its notebook sync feature (~19 KB) is only required relatively from lib/common/client.js: a plugin, not an
// alias, swaps in client/src/shims/notebook.ts (tested in test/unit/client/shims.test.ts).
const notebookShim = {
  name: 'notebook-shim',
  setup(build) {
    build.onResolve({ filter: /^\.\/notebook$/ }, (args) =>
      /vscode-languageclient[\\/]lib[\\/]common$/.test(args.resolveDir) ? { path: new URL('./client/src/shims/notebook.ts', import.meta.url).pathname } : undefined);
  },
};

const node = { ...common, platform: 'node', target: 'node20', format: 'cjs' };

const builds = [
  // The extension's `main`: VS Code loads it; the client itself lives in dist/server.js.
  { ...node, stdin: { contents: "module.exports = require('./server.js');", loader: 'js', sourcefile: 'client.js' }, outfile: 'dist/client.js', bundle: false, minify: false },
  { ...node, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js', external: ['vscode'], alias: CLIENT_SHIMS, plugins: [notebookShim] },
  { ...node, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, platform: 'browser', target: 'es2022', format: 'iife', entryPoints: ['client/webview/main.ts'], outfile: 'dist/webview.js' },
];

const { existsSync, readFileSync, writeFileSync, mkdirSync } = await import('node:fs');

/** The grammar ships without its indentation (a third of the .vsix's grammar bytes); syntaxes/ keeps the readable one. */
function copyGrammar() {
  const grammar = JSON.parse(readFileSync('syntaxes/dockerfile.tmLanguage.json', 'utf8'));
  mkdirSync('dist', { recursive: true });
  writeFileSync('dist/dockerfile.tmLanguage.json', JSON.stringify(grammar));
}

const present = builds.filter((b) => b.stdin || existsSync(b.entryPoints[0]));
copyGrammar();
if (watch) {
  for (const b of present) await (await esbuild.context(b)).watch();
  console.log('esbuild: watching', present.map((b) => b.outfile).join(', '));
} else {
  const results = await Promise.all(present.map((b) => esbuild.build(b)));
  if (metafile) {
    present.forEach((b, i) => writeFileSync(b.outfile.replace(/\.js$/, '.meta.json'), JSON.stringify(results[i].metafile)));
  }
}
