/** The shape of a rule and of what it reports. Rules are plain values; see registry.ts for the list. */
import type { Analysis } from '../analysis';
import type { Span } from '../syntax';
import type { ShellcheckResults } from './shellcheckRunner';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type RuleSeverity = Severity | 'off';
export type Category = 'correctness' | 'layers' | 'security' | 'reproducibility' | 'style';
/** 1 = first release, 2 = next (RULES.md §1). */
export type Tier = 1 | 2;
/**
 * Which stages a rule speaks about: every stage, the shipped stages (the target and the stages it builds
 * on), or the target stage alone. The engine drops findings outside the scope.
 */
export type RuleScope = 'all' | 'shipped' | 'target';

/** Replace the text of `span` with `newText` (offsets of the analysed text). */
export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

/** A new file a fix creates (the edge turns it into a WorkspaceEdit CreateFile + insert). */
export interface FileCreation {
  /** As given in `BuildContextFacts.dockerignorePath`: a path or URI the core never opens. */
  readonly path: string;
  readonly text: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The rule's single obvious fix: offered first and applied by fix-all. */
  readonly isPreferred: boolean;
  /** A file to create beside the Dockerfile (skip when it exists by then); `edits` may then be empty. */
  readonly createFile?: FileCreation;
}

export interface RelatedSpan {
  readonly span: Span;
  readonly message: string;
}

export type FindingTag = 'unnecessary' | 'deprecated';

export interface Finding {
  readonly ruleId: string;
  /** The first of `aliases` (hadolint first), kept for readers that show one name. */
  readonly alias: string | null;
  /** The names of other tools that fit this very finding, at most one per tool (a yum finding: `DL3033`). */
  readonly aliases: readonly string[];
  readonly message: string;
  readonly span: Span;
  readonly severity: Severity;
  readonly fixes: readonly Fix[];
  readonly related: readonly RelatedSpan[];
  readonly tags: readonly FindingTag[];
}

/** What a rule passes to `report`; the engine fills in the rule id and the configured severity. */
export interface Report {
  readonly message: string;
  readonly span: Span;
  /**
   * The alias that fits this case when the rule has several for one tool (`DL3033` vs `DL3041`). Aliases of
   * tools for which the rule has a single name are added by the engine.
   */
  readonly alias?: string;
  readonly aliases?: readonly string[];
  /** Overrides the rule's default severity for this finding (e.g. info vs warning cases of one rule). */
  readonly severity?: Severity;
  readonly fixes?: readonly Fix[];
  readonly related?: readonly RelatedSpan[];
  readonly tags?: readonly FindingTag[];
}

/** Settings some rules read (from `.hadolint.yaml` and `# hadolint shell=`). */
export interface RuleOptions {
  /** `trustedRegistries` of `.hadolint.yaml`, or null when not configured. */
  readonly trustedRegistries: readonly string[] | null;
  /** `label-schema` of `.hadolint.yaml`: label name -> kind (`text`, `url`, `semver`, ...). */
  readonly labelSchema: Readonly<Record<string, string>> | null;
  readonly strictLabels: boolean;
  /** Stage indexes whose shell a `# hadolint shell=` pragma (or SHELL) makes non-POSIX. */
  readonly nonPosixStages: ReadonlySet<number>;
  /** Text of the build context's `.dockerignore`: null when there is none, undefined when unknown (no file access). */
  readonly dockerignore: string | null | undefined;
  /** What the edge knows of the build context root, for fixes that create files there; null when unknown. */
  readonly buildContext: BuildContextFacts | null;
  /** ShellCheck results the edge gathered (rule `shellcheck`); null when it did not run ShellCheck. */
  readonly shellcheck: ShellcheckResults | null;
}

/** The build context root as the edge (lsp/cli) sees it; the core never reads files itself. */
export interface BuildContextFacts {
  /** Names of the entries at the context root (first level only), e.g. `.git`, `node_modules`. */
  readonly entries: readonly string[];
  /** Where a new `.dockerignore` goes (path or URI, echoed back in `FileCreation.path`). */
  readonly dockerignorePath: string;
}

export interface RuleContext {
  readonly analysis: Analysis;
  readonly options: RuleOptions;
  report(report: Report): void;
}

export interface Rule {
  /** Kebab-case id: the Diagnostic.code, the settings key and the name in `# layerwise ignore=`. */
  readonly id: string;
  /** Names other tools use for the same finding: hadolint `DLxxxx`, BuildKit check names, dockerfile-utils codes. */
  readonly aliases: readonly string[];
  readonly severity: RuleSeverity;
  readonly category: Category;
  /** One sentence: what the rule finds. */
  readonly description: string;
  /** Repository path of the rule's page: `docs/rules/<id>.md`. */
  readonly docs: string;
  /** Defaults to 1. */
  readonly tier?: Tier;
  /** Defaults to `all`. */
  readonly scope?: RuleScope;
  check(context: RuleContext): void;
}

export type AliasTool = 'hadolint' | 'shellcheck' | 'buildkit' | 'dockerfile-utils';

/** Which tool a name belongs to: `DL3008` hadolint, `SC2086` ShellCheck, `JSONArgsRecommended` BuildKit, `INVALID_PORT` dockerfile-utils. */
export function aliasTool(alias: string): AliasTool {
  if (/^DL\d{4}$/.test(alias)) return 'hadolint';
  if (/^SC\d{4}$/.test(alias)) return 'shellcheck';
  if (/^[A-Z0-9_]+$/.test(alias)) return 'dockerfile-utils';
  return 'buildkit';
}
