/**
 * Lint findings per analysis (one document version) and lint configuration: diagnostics and code actions
 * (asked on every cursor move) share one lint run instead of linting the same text again.
 */
import type { Analysis } from '../core/analysis';
import { lint, type Finding, type LintConfig, type Rule } from '../core/rules';

interface Entry {
  readonly config: LintConfig;
  readonly findings: readonly Finding[];
}

export class FindingsCache {
  private readonly entries = new WeakMap<Analysis, Entry>();

  /** `onRuleError` hears of a rule that threw (the other rules' findings still count). */
  constructor(private readonly onRuleError: (rule: Rule, error: unknown) => void) {}

  findings(analysis: Analysis, config: LintConfig): readonly Finding[] {
    const entry = this.entries.get(analysis);
    if (entry && sameConfig(entry.config, config)) return entry.findings;
    const findings = lint(analysis, config, undefined, this.onRuleError);
    this.entries.set(analysis, { config, findings });
    return findings;
  }
}

/** The config store builds a new object per call; equal parts mean equal findings. */
function sameConfig(a: LintConfig, b: LintConfig): boolean {
  return (
    a.hadolint === b.hadolint &&
    a.buildkitCheck === b.buildkitCheck &&
    a.dockerignore === b.dockerignore &&
    (a.rules === b.rules || JSON.stringify(a.rules) === JSON.stringify(b.rules)) &&
    (a.buildContext === b.buildContext ||
      (a.buildContext?.dockerignorePath === b.buildContext?.dockerignorePath && a.buildContext?.entries.join('\0') === b.buildContext?.entries.join('\0')))
  );
}
