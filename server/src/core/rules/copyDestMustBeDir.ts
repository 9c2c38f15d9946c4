import type { Instruction, Span } from '../syntax';
import type { Rule } from './rule';
import { allInstructions } from './shared/instructions';

/**
 * Several sources need a directory destination ending in `/`. A single wildcard source is not flagged
 * (RULES.md lists it): when it matches one file the builder accepts it, so it is not a certain error.
 */
export const copyDestMustBeDir: Rule = {
  id: 'copy-dest-must-be-dir',
  aliases: ['DL3021', 'INVALID_DESTINATION'],
  severity: 'error',
  category: 'correctness',
  description: 'COPY or ADD with several sources whose destination does not end in `/`.',
  docs: 'docs/rules/copy-dest-must-be-dir.md',
  tier: 1,
  check({ analysis, report }) {
    for (const instruction of allInstructions(analysis.tree)) {
      if (instruction.kind !== 'COPY' && instruction.kind !== 'ADD') continue;
      const dest = destination(instruction);
      // `.` counts as a directory (BuildKit adds the slash), and so does a Windows path ending in `\\`.
      if (!dest || dest.sources < 2 || /[/\\]$/.test(dest.value) || dest.value === '.' || dest.value.includes('$')) continue;
      report({
        message: `With ${dest.sources} sources the destination must be a directory ending in /: "${dest.value}/".`,
        span: dest.span,
        fixes: [{ title: 'Add / to the destination', edits: [{ span: { start: dest.insertAt, end: dest.insertAt }, newText: '/' }], isPreferred: true }],
      });
    }
  },
};

function destination(instruction: Instruction): { value: string; span: Span; sources: number; insertAt: number } | null {
  if (instruction.json) {
    const elements = instruction.json.elements;
    if (elements.length < 2) return null;
    const last = elements[elements.length - 1];
    return { value: last.value, span: last.span, sources: elements.length - 1, insertAt: last.span.end - 1 };
  }
  const words = instruction.words;
  if (words.length < 2) return null;
  const last = words[words.length - 1];
  const quoted = /^(["']).*\1$/.test(last.value);
  return { value: quoted ? last.value.slice(1, -1) : last.value, span: last.span, sources: words.length - 1, insertAt: quoted ? last.span.end - 1 : last.span.end };
}
