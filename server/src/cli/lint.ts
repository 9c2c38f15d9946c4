/**
 * `layerwise lint [--format text|json|sarif] [--config FILE] [--failure-threshold LEVEL] [--check OPTIONS]
 *  [--fix] [--target STAGE] PATH...`
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../core/analysis';
import { lint, parseCheckOptions, RULES, SHELLCHECK_EXCLUDED, shellcheckRequest, ShellcheckStore, type Finding, type HadolintConfig, type LintConfig, type Severity } from '../core/rules';
import { LineIndex } from '../core/syntax';
import { buildContextFor, dockerignoreFor, locateConfig, readConfig, type LoadedConfig } from '../lsp/configFiles';
import { shellcheckRunner } from '../tools/shellcheck';
import { CliError, EXIT, parseCommandLine, readDockerfile, type CliIo } from './io';
import { fixText } from './lintFix';
import { toSarif } from './lintSarif';

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };
const THRESHOLDS: Record<string, number> = { error: 3, warning: 2, info: 1, style: 0, hint: 0, none: 99, ignore: 99 };
const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

export interface LintedFile {
  file: string;
  diagnostics: {
    code: string;
    aliases: string[];
    severity: Severity;
    message: string;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    fixable: boolean;
  }[];
}

export async function runLint(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    format: { type: 'string' },
    target: { type: 'string' },
    config: { type: 'string' },
    check: { type: 'string' },
    fix: { type: 'boolean', default: false },
    'failure-threshold': { type: 'string' },
  });
  if (values['failure-threshold'] !== undefined && THRESHOLDS[values['failure-threshold']] === undefined) {
    throw new CliError(`unknown --failure-threshold "${values['failure-threshold']}" (error, warning, info, style, none)`);
  }
  if (values.format !== undefined && !isFormat(values.format)) throw new CliError(`unknown --format "${values.format}" (use text, json or sarif)`);
  if (values.check !== undefined) {
    const problem = parseCheckOptions(values.check).problems[0];
    if (problem) throw new CliError(`--check: ${problem.message.replace(/; the builder refuses the file\.$/, '')}`);
  }
  if (positionals.length === 0) throw new CliError('lint needs at least one PATH (a Dockerfile, a folder, or - for stdin)');
  const explicitConfig = values.config ? loadConfig(values.config, io) : null;

  const results: LintedFile[] = [];
  const shellcheck = new ShellcheckStore();
  let firstConfig: HadolintConfig | null = explicitConfig?.config ?? null;
  for (const file of positionals.flatMap(expandPath)) {
    const hadolint = explicitConfig ?? nearestConfig(file, io);
    firstConfig ??= hadolint?.config ?? null;
    let config = contextConfig(file, { hadolint: hadolint?.config ?? null, buildkitCheck: values.check ?? null });
    let text = await readDockerfile(file, io);
    if (values.fix) {
      const fixed = fixFile(file, text, config, values.target, io);
      text = fixed.text;
      // A created .dockerignore is part of the context now: lint the file against it.
      if (fixed.createdFiles) config = contextConfig(file, config);
    }
    const analysis = analyze(text, { target: values.target });
    await runShellcheck(shellcheck, shellcheckRequest(analysis, config));
    results.push(toLintedFile(file, lint(analysis, { ...config, shellcheck }), analysis.lines));
  }

  const format = chooseFormat(values.format, firstConfig, io);
  io.out(format === 'json' ? `${JSON.stringify(results, null, 2)}\n` : format === 'sarif' ? `${JSON.stringify(toSarif(results, process.env.LAYERWISE_VERSION ?? '0.1.0'), null, 2)}\n` : formatText(results));
  if (firstConfig?.noFail) return EXIT.ok;
  const threshold = THRESHOLDS[values['failure-threshold'] ?? firstConfig?.failureThreshold ?? 'info'];
  const failing = results.some((r) => r.diagnostics.some((d) => SEVERITY_RANK[d.severity] >= threshold));
  return failing ? EXIT.findings : EXIT.ok;
}

/** Rule `shellcheck` (when on): one ShellCheck process per file; a missing binary becomes the rule's one finding. */
async function runShellcheck(store: ShellcheckStore, scripts: readonly string[]): Promise<void> {
  const missing = store.problem === null ? store.missing(scripts) : [];
  if (missing.length === 0) return;
  store.record(missing, await shellcheckRunner().check(missing, { exclude: SHELLCHECK_EXCLUDED }));
}

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

