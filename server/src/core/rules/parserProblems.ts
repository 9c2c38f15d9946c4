/** Rules whose findings are the problems the parser itself met (the builder rejects or warns the same way). */
import type { Category, Rule, RuleSeverity } from './rule';

export function parserProblemRule(id: string, aliases: readonly string[], severity: RuleSeverity, category: Category, description: string): Rule {
  return {
    id,
    aliases,
    severity,
    category,
    description,
    check(context) {
      for (const problem of context.analysis.tree.problems) {
        if (problem.code === id) context.report({ message: problem.message, span: problem.span, severity: problem.severity });
      }
    },
  };
}
