/** Text in, findings or fixed text out: the helpers every rule test uses. */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/analysis';
import { applyEdits, fixAllEdits, lint, type Finding, type LintConfig } from '../../../server/src/core/rules';

export const EOLS = ['\n', '\r\n'] as const;

/** Lines joined with `eol`, with a final line break. */
export function lines(eol: string, ...text: string[]): string {
  return text.join(eol) + eol;
}

export function findings(text: string, config: LintConfig = {}, target?: string): Finding[] {
  return lint(analyze(text, { target }), config, undefined, (rule, error) => {
    throw new Error(`rule ${rule.id} threw: ${String(error)}`);
  });
}

export function ruleFindings(ruleId: string, text: string, config: LintConfig = {}): Finding[] {
  return findings(text, config).filter((f) => f.ruleId === ruleId);
}

/** Applies the preferred fixes of one rule's findings (as fix-all would). */
export function fixRule(ruleId: string, text: string): string {
  return applyEdits(text, fixAllEdits(ruleFindings(ruleId, text)));
}

/** The fix gives `expected`, leaves the rule silent, and a second application changes nothing. */
export function assertFix(ruleId: string, before: string, expected: string): void {
  assert.ok(ruleFindings(ruleId, before).length > 0, `${ruleId} should fire on ${JSON.stringify(before)}`);
  const fixed = fixRule(ruleId, before);
  assert.equal(fixed, expected);
  assert.deepEqual(ruleFindings(ruleId, fixed).map((f) => f.message), [], 'the rule is silent after its fix');
  assert.equal(fixRule(ruleId, fixed), fixed, 'idempotent');
}

/** The offered fix titles of one rule's first finding. */
export function fixTitles(ruleId: string, text: string): string[] {
  return ruleFindings(ruleId, text)[0]?.fixes.map((f) => f.title) ?? [];
}