/** `--format`, else the config file's `format` (hadolint's `tty` is our text; formats we lack fall back to text). */
function chooseFormat(flag: string | undefined, config: HadolintConfig | null, io: CliIo): Format {
  if (flag !== undefined && isFormat(flag)) return flag;
  const configured = config?.format;
  if (!configured || configured === 'tty') return 'text';
  if (isFormat(configured)) return configured;
  io.err(`layerwise lint: format "${configured}" from the hadolint configuration is not supported; using text\n`);
  return 'text';
}

/** Reads a config file; problems go to stderr, and an unusable file is a usage error (exit 2). */
function loadConfig(file: string, io: CliIo): LoadedConfig {
  const loaded = readConfig(file);
  const lines = new LineIndex(loaded.text);
  for (const problem of loaded.problems) {
    const at = problem.span ? lines.positionAt(problem.span.start) : null;
    io.err(`${file}${at ? `:${at.line + 1}:${at.character + 1}` : ''}: ${problem.severity}: ${problem.message}\n`);
  }
  if (loaded.problems.some((p) => p.severity === 'error')) throw new CliError(`${file}: invalid hadolint configuration`);
  return loaded;
}

function nearestConfig(file: string, io: CliIo): LoadedConfig | null {
  const cwd = process.cwd();
  const dockerfile = file === '-' ? path.join(cwd, 'Dockerfile') : path.resolve(file);
  const found = locateConfig(dockerfile, null, cwd);
  return found ? loadConfig(found, io) : null;
}

/** The build context facts of a Dockerfile (its folder): `.dockerignore` text, and the root entries when there is none. */
function contextConfig(file: string, config: LintConfig): LintConfig {
  if (file === '-') return { ...config, dockerignore: undefined, buildContext: null };
  const dockerfile = path.resolve(file);
  const dockerignore = dockerignoreFor(dockerfile);
  return { ...config, dockerignore, buildContext: dockerignore === null ? buildContextFor(dockerfile) : null };
}

/** Writes the fixed Dockerfile and the files fixes create (never over an existing one); says what it did on stderr. */
function fixFile(file: string, text: string, config: LintConfig, target: string | undefined, io: CliIo): { text: string; createdFiles: boolean } {
  if (file === '-') throw new CliError('--fix needs files, not stdin');
  const outcome = fixText(text, config, { target });
  if (outcome.text !== text) {
    try {
      fs.writeFileSync(file, outcome.text);
    } catch (error) {
      throw new CliError(`${file}: cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    const summary = [...outcome.applied].map(([rule, count]) => (count > 1 ? `${rule} ×${count}` : rule)).join(', ');
    io.err(`${file}: fixed ${summary}\n`);
  }
  let createdFiles = false;
  for (const created of outcome.files) {
    try {
      fs.writeFileSync(created.path, created.text, { flag: 'wx' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') continue;
      throw new CliError(`${created.path}: cannot create (${code ?? String(error)})`);
    }
    createdFiles = true;
    io.err(`${file}: created ${path.relative(process.cwd(), created.path) || created.path} (${created.ruleId})\n`);
  }
  return { text: outcome.text, createdFiles };
}

function toLintedFile(file: string, findings: readonly Finding[], lines: LineIndex): LintedFile {
  return {
    file,
    diagnostics: findings.map((f) => ({
      code: f.ruleId,
      aliases: [...f.aliases],
      severity: f.severity,
      message: f.message,
      range: { start: lines.positionAt(f.span.start), end: lines.positionAt(f.span.end) },
      fixable: f.fixes.some((fix) => fix.isPreferred),
    })),
  };
}

function formatText(results: readonly LintedFile[]): string {
  const lines: string[] = [];
  let count = 0;
  for (const result of results) {
    for (const d of result.diagnostics) {
      count++;
      const alias = d.aliases.length > 0 ? ` (${d.aliases.join(', ')})` : '';
      lines.push(`${result.file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.code}${alias}: ${d.message}`);
    }
  }
  lines.push(`${count} finding${count === 1 ? '' : 's'} in ${results.length} file${results.length === 1 ? '' : 's'} (${RULES.length} rules)`);
  return `${lines.join('\n')}\n`;
}

const DOCKERFILE_NAME = /^(Dockerfile|Containerfile)(\..+)?$|\.(Dockerfile|dockerfile|Containerfile)$/;

/** A folder stands for the Dockerfiles in it (recursively, skipping .git and node_modules). */
function expandPath(target: string): string[] {
  if (target === '-' || !fs.existsSync(target) || !fs.statSync(target).isDirectory()) return [target];
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory() && entry.name !== '.git' && entry.name !== 'node_modules') walk(path.join(dir, entry.name));
      else if (entry.isFile() && DOCKERFILE_NAME.test(entry.name)) found.push(path.join(dir, entry.name));
    }
  };
  walk(target);
  if (found.length === 0) throw new CliError(`${target}: no Dockerfile in this folder`);
  return found;
}
