/**
 * Severity resolution in the order of RULES.md §3: rule defaults -> `.hadolint.yaml` (`ignored`, `override`)
 * -> Layerwise settings (`layerwise.rules`) -> BuildKit `check` options. A later layer wins. Inline pragmas
 * (pragmas.ts) then only remove findings.
 */
import { parseCheckOptions, type CheckOptions } from './buildkitCheck';
import type { HadolintConfig, HadolintLevel } from './hadolintConfig';
import type { ShellcheckResults } from './shellcheckRunner';
import { aliasTool, type BuildContextFacts, type Rule, type RuleSeverity, type Severity } from './rule';

export interface LintConfig {
  /** Parsed `.hadolint.yaml` (found by the caller), or null. */
  readonly hadolint?: HadolintConfig | null;
  /** `layerwise.rules`: severity per rule id (aliases accepted) or `"off"`. */
  readonly rules?: Readonly<Record<string, RuleSeverity>>;
  /**
   * `layerwise.buildkitCheck` / CLI `--check`: like the `BUILDKIT_DOCKERFILE_CHECK` build argument it
   * replaces the file's `# check=` directive when set.
   */
  readonly buildkitCheck?: string | null;
  /** The build context's `.dockerignore` text (null: none; absent: unknown), read by the caller. */
  readonly dockerignore?: string | null;
  /** Entries of the context root and where `.dockerignore` would go (for `missing-dockerignore`'s fix). */
  readonly buildContext?: BuildContextFacts | null;
  /** Results of the ShellCheck runs the edge made for this document (`shellcheckRequest` says what to run). */
  readonly shellcheck?: ShellcheckResults | null;
}

const LEVEL_SEVERITY: Record<HadolintLevel, Severity> = { error: 'error', warning: 'warning', info: 'info', style: 'hint' };

/** Rules that are off unless a `.hadolint.yaml` key turns them on (RULES.md §3.1). */
const ENABLED_BY_HADOLINT: Readonly<Record<string, (config: HadolintConfig) => RuleSeverity | null>> = {
  'untrusted-registry': (c) => (c.trustedRegistries ? 'error' : null),
  'label-schema': (c) => (c.labelSchema || c.strictLabels ? 'info' : null),
};

const NO_CHECK_OPTIONS: CheckOptions = parseCheckOptions('').options;

/** The configuration of one lint run, resolved once and asked per finding. */
export class SeverityResolver {
  readonly check: CheckOptions;

  constructor(private readonly config: LintConfig, fileCheckDirective: string | null) {
    const source = config.buildkitCheck ?? fileCheckDirective;
    // Most files have no `# check=` directive: they share the options of an empty one.
    this.check = source ? parseCheckOptions(source).options : NO_CHECK_OPTIONS;
  }

  /** Whether a rule may produce any finding under this configuration (so off rules are not run at all). */
  mayRun(rule: Rule): boolean {
    const hadolint = this.config.hadolint;
    // Without settings or .hadolint.yaml (the usual case) only the defaults and `# check=` matter.
    if (!this.config.rules && !hadolint) return rule.severity !== 'off' || this.experimentalOn(rule.aliases);
    const names = [rule.id, ...rule.aliases];
    const setting = this.settingFor(names);
    if (setting !== undefined) return setting !== 'off';
    if (hadolint && names.some((n) => overrideLevel(hadolint, n) !== null)) return true;
    if (hadolint && ENABLED_BY_HADOLINT[rule.id]?.(hadolint)) return true;
    return rule.severity !== 'off' || this.experimentalOn(rule.aliases);
  }

  /** The severity of one finding, or `off` when configuration drops it. */
  resolve(rule: Rule, aliases: readonly string[], reported: Severity | undefined): RuleSeverity {
    let severity: RuleSeverity = reported ?? rule.severity;
    // `# check=experimental=Name` turns an experimental BuildKit check on, as a warning like the builder's.
    if (severity === 'off' && this.experimentalOn(aliases)) severity = 'warning';
    const names = [rule.id, ...aliases];
    const hadolint = this.config.hadolint;
    if (hadolint) {
      const enabled = ENABLED_BY_HADOLINT[rule.id]?.(hadolint);
      if (enabled && severity === 'off') severity = enabled;
      for (const name of names) {
        const level = overrideLevel(hadolint, name);
        if (level) severity = LEVEL_SEVERITY[level];
      }
      if (names.some((n) => hadolint.ignored.includes(n))) severity = 'off';
    }
    const setting = this.settingFor(names);
    if (setting !== undefined) severity = setting;
    // A ShellCheck code names single findings of the `shellcheck` rule: a hadolint entry for one (`ignored:
    // [SC2086]`) is more specific than a setting for the whole rule, so it still applies.
    if (hadolint && setting !== undefined) {
      for (const code of aliases.filter((a) => aliasTool(a) === 'shellcheck' && !Object.hasOwn(this.config.rules ?? {}, a))) {
        const level = overrideLevel(hadolint, code);
        if (level) severity = LEVEL_SEVERITY[level];
        if (hadolint.ignored.includes(code)) severity = 'off';
      }
    }
    const buildkitAliases = aliases.filter((a) => aliasTool(a) === 'buildkit');
    if (buildkitAliases.length > 0 || this.check.skip.has(rule.id)) {
      if ((this.check.skipAll && buildkitAliases.length > 0) || names.some((n) => this.check.skip.has(n))) severity = 'off';
      if (this.check.error === true && buildkitAliases.length > 0 && severity !== 'off') severity = 'error';
    }
    return severity;
  }

  private experimentalOn(aliases: readonly string[]): boolean {
    if (!this.check.experimentalAll && this.check.experimental.size === 0) return false;
    const buildkit = aliases.filter((a) => aliasTool(a) === 'buildkit');
    return buildkit.length > 0 && (this.check.experimentalAll || buildkit.some((a) => this.check.experimental.has(a)));
  }

  private settingFor(names: readonly string[]): RuleSeverity | undefined {
    const rules = this.config.rules;
    if (!rules) return undefined;
    // A finding's own names (`SC2086`, `DL3041`) before the rule id: the more specific setting wins.
    for (let i = names.length - 1; i >= 0; i--) if (Object.hasOwn(rules, names[i])) return rules[names[i]];
    return undefined;
  }
}

function overrideLevel(config: HadolintConfig, name: string): HadolintLevel | null {
  let found: HadolintLevel | null = null;
  for (const level of ['style', 'info', 'warning', 'error'] as const) if (config.override[level].includes(name)) found = level;
  return found;
}
