/** Levenshtein distance, stopping early once it exceeds `limit`. Two rows, swapped: no array per row. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous: number[] = new Array<number>(b.length + 1);
  let current: number[] = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return limit + 1;
    const done = previous;
    previous = current;
    current = done;
  }
  return previous[b.length];
}

/** The candidate closest to `word` within `limit` edits (ties: first in the list), or null. */
export function closestMatch(word: string, candidates: readonly string[], limit = 2): string | null {
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate, limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Writes `word` in the case style of `model`: all lower, all upper, or as given. */
export function matchCase(word: string, model: string): string {
  if (model === model.toLowerCase()) return word.toLowerCase();
  if (model === model.toUpperCase()) return word.toUpperCase();
  return word;
}

/**
 * `text === text.toUpperCase()` without building the upper-case copy (`toUpperCase` always allocates): a
 * character test for ASCII text, the copy only for other text.
 */
export function isUpperCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) return false;
    if (code > 127) return text === text.toUpperCase();
  }
  return true;
}

/** `text === text.toLowerCase()` without the copy for ASCII text. */
export function isLowerCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) return false;
    if (code > 127) return text === text.toLowerCase();
  }
  return true;
}
