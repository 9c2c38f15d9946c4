/** Text in → findings out, and fix round trips, for one rule at a time. */
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/analysis';
import { RULES } from '../../../server/src/core/rules/registry';
import { lint, type LintConfig } from '../../../server/src/core/rules/lint';
import type { Finding, TextEdit } from '../../../server/src/core/rules/rule';

export function findingsOf(text: string, ruleId: string, config: LintConfig = {}): Finding[] {
  const rule = RULES.find((r) => r.id === ruleId);
  assert.ok(rule, `no rule ${ruleId}`);
  // Rules that are off by default are switched on; others keep their per-finding severities.
  const rules = rule.severity === 'off' && !config.rules?.[ruleId] ? { ...config.rules, [ruleId]: 'warning' as const } : config.rules;
  return lint(analyze(text), { ...config, rules }, [rule], (_r, error) => {
    throw error;
  });
}

/** `id@line:column` (1-based) of each finding, plus ` alias` when the finding carries one. */
function describeFinding(text: string, finding: Finding): string {
  const before = text.slice(0, finding.span.start);
  const line = before.split('\n').length;
  const column = finding.span.start - (before.lastIndexOf('\n') + 1) + 1;
  return `${finding.ruleId}@${line}:${column}${finding.alias ? ` ${finding.alias}` : ''}`;
}

/** Asserts the findings of one rule, e.g. `['pin-apt-versions@2:28 DL3008']`; `[]` for a near miss. */
export function assertFindings(text: string, ruleId: string, expected: readonly string[], config: LintConfig = {}): Finding[] {
  const findings = findingsOf(text, ruleId, config);
  assert.deepEqual(findings.map((f) => describeFinding(text, f)), expected, text);
  return findings;
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let result = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const edit of sorted) {
    if (edit.span.end > limit) continue;
    result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
    limit = edit.span.start;
  }
  return result;
}

/** Applies the preferred (or the first, with `anyFix`) fix of every finding of the rule. */
function fixOnce(text: string, ruleId: string, config: LintConfig, anyFix: boolean): string {
  const edits = findingsOf(text, ruleId, config).flatMap((f) => {
    const fix = anyFix ? f.fixes[0] : f.fixes.find((x) => x.isPreferred);
    return fix ? fix.edits : [];
  });
  return applyEdits(text, edits);
}

/**
 * For `\n` and `\r\n`: the rule fires on `input`, its fix gives `expected`, the rule is silent on the
 * result (or its fix changes nothing more), and applying again changes nothing.
 */
export function assertFix(input: string, ruleId: string, expected: string, options: { config?: LintConfig; anyFix?: boolean } = {}): void {
  for (const eol of ['\n', '\r\n']) {
    const source = input.replace(/\n/g, eol);
    const want = expected.replace(/\n/g, eol);
    const config = options.config ?? {};
    assert.ok(findingsOf(source, ruleId, config).length > 0, `${ruleId} does not fire on ${JSON.stringify(source)}`);
    const once = fixOnce(source, ruleId, config, options.anyFix ?? false);
    assert.equal(once, want, `fix of ${ruleId} with ${JSON.stringify(eol)}`);
    assert.equal(fixOnce(once, ruleId, config, options.anyFix ?? false), once, `fix of ${ruleId} is not idempotent with ${JSON.stringify(eol)}`);
  }
}

/** Asserts that the rule offers no fix at all on this text. */
export function assertNoFix(text: string, ruleId: string, config: LintConfig = {}): void {
  const findings = findingsOf(text, ruleId, config);
  assert.ok(findings.length > 0, `${ruleId} does not fire`);
  assert.deepEqual(findings.flatMap((f) => f.fixes), []);
}
