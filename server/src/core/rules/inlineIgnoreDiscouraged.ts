import { readPragmas, type Pragma } from './pragmas';
import type { Rule } from './rule';

/** How each tool's inline form reads in a message. */
function describe(pragma: Pragma): string {
  switch (pragma.tool) {
    case 'hadolint':
      return '# hadolint ignore=';
    case 'layerwise':
      return '# layerwise ignore=';
    case 'buildkit':
      return '# check=skip=';
    case 'dockerfile-utils':
      return '# dockerfile-utils: ignore';
    default: {
      const unknown: never = pragma.tool;
      return unknown;
    }
  }
}

/**
 * hadolint's DL1001, widened to every inline form that silences findings on one instruction (ours, BuildKit's
 * instruction-local `check=skip`, dockerfile-utils'); file- and stage-wide ignores are configuration, not flagged.
 */
export const inlineIgnoreDiscouraged: Rule = {
  id: 'inline-ignore-discouraged',
  aliases: ['DL1001'],
  severity: 'off',
  category: 'style',
  docs: 'docs/rules/inline-ignore-discouraged.md',
  tier: 2,
  description: 'An inline ignore comment silences findings on the next instruction.',
  check({ analysis, report }) {
    for (const pragma of readPragmas(analysis).pragmas) {
      if (pragma.reach !== 'instruction') continue;
      const names = pragma.names.map((n) => n.name).join(', ');
      report({
        message: `Inline ignore (\`${describe(pragma)}\`${names ? ` ${names}` : ''}): fix the finding, or turn the rule off for the project in one reviewed place (settings, .hadolint.yaml) instead of per instruction.`,
        span: pragma.span,
      });
    }
  },
};
