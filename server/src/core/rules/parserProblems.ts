/** Rules whose findings are the problems the parser itself met (the builder rejects or warns the same way). */
import type { SyntaxProblem } from '../syntax';
import type { Category, Fix, Rule, RuleSeverity } from './rule';

export interface ParserProblemRule {
  readonly id: string;
  readonly aliases: readonly string[];
  readonly severity: RuleSeverity;
  readonly category: Category;
  readonly description: string;
  /** Edits for one problem, when the rule can fix it. */
  readonly fixes?: (problem: SyntaxProblem, text: string) => Fix[];
  /** False for problems the rule knows to be harmless. */
  readonly accept?: (problem: SyntaxProblem, text: string) => boolean;
}

export function parserProblemRule(spec: ParserProblemRule): Rule {
  return {
    id: spec.id,
    aliases: spec.aliases,
    severity: spec.severity,
    category: spec.category,
    description: spec.description,
    docs: `docs/rules/${spec.id}.md`,
    tier: 1,
    check(context) {
      for (const problem of context.analysis.tree.problems) {
        if (problem.code !== spec.id || spec.accept?.(problem, context.analysis.text) === false) continue;
        context.report({ message: problem.message, span: problem.span, severity: problem.severity, fixes: spec.fixes?.(problem, context.analysis.text) ?? [] });
      }
    },
  };
}
