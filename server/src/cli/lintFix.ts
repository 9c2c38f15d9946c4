/** `layerwise lint --fix`: applies the preferred fixes until none is left (or a pass changes nothing). */
import { analyze, type Analysis } from '../core/analysis';
import { applyEdits, fixAllEdits, lint, type FileCreation, type LintConfig } from '../core/rules';
import type { ModelOptions } from '../core/model';

/** A fix of one pass can overlap another; later passes pick those up. Bounded so a bad fix cannot loop. */
const MAX_PASSES = 10;

export interface FixOutcome {
  readonly text: string;
  /** Rule id -> number of fixes applied to the text. */
  readonly applied: ReadonlyMap<string, number>;
  /** Files the preferred fixes create (e.g. `.dockerignore`), once per path, with the rule that asks for each. */
  readonly files: readonly (FileCreation & { readonly ruleId: string })[];
}

export function fixText(text: string, config: LintConfig, options: ModelOptions): FixOutcome {
  const applied = new Map<string, number>();
  const files = new Map<string, FileCreation & { ruleId: string }>();
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const analysis: Analysis = analyze(current, options);
    const findings = lint(analysis, config);
    for (const finding of findings) {
      const created = finding.fixes.find((f) => f.isPreferred)?.createFile;
      if (created && !files.has(created.path)) files.set(created.path, { ...created, ruleId: finding.ruleId });
    }
    const edits = fixAllEdits(findings);
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    if (next === current) break;
    for (const finding of findings) {
      const fix = finding.fixes.find((f) => f.isPreferred);
      if (fix && fix.edits.length > 0 && fix.edits.every((e) => edits.includes(e))) applied.set(finding.ruleId, (applied.get(finding.ruleId) ?? 0) + 1);
    }
    current = next;
  }
  return { text: current, applied, files: [...files.values()] };
}
