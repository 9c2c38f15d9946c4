import type { Fix, Rule } from './rule';
import { fromExpansionSpans, globalArgs, hasDollar, PLATFORM_ARGS, variableUses } from './shared/fromVariables';
import { eolOf } from './shared/instructions';
import { closestMatch } from './shared/spelling';

export const undefinedArgInFrom: Rule = {
  id: 'undefined-arg-in-from',
  aliases: ['UndefinedArgInFrom'],
  severity: 'warning',
  category: 'correctness',
  description: 'FROM uses a variable that no ARG before the first FROM declares.',
  docs: 'docs/rules/undefined-arg-in-from.md',
  tier: 1,
  check({ analysis, report }) {
    const { tree, text } = analysis;
    const firstInstruction = tree.instructions[0];
    for (const stage of analysis.image.stages) {
      if (!hasDollar(text, stage.from.span)) continue;
      const globals = globalArgs(analysis);
      for (const span of fromExpansionSpans(stage.from)) {
        for (const use of variableUses(text, span, tree.escapeChar)) {
          if (globals.has(use.name) || PLATFORM_ARGS.has(use.name)) continue;
          const suggestion = closestMatch(use.name, [...globals.keys(), ...PLATFORM_ARGS.keys()]);
          const fixes: Fix[] = [];
          if (suggestion) fixes.push({ title: `Change to ${suggestion}`, edits: [{ span: use.span, newText: suggestion }], isPreferred: true });
          if (firstInstruction) {
            const lineStart = text.lastIndexOf('\n', firstInstruction.span.start - 1) + 1;
            fixes.push({ title: `Declare ARG ${use.name} before the first FROM`, edits: [{ span: { start: lineStart, end: lineStart }, newText: `ARG ${use.name}${eolOf(text)}` }], isPreferred: false });
          }
          report({
            message: `FROM uses $${use.name}, but no ARG before the first FROM declares it${suggestion ? `: did you mean ${suggestion}?` : '; it expands to an empty string.'}`,
            span: use.span,
            fixes,
          });
        }
      }
    }
  },
};
