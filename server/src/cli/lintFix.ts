/** `layerwise lint --fix`: applies the preferred fixes until none is left (or a pass changes nothing). */
import { analyze, type Analysis } from '../core/analysis';
import { applyEdits, fixAllEdits, lint, type LintConfig } from '../core/rules';
import type { ModelOptions } from '../core/model';

/** A fix of one pass can overlap another; later passes pick those up. Bounded so a bad fix cannot loop. */
const MAX_PASSES = 10;

export interface FixOutcome {
  readonly text: string;
  /** Rule id -> number of fixes applied. */
  readonly applied: ReadonlyMap<string, number>;
}

export function fixText(text: string, config: LintConfig, options: ModelOptions): FixOutcome {
  const applied = new Map<string, number>();
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const analysis: Analysis = analyze(current, options);
    const findings = lint(analysis, config);
    const edits = fixAllEdits(findings);
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    if (next === current) break;
    for (const finding of findings) {
      const fix = finding.fixes.find((f) => f.isPreferred);
      if (fix && fix.edits.every((e) => edits.includes(e))) applied.set(finding.ruleId, (applied.get(finding.ruleId) ?? 0) + 1);
    }
    current = next;
  }
  return { text: current, applied };
}
