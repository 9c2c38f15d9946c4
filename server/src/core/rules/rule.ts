/** The shape of a rule and of what it reports. Rules are plain values; see registry.ts for the list. */
import type { Analysis } from '../analysis';
import type { Span } from '../syntax';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type RuleSeverity = Severity | 'off';
export type Category = 'correctness' | 'layers' | 'security' | 'reproducibility' | 'style';

/** Replace the text of `span` with `newText` (offsets of the analysed text). */
export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The rule's single obvious fix: offered first and applied by fix-all. */
  readonly isPreferred: boolean;
}

export interface RelatedSpan {
  readonly span: Span;
  readonly message: string;
}

export type FindingTag = 'unnecessary' | 'deprecated';

export interface Finding {
  readonly ruleId: string;
  /** The alias of another tool that fits this very finding (e.g. `DL3033` for yum), if any. */
  readonly alias: string | null;
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
  readonly alias?: string;
  /** Overrides the rule's default severity for this finding (e.g. info vs warning cases of one rule). */
  readonly severity?: Severity;
  readonly fixes?: readonly Fix[];
  readonly related?: readonly RelatedSpan[];
  readonly tags?: readonly FindingTag[];
}

export interface RuleContext {
  readonly analysis: Analysis;
  report(report: Report): void;
}

export interface Rule {
  /** Kebab-case id: the Diagnostic.code, the settings key and the name in `# layerwise ignore=`. */
  readonly id: string;
  /** Names other tools use for the same finding: hadolint `DLxxxx`, BuildKit check names. */
  readonly aliases: readonly string[];
  readonly severity: RuleSeverity;
  readonly category: Category;
  /** One sentence: what the rule finds. */
  readonly description: string;
  check(context: RuleContext): void;
}
