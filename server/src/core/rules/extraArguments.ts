import type { Instruction, Word } from '../syntax';
import type { Report, Rule } from './rule';
import { allInstructions } from './shared/instructions';
import { matchCase } from './shared/spelling';

/**
 * Surplus words the builder rejects. WORKDIR is not checked: BuildKit reads its whole argument as one path,
 * so `WORKDIR /my dir` is valid (RULES.md lists it; Docker's parser disagrees).
 */
export const extraArguments: Rule = {
  id: 'extra-arguments',
  aliases: ['ARGUMENT_EXTRA', 'ARGUMENT_UNNECESSARY', 'ARGUMENT_REQUIRES_ONE_OR_THREE'],
  severity: 'error',
  category: 'correctness',
  description: 'Surplus words: FROM with 2 or more than 3 words, USER or STOPSIGNAL with more than one, HEALTHCHECK NONE with arguments.',
  docs: 'docs/rules/extra-arguments.md',
  tier: 1,
  check({ analysis, report }) {
    for (const instruction of allInstructions(analysis.tree)) {
      const finding = surplus(instruction, analysis.text);
      if (finding) report(finding);
    }
  },
};

function surplus(instruction: Instruction, text: string): Report | null {
  const kind = instruction.kind;
  // Only these kinds have a word limit; reading words of the others (long RUNs) would split them for nothing.
  if (kind !== 'FROM' && kind !== 'USER' && kind !== 'STOPSIGNAL' && kind !== 'HEALTHCHECK') return null;
  const words = instruction.words;
  switch (kind) {
    case 'FROM':
      if (words.length === 2) {
        const as = matchCase('AS', instruction.keyword);
        return {
          message: `FROM takes an image, or an image, AS and a stage name: "${words[1].value}" is one word too many or lacks ${as} before it.`,
          span: words[1].span,
          alias: 'ARGUMENT_REQUIRES_ONE_OR_THREE',
          fixes: [
            { title: `Insert ${as} before ${words[1].value}`, edits: [{ span: { start: words[1].span.start, end: words[1].span.start }, newText: `${as} ` }], isPreferred: true },
            deleteWords(text, words, 1),
          ],
        };
      }
      if (words.length > 3) return { message: 'FROM takes at most three words (image AS name); the builder rejects the rest.', span: spanOf(words, 3), alias: 'ARGUMENT_REQUIRES_ONE_OR_THREE', fixes: [deleteWords(text, words, 3)] };
      return null;
    case 'USER':
    case 'STOPSIGNAL':
      if (words.length <= 1 || instruction.json) return null;
      return { message: `${instruction.kind} takes one value; the builder reads "${instruction.args.text}" as one name, which cannot exist.`, span: spanOf(words, 1), alias: 'ARGUMENT_EXTRA', fixes: [deleteWords(text, words, 1)] };
    case 'HEALTHCHECK':
      if (words.length > 1 && words[0].value.toUpperCase() === 'NONE') {
        return { message: 'HEALTHCHECK NONE takes no arguments; the builder rejects the rest.', span: spanOf(words, 1), alias: 'ARGUMENT_UNNECESSARY', fixes: [deleteWords(text, words, 1)] };
      }
      return null;
    default:
      return null;
  }
}

function spanOf(words: readonly Word[], from: number) {
  return { start: words[from].span.start, end: words[words.length - 1].span.end };
}

/** Deletes words `[from..]` and the blanks before them. */
function deleteWords(text: string, words: readonly Word[], from: number) {
  let start = words[from].span.start;
  while (start > words[from - 1].span.end && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return { title: 'Delete the surplus words', edits: [{ span: { start, end: words[words.length - 1].span.end }, newText: '' }], isPreferred: false };
}
