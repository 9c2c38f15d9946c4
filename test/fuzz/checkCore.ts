/**
 * Drives the pure core on one input and checks the invariants every caller relies on: no exception,
 * every span inside the text, time within a bound proportional to size, and fixes that apply cleanly.
 */
import { analyze, type Analysis } from '../../server/src/core/analysis';
import { lint, RULES, type Finding } from '../../server/src/core/rules';
import { FEATURE_DRIVERS, OFFSETS_PER_INPUT } from './features';
import type { Random } from './random';

/** Generous per-call budget: 50 ms plus 2 ms per KB, so a slow CI machine cannot make it flake. */
export function budgetMs(length: number): number {
  return 50 + (2 * length) / 1024;
}

export class FuzzFailure extends Error {}

export interface CoreStats {
  /** Slowest call in ms per KB of input, over inputs of at least 1 KB (smaller ones are all overhead). */
  worstMsPerKb: number;
  worstCall: string;
  /** The same over inputs of at least 64 KB, where GC pauses and timer noise no longer dominate. */
  worstMsPerKbLarge: number;
  worstCallLarge: string;
  calls: number;
}

export function newStats(): CoreStats {
  return { worstMsPerKb: 0, worstCall: '', worstMsPerKbLarge: 0, worstCallLarge: '', calls: 0 };
}

/**
 * Time of one call: the smaller of wall-clock and process CPU time, so neither other processes competing
 * for the CPU (wall > CPU) nor parallel GC threads (CPU > wall) inflate it.
 */
function measure<T>(name: string, call: () => T): { result: T; elapsed: number } {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let result: T;
  try {
    result = call();
  } catch (error) {
    throw new FuzzFailure(`${name} threw: ${error instanceof Error ? error.stack : String(error)}`);
  }
  const cpu = process.cpuUsage(cpuStarted);
  return { result, elapsed: Math.min(performance.now() - started, (cpu.user + cpu.system) / 1000) };
}

/** Runs a call against its budget; an overrun is retried twice (a GC pause or a busy machine is not a bug). */
function timed<T>(name: string, text: string, stats: CoreStats, call: () => T): T {
  let { result, elapsed } = measure(name, call);
  for (let retry = 0; retry < 2 && elapsed > budgetMs(text.length); retry++) {
    const again = measure(name, call);
    result = again.result;
    elapsed = Math.min(elapsed, again.elapsed);
  }
  stats.calls++;
  if (elapsed > budgetMs(text.length)) throw new FuzzFailure(`${name} took ${elapsed.toFixed(1)} ms on ${text.length} chars (budget ${budgetMs(text.length).toFixed(0)} ms, best of 3)`);
  if (text.length >= 1024) {
    const perKb = elapsed / (text.length / 1024);
    if (perKb > stats.worstMsPerKb) {
      stats.worstMsPerKb = perKb;
      stats.worstCall = `${name} (${(text.length / 1024).toFixed(0)} KB, ${elapsed.toFixed(1)} ms)`;
    }
    if (text.length >= 64 * 1024 && perKb > stats.worstMsPerKbLarge) {
      stats.worstMsPerKbLarge = perKb;
      stats.worstCallLarge = `${name} (${(text.length / 1024).toFixed(0)} KB, ${elapsed.toFixed(1)} ms)`;
    }
  }
  return result;
}

/** Every `{start, end}` number pair reachable from `value` must lie in [0, length] with start <= end. */
export function checkSpans(value: unknown, length: number, where: string, seen = new Set<object>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  const record = value as Record<string, unknown>;
  if (typeof record.start === 'number' && typeof record.end === 'number') {
    const { start, end } = record as { start: number; end: number };
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length)) {
      throw new FuzzFailure(`${where}: span ${start}..${end} outside 0..${length}`);
    }
  }
  for (const child of Array.isArray(value) ? value : Object.values(record)) checkSpans(child, length, where, seen);
}

/** Every numeric `line`/`…Line` field of the layer model must name a line of the document. */
function checkLines(value: unknown, lineCount: number, where: string): void {
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    if (typeof child === 'number' && /(^l|L)ine$/.test(key) && !(Number.isInteger(child) && child >= 0 && child < lineCount)) {
      throw new FuzzFailure(`${where}: ${key}=${child} outside 0..${lineCount - 1}`);
    }
    checkLines(child, lineCount, where);
  }
}

/** Edits of one fix must be in range and not overlap; applied, the text must still analyse. */
export function applyFix(text: string, finding: Finding, fixIndex: number): string {
  const fix = finding.fixes[fixIndex];
  const edits = [...fix.edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const where = `fix "${fix.title}" of ${finding.ruleId}`;
  let out = '';
  let cursor = 0;
  for (const edit of edits) {
    const { start, end } = edit.span;
    if (start < cursor) throw new FuzzFailure(`${where}: overlapping edits at ${start}`);
    if (end < start || end > text.length) throw new FuzzFailure(`${where}: edit ${start}..${end} outside 0..${text.length}`);
    out += text.slice(cursor, start) + edit.newText;
    cursor = end;
  }
  return out + text.slice(cursor);
}

function lintStrict(analysis: Analysis): Finding[] {
  return lint(analysis, {}, RULES, (rule, error) => {
    throw new FuzzFailure(`rule ${rule.id} threw: ${error instanceof Error ? error.stack : String(error)}`);
  });
}

/** Runs parse + model + every rule + every feature on `text`; throws FuzzFailure on a broken invariant. */
export function checkCore(text: string, random: Random, stats: CoreStats): void {
  const stageNames = /\bAS\s+(\S+)/gi.exec(text)?.[1];
  const target = random.chance(0.2) ? stageNames ?? 'missing-stage' : undefined;
  const analysis = timed('analyze', text, stats, () => analyze(text, { target }));
  timed('layerModel', text, stats, () => analysis.layerModel);
  checkSpans(analysis.tree, text.length, 'syntax tree');
  checkSpans(analysis.image, text.length, 'image model');
  checkLines(analysis.layerModel, analysis.lines.lineCount, 'layer model');

  const findings = timed('lint', text, stats, () => lintStrict(analysis));
  checkSpans(findings, text.length, 'findings');

  for (const [name, drive] of Object.entries(FEATURE_DRIVERS)) {
    const offsets = drive.length >= 2 ? Array.from({ length: OFFSETS_PER_INPUT }, () => random.int(text.length + 1)) : [0];
    for (const offset of offsets) checkSpans(timed(name, text, stats, () => drive(analysis, offset)), text.length, name);
  }

  // Apply a few fixes (all on small inputs) and make sure the result still goes through the core.
  const fixable = findings.flatMap((finding) => finding.fixes.map((_, index) => ({ finding, index })));
  const chosen = text.length < 20_000 ? fixable : fixable.filter(() => random.chance(0.05));
  for (const { finding, index } of chosen) {
    const fixed = applyFix(text, finding, index);
    const reanalysed = timed(`re-analyze after ${finding.ruleId} fix`, fixed, stats, () => analyze(fixed));
    timed(`re-lint after ${finding.ruleId} fix`, fixed, stats, () => lintStrict(reanalysed));
  }
}
