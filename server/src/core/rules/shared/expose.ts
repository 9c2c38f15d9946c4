/** EXPOSE words with ARG/ENV values substituted, shared by the EXPOSE rules. */
import type { Analysis } from '../../analysis';
import { expandVariables, visibleDeclarations } from '../../model';
import type { Instruction, Word } from '../../syntax';
import { unquote } from '../../syntax';

export interface ExposeWord {
  readonly word: Word;
  /** The value after substitution, or null when a variable has no known value. */
  readonly resolved: string | null;
}

export function exposeWords(analysis: Analysis, instruction: Instruction): ExposeWord[] {
  const hasVariables = instruction.words.some((w) => w.value.includes('$'));
  const values = new Map<string, string>();
  if (hasVariables) {
    for (const d of visibleDeclarations(analysis, instruction.span.start).reverse()) {
      if (d.pair.value !== null) values.set(d.name, unquote(d.pair.value));
    }
  }
  return instruction.words.map((word) => {
    const value = unquote(word.value);
    if (!value.includes('$')) return { word, resolved: value };
    const names = [...value.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
    return { word, resolved: names.every((n) => values.has(n)) ? expandVariables(value, values) : null };
  });
}
