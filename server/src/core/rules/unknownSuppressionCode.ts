import { readPragmas } from './pragmas';
import { RULE_NAMES } from './ruleNames';
import type { Rule } from './rule';

/** RULES.md §3.1: "Unknown codes: a hint on the pragma." */
export const unknownSuppressionCode: Rule = {
  id: 'unknown-suppression-code',
  aliases: [],
  severity: 'hint',
  category: 'style',
  description: 'A suppression comment names a rule or code that no Layerwise rule carries, so it suppresses nothing.',
  docs: 'docs/rules/unknown-suppression-code.md',
  tier: 1,
  check({ analysis, report }) {
    const known = RULE_NAMES();
    for (const pragma of readPragmas(analysis).pragmas) {
      if (pragma.tool === 'dockerfile-utils') continue;
      for (const { name, span } of pragma.names) {
        if (known.has(name) || /^SC\d{4}$/.test(name) || (pragma.tool === 'buildkit' && name.toLowerCase() === 'all')) continue;
        report({ message: `"${name}" is not a Layerwise rule id or a code any rule carries: this suppression has no effect.`, span });
      }
    }
  },
};
