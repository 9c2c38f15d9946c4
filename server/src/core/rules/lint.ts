/** Runs the rules over an analysis and resolves severities from the configuration. */
import type { Analysis } from '../analysis';
import { RULES } from './registry';
import type { Finding, Report, Rule, RuleSeverity } from './rule';

export interface LintConfig {
  /** Severity per rule id or alias (`"off"` disables). */
  readonly rules?: Readonly<Record<string, RuleSeverity>>;
}

/** At most this many findings per rule, so a binary or garbage file cannot flood the editor. */
const MAX_FINDINGS_PER_RULE = 200;

/**
 * All findings, sorted by position. A rule that throws is skipped (and passed to `onRuleError`), so one
 * broken rule never hides the others.
 */
export function lint(analysis: Analysis, config: LintConfig = {}, rules: readonly Rule[] = RULES, onRuleError?: (rule: Rule, error: unknown) => void): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const configured = config.rules?.[rule.id];
    if (configured === 'off' || (!configured && rule.severity === 'off')) continue;
    const defaultSeverity = rule.severity === 'off' ? 'hint' : rule.severity;
    let count = 0;
    const report = (r: Report) => {
      if (++count > MAX_FINDINGS_PER_RULE) return;
      findings.push({
        ruleId: rule.id,
        alias: r.alias ?? (rule.aliases.length === 1 ? rule.aliases[0] : null),
        message: r.message,
        span: r.span,
        severity: configured ?? r.severity ?? defaultSeverity,
        fixes: r.fixes ?? [],
        related: r.related ?? [],
        tags: r.tags ?? [],
      });
    };
    try {
      rule.check({ analysis, report });
    } catch (error) {
      onRuleError?.(rule, error);
    }
  }
  return findings.sort((a, b) => a.span.start - b.span.start || a.ruleId.localeCompare(b.ruleId));
}
