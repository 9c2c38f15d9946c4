import type { Instruction } from '../syntax';
import type { Rule } from './rule';
import { fromWords } from './shared/instructions';

/** Pragmas and directives are not descriptions. */
const NOT_A_DESCRIPTION = /^#\s*(hadolint|layerwise|check|syntax|escape|dockerfile-utils)\b/i;

export const invalidDefinitionDescription: Rule = {
  id: 'invalid-definition-description',
  aliases: ['InvalidDefinitionDescription'],
  severity: 'off',
  category: 'style',
  description: 'A comment directly above `ARG` or `FROM … AS` that does not start with the defined name (BuildKit experimental check).',
  docs: 'docs/rules/invalid-definition-description.md',
  tier: 2,
  check({ analysis, report }) {
    const { text } = analysis;
    for (const instruction of analysis.tree.instructions) {
      const name = definedName(instruction);
      if (!name) continue;
      const lineStart = text.lastIndexOf('\n', instruction.span.start - 1) + 1;
      const previousEnd = lineStart - (text[lineStart - 2] === '\r' ? 2 : 1);
      if (previousEnd <= 0) continue;
      const previousStart = text.lastIndexOf('\n', previousEnd - 1) + 1;
      const previous = text.slice(previousStart, previousEnd).trim();
      if (!previous.startsWith('#') || NOT_A_DESCRIPTION.test(previous)) continue;
      const first = previous.replace(/^#\s*/, '').split(/\s/)[0];
      if (first === name) continue;
      const eol = text[previousEnd] === '\r' ? '\r\n' : '\n';
      report({
        message: `The comment above ${instruction.kind} ${name} does not start with "${name}": a description comment should read "# ${name} <description>" (or leave an empty line to make it a plain comment).`,
        span: { start: previousStart, end: previousEnd },
        fixes: [{ title: 'Insert an empty line after the comment', edits: [{ span: { start: lineStart, end: lineStart }, newText: eol }], isPreferred: true }],
      });
    }
  },
};

function definedName(instruction: Instruction): string | null {
  if (instruction.kind === 'ARG') return instruction.pairs.length === 1 ? instruction.pairs[0].key : null;
  if (instruction.kind === 'FROM') return fromWords(instruction).name?.value ?? null;
  return null;
}
