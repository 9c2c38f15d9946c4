/** `layerwise lint [--format text|json] [--target STAGE] PATH...` */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../core/analysis';
import { lint, RULES, type Finding, type Severity } from '../core/rules';
import type { LineIndex } from '../core/syntax';
import { CliError, EXIT, parseCommandLine, readDockerfile, type CliIo } from './io';

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };
const THRESHOLDS: Record<string, number> = { error: 3, warning: 2, info: 1, style: 0, hint: 0, none: 99, ignore: 99 };

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
    format: { type: 'string', default: 'text' },
    target: { type: 'string' },
    'failure-threshold': { type: 'string', default: 'info' },
  });
  const format = values.format;
  if (format !== 'text' && format !== 'json') throw new CliError(`unknown --format "${format}" (use text or json)`);
  const threshold = THRESHOLDS[values['failure-threshold']];
  if (threshold === undefined) throw new CliError(`unknown --failure-threshold "${values['failure-threshold']}" (error, warning, info, style, none)`);
  if (positionals.length === 0) throw new CliError('lint needs at least one PATH (a Dockerfile, a folder, or - for stdin)');

  const results: LintedFile[] = [];
  for (const file of positionals.flatMap(expandPath)) {
    const text = await readDockerfile(file, io);
    const analysis = analyze(text, { target: values.target });
    results.push(toLintedFile(file, lint(analysis), analysis.lines));
  }
  io.out(format === 'json' ? `${JSON.stringify(results, null, 2)}\n` : formatText(results));
  const failing = results.some((r) => r.diagnostics.some((d) => SEVERITY_RANK[d.severity] >= threshold));
  return failing ? EXIT.findings : EXIT.ok;
}

function toLintedFile(file: string, findings: readonly Finding[], lines: LineIndex): LintedFile {
  return {
    file,
    diagnostics: findings.map((f) => ({
      code: f.ruleId,
      aliases: f.alias ? [f.alias] : [],
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
