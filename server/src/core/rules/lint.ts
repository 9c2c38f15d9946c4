/** Runs the rules over an analysis, resolves severities from the configuration and applies suppressions. */
import type { Analysis } from '../analysis';
import { SeverityResolver, type LintConfig } from './config';
import { readPragmas, type Pragma } from './pragmas';
import { RULES } from './registry';
import { aliasTool, type AliasTool, type Finding, type Report, type Rule, type RuleContext, type RuleOptions, type RuleSeverity, type Severity } from './rule';

export type { LintConfig };

/** At most this many findings per rule, so a binary or garbage file cannot flood the editor. */
const MAX_FINDINGS_PER_RULE = 200;
const TOOL_ORDER: readonly AliasTool[] = ['hadolint', 'buildkit', 'dockerfile-utils', 'shellcheck'];
const NON_POSIX_SHELLS = /(^|[\\/])(powershell|pwsh|cmd)(\.exe)?$/i;

/**
 * All findings, sorted by position. A rule that throws is skipped (and passed to `onRuleError`), so one
 * broken rule never hides the others.
 */
export function lint(analysis: Analysis, config: LintConfig = {}, rules: readonly Rule[] = RULES, onRuleError?: (rule: Rule, error: unknown) => void): Finding[] {
  const { pragmas, shells } = readPragmas(analysis);
  const fileCheck = analysis.tree.directives.find((d) => d.name === 'check')?.value ?? null;
  const resolver = new SeverityResolver(config, fileCheck);
  const options = ruleOptions(analysis, config, shells.filter((s) => NON_POSIX_SHELLS.test(s.shell)).map((s) => s.stage));
  const honoured = config.hadolint?.disableIgnorePragma ? pragmas.filter((p) => p.tool !== 'hadolint') : pragmas;
  const stageOf = stageLocator(analysis);
  const findings: Finding[] = [];
  // One reporter and one context for the whole run, pointed at the rule being run: a closure and a
  // context per rule were the largest allocation of lint itself (rules run synchronously, one at a time).
  let rule: Rule = rules[0];
  let defaults: readonly string[] = [];
  let scoped = false;
  // Severity of findings that carry only the rule's own aliases, per reported severity: resolved once.
  let defaultSeverities: Partial<Record<Severity | 'default', RuleSeverity>> | null = null;
  let count = 0;
  const report = (r: Report) => {
    if (count >= MAX_FINDINGS_PER_RULE) return;
    if (scoped && !inScope(rule, stageOf(r.span.start), analysis)) return;
    // A finding that names one of the rule's own default aliases is one of its own: the cached path.
    const own = (r.alias === undefined || defaults.includes(r.alias)) && r.aliases === undefined;
    const aliases = own ? defaults : findingAliases(defaults, r);
    const key = r.severity ?? 'default';
    let severity = own && defaultSeverities ? defaultSeverities[key] : undefined;
    if (severity === undefined) {
      severity = resolver.resolve(rule, aliases, r.severity);
      if (own) (defaultSeverities ??= {})[key] = severity;
    }
    if (severity === 'off') return;
    const finding: Finding = {
      ruleId: rule.id,
      alias: aliases[0] ?? null,
      aliases,
      message: r.message,
      span: r.span,
      severity,
      fixes: r.fixes ?? NONE,
      related: r.related ?? NONE,
      tags: r.tags ?? NONE,
    };
    if (honoured.length > 0 && honoured.some((p) => suppresses(p, finding))) return;
    count++;
    findings.push(finding);
  };
  const context: RuleContext = { analysis, options, report };
  for (const next of rules) {
    if (!resolver.mayRun(next)) continue;
    rule = next;
    defaults = defaultAliases(next);
    scoped = (next.scope ?? 'all') !== 'all';
    defaultSeverities = null;
    count = 0;
    try {
      next.check(context);
    } catch (error) {
      onRuleError?.(next, error);
    }
  }
  return findings.sort(byPosition);
}

const NONE: readonly never[] = Object.freeze([]);

/** By start offset, then by rule id in locale order (ranks computed once per id: localeCompare is slow). */
function byPosition(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || (a.ruleId === b.ruleId ? 0 : idRank(a.ruleId) - idRank(b.ruleId) || a.ruleId.localeCompare(b.ruleId));
}

const idRanks = new Map<string, number>();

function idRank(id: string): number {
  let rank = idRanks.get(id);
  if (rank === undefined) {
    const ids = [...new Set([...RULES.map((r) => r.id), ...idRanks.keys(), id])].sort((a, b) => a.localeCompare(b));
    ids.forEach((known, i) => idRanks.set(known, i));
    rank = idRanks.get(id) ?? 0;
  }
  return rank;
}

