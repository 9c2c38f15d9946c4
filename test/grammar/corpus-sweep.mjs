#!/usr/bin/env node
// Tokenizes every Dockerfile of the shared corpus with the grammar and checks, line by line, that a line
// starts an instruction exactly when a small independent line scanner says so. This catches a rule that
// bleeds past its instruction (or stops too early) on real files, which fixtures alone would miss.
// It runs twice: with our stub shell grammar, and with VS Code's own shell grammar (from the tm-grammars dev
// dependency), whose multi-line constructs are what can make a Dockerfile rule overrun in the editor.
// Usage: node test/grammar/corpus-sweep.mjs [corpus-dir]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// vscode-textmate and vscode-oniguruma come with vscode-tmgrammar-test; resolve them through it.
const requireFromTool = createRequire(join(root, 'node_modules/vscode-tmgrammar-test/package.json'));
const tm = requireFromTool('vscode-textmate');
const onig = requireFromTool('vscode-oniguruma');

const KEYWORDS = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);

function corpusDir() {
  const candidates = [process.argv[2], process.env.LAYERWISE_SHARED && join(process.env.LAYERWISE_SHARED, 'corpus'),
    join(root, '../shared/corpus'), '/work/shared/corpus'];
  return candidates.find((dir) => dir && existsSync(dir));
}

const SHELL_GRAMMARS = {
  stub: join(root, 'test/grammar/shell-stub.tmLanguage.json'),
  'vscode shell': createRequire(join(root, 'package.json')).resolve('tm-grammars/grammars/shellscript.json'),
};

async function loadGrammar(shellGrammar) {
  const files = {
    'source.dockerfile': join(root, 'syntaxes/dockerfile.tmLanguage.json'),
    'source.shell': shellGrammar,
  };
  const registry = new tm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new onig.OnigScanner(patterns),
      createOnigString: (text) => new onig.OnigString(text),
    }),
    loadGrammar: async (scope) => (files[scope] ? tm.parseRawGrammar(readFileSync(files[scope], 'utf8'), files[scope]) : null),
  });
  return registry.loadGrammar('source.dockerfile');
}

/** The escape character from the top directive block, as the builder reads it. */
function escapeOf(lines) {
  for (const line of lines) {
    const m = /^\s*#\s*([A-Za-z][A-Za-z0-9]*)\s*=\s*(\S*)/.exec(line);
    if (!m || !['syntax', 'escape', 'check'].includes(m[1].toLowerCase())) return '\\';
    if (m[1].toLowerCase() === 'escape') return m[2] === '`' ? '`' : '\\';
  }
  return '\\';
}

const HEREDOC = /(?<!\S)\d*<<(-?)\\?(["']?)([A-Za-z0-9_][A-Za-z0-9_.-]*)\2(?![A-Za-z0-9_.-])/g;

/**
 * By a plain line scanner: each line that starts an instruction (its keyword and column), and for every
 * line inside an instruction the keyword of the instruction it belongs to.
 */
function scanInstructions(lines) {
  const escape = escapeOf(lines);
  const e = escape === '`' ? '`' : '\\\\';
  // A doubled escape character at the end is an escaped escape (BuildKit's trailing-backslash test).
  const continued = (line) => new RegExp(`(?<!${e})${e}[ \\t]*$`).test(line);
  const starts = new Map();
  const owners = new Map();
  let inInstruction = false;
  let keyword = '';
  const heredocs = [];
  lines.forEach((line, index) => {
    owners.set(index, keyword);
    if (heredocs.length > 0) {
      const { name, chomp } = heredocs[0];
      if ((chomp ? line.replace(/^\t+/, '') : line).trimEnd() === name) heredocs.shift();
      return;
    }
    if (inInstruction) {
      if (/^\s*(#|$)/.test(line)) return;
    } else {
      const m = /^(\s*)(\S+)/.exec(line);
      if (!m || m[2].startsWith('#')) return;
      keyword = m[2].toUpperCase().replace(/[\\`]$/, '');
      starts.set(index, { column: m[1].length, keyword });
    }
    if (['RUN', 'COPY', 'ADD', 'ONBUILD'].includes(keyword)) {
      for (const h of line.matchAll(HEREDOC)) heredocs.push({ name: h[3], chomp: h[1] === '-' });
    }
    inInstruction = continued(line) && heredocs.length === 0;
  });
  return { starts, owners };
}

function keywordAt(tokens, column) {
  const token = tokens.find((t) => t.startIndex <= column && column < t.endIndex);
  return token?.scopes.some((s) => s.startsWith('keyword.other.special-method')) ?? false;
}

const dir = corpusDir();
if (!dir) {
  console.log('corpus-sweep: no corpus found (pass a directory or set LAYERWISE_SHARED); 0 passed, 0 failed, 1 skipped');
  process.exit(0);
}
const wasm = readFileSync(join(dirname(requireFromTool.resolve('vscode-oniguruma')), 'onig.wasm'));
await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
/** Problems of one file: lines whose instruction-start scope disagrees with the line scanner. */
function sweepFile(grammar, lines) {
  const { starts, owners } = scanInstructions(lines);
  const problems = [];
  let stack = tm.INITIAL;
  lines.forEach((line, index) => {
    const { tokens, ruleStack } = grammar.tokenizeLine(line, stack);
    stack = ruleStack;
    const start = starts.get(index);
    if (start && KEYWORDS.has(start.keyword) && !keywordAt(tokens, start.column)) {
      problems.push(`${index + 1}: instruction not recognised: ${line.slice(0, 60)}`);
    }
    const firstWord = /^(\s*)([A-Za-z]+)(?=\s|$|\\|`)/.exec(line);
    if (start || !firstWord || !KEYWORDS.has(firstWord[2].toUpperCase())) return;
    const healthcheckCmd = firstWord[2].toUpperCase() === 'CMD' && owners.get(index) === 'HEALTHCHECK';
    if (!healthcheckCmd && keywordAt(tokens, firstWord[1].length)) {
      problems.push(`${index + 1}: continuation or heredoc line taken for an instruction: ${line.slice(0, 60)}`);
    }
  });
  return problems;
}

let passed = 0;
const failures = [];
const files = readdirSync(dir).sort();
for (const [shellName, shellGrammar] of Object.entries(SHELL_GRAMMARS)) {
  const grammar = await loadGrammar(shellGrammar);
  for (const file of files) {
    const lines = readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
    const problems = sweepFile(grammar, lines);
    if (problems.length === 0) passed += 1;
    else failures.push(`${file} (with the ${shellName} grammar)\n  ${problems.slice(0, 5).join('\n  ')}`);
  }
}
for (const failure of failures) console.log(`FAIL ${failure}`);
console.log(`corpus-sweep: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length === 0 ? 0 : 1);
