/** Substitution of `$NAME` and `${NAME...}` as the builder does for FROM lines, given known values. */

const REFERENCE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

/** Replaces references with values; unknown names become empty, as in the builder. */
export function expandVariables(text: string, values: ReadonlyMap<string, string>): string {
  if (!text.includes('$')) return text;
  return text.replace(REFERENCE, (_all, braced: string | undefined, op: string | undefined, word: string | undefined, bare: string | undefined) => {
    const name = braced ?? bare ?? '';
    const value = values.get(name);
    switch (op) {
      case ':-': return value ? value : (word ?? '');
      case '-': return value !== undefined ? value : (word ?? '');
      case ':+': return value ? (word ?? '') : '';
      case '+': return value !== undefined ? (word ?? '') : '';
      default: return value ?? '';
    }
  });
}

/** Names referenced with `$NAME` / `${NAME}` in a text, in order. */
export function referencedNames(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(REFERENCE)) names.push(match[1] ?? match[4]);
  return names;
}