/**
 * The non-POSIX stage set of an analysis, one object per analysis: rules memoize their shell parsing on it,
 * so a second lint of the same version (code actions after diagnostics) reuses that work. A memo, not state.
 */
const nonPosixMemo = new WeakMap<Analysis, ReadonlySet<number>>();

function nonPosixStages(analysis: Analysis, pragmaStages: readonly number[]): ReadonlySet<number> {
  const cached = nonPosixMemo.get(analysis);
  if (cached) return cached;
  const nonPosix = new Set(pragmaStages);
  for (const stage of analysis.image.stages) {
    const shell = stage.steps.findLast((s) => s.instruction.kind === 'SHELL')?.instruction.json?.elements[0]?.value;
    if (shell && NON_POSIX_SHELLS.test(shell)) nonPosix.add(stage.index);
  }
  nonPosixMemo.set(analysis, nonPosix);
  return nonPosix;
}

function ruleOptions(analysis: Analysis, config: LintConfig, pragmaStages: readonly number[]): RuleOptions {
  const nonPosix = nonPosixStages(analysis, pragmaStages);
  const hadolint = config.hadolint;
  return {
    trustedRegistries: hadolint?.trustedRegistries ?? null,
    labelSchema: hadolint?.labelSchema ?? null,
    strictLabels: hadolint?.strictLabels ?? false,
    nonPosixStages: nonPosix,
    dockerignore: config.dockerignore,
    buildContext: config.buildContext ?? null,
    shellcheck: config.shellcheck ?? null,
  };
}

/** Stage index containing an offset (-1 before the first FROM), by binary search over stage starts. */
function stageLocator(analysis: Analysis): (offset: number) => number {
  const stages = analysis.image.stages;
  return (offset) => {
    let low = 0;
    let high = stages.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (stages[mid].start <= offset) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  };
}

function inScope(rule: Rule, stage: number, analysis: Analysis): boolean {
  const scope = rule.scope ?? 'all';
  if (scope === 'all' || stage < 0) return true;
  const model = analysis.image.stages[stage];
  return scope === 'shipped' ? model.ships : model.isTarget;
}

/** Per rule, computed once: lint runs every rule on every keystroke (a profile showed ~5% here). */
const defaultAliasesCache = new WeakMap<Rule, readonly string[]>();

/** Aliases of tools for which the rule has exactly one name, in tool order: those fit every finding of the rule. */
function defaultAliases(rule: Rule): readonly string[] {
  let cached = defaultAliasesCache.get(rule);
  if (!cached) defaultAliasesCache.set(rule, (cached = Object.freeze(inToolOrder(computeDefaultAliases(rule)))));
  return cached;
}

function computeDefaultAliases(rule: Rule): Map<AliasTool, string> {
  const byTool = new Map<AliasTool, string[]>();
  for (const alias of rule.aliases) {
    const tool = aliasTool(alias);
    byTool.set(tool, [...(byTool.get(tool) ?? []), alias]);
  }
  const single = new Map<AliasTool, string>();
  for (const [tool, names] of byTool) if (names.length === 1) single.set(tool, names[0]);
  return single;
}

function inToolOrder(chosen: ReadonlyMap<AliasTool, string>): string[] {
  const ordered: string[] = [];
  for (const tool of TOOL_ORDER) {
    const alias = chosen.get(tool);
    if (alias !== undefined) ordered.push(alias);
  }
  return ordered;
}

/** The rule's default aliases with those a finding names itself put in their tool's place. */
function findingAliases(defaults: readonly string[], report: Report): string[] {
  const chosen = new Map<AliasTool, string>();
  for (const alias of defaults) chosen.set(aliasTool(alias), alias);
  if (report.alias) chosen.set(aliasTool(report.alias), report.alias);
  if (report.aliases) for (const alias of report.aliases) if (alias) chosen.set(aliasTool(alias), alias);
  return inToolOrder(chosen);
}

function suppresses(pragma: Pragma, finding: Finding): boolean {
  if (finding.span.start < pragma.covers.start || finding.span.start >= pragma.covers.end) return false;
  switch (pragma.tool) {
    case 'dockerfile-utils':
      return true;
    case 'layerwise':
    case 'hadolint':
      return pragma.names.some((n) => n.name === finding.ruleId || finding.aliases.includes(n.name));
    case 'buildkit': {
      const buildkit = finding.aliases.some((a) => aliasTool(a) === 'buildkit');
      return pragma.names.some((n) => n.name === finding.ruleId || finding.aliases.includes(n.name) || (buildkit && n.name.toLowerCase() === 'all'));
    }
    default: {
      const unreachable: never = pragma.tool;
      return unreachable;
    }
  }
}
