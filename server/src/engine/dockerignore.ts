/**
 * `.dockerignore` with Docker's own matching rules (moby patternmatcher, as the docker CLI applies it):
 * lines trimmed, `#` in column 1 is a comment, paths cleaned like Go's filepath.Clean with a leading `/`
 * dropped, `!` re-includes, `*` and `?` stop at `/`, `**` spans directories, the last matching pattern
 * wins, and a pattern that matches a parent directory matches everything below it.
 */

export interface IgnorePattern {
  /** The cleaned pattern without its `!`. */
  readonly text: string;
  /** True for `!pattern`: re-includes what earlier patterns excluded. */
  readonly reinclude: boolean;
  readonly test: (path: string) => boolean;
}

export type IgnoreParse = { ok: true; patterns: IgnorePattern[] } | { ok: false; problem: string };

export function parseDockerignore(content: string): IgnoreParse {
  const patterns: IgnorePattern[] = [];
  for (const raw of content.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (raw.startsWith('#')) continue;
    let text = raw.trim();
    if (text === '') continue;
    const reinclude = text.startsWith('!');
    if (reinclude) text = text.slice(1).trim();
    if (text === '') return { ok: false, problem: 'illegal exclusion pattern: "!"' };
    text = cleanPath(text);
    if (text.length > 1 && text.startsWith('/')) text = text.slice(1);
    const test = compilePattern(text);
    if (!test) return { ok: false, problem: `bad pattern: ${text}` };
    patterns.push({ text, reinclude, test });
  }
  return { ok: true, patterns };
}

/** Whether a context path (slash-separated, relative, cleaned) is left out of the build context. */
export function isIgnored(path: string, patterns: readonly IgnorePattern[]): boolean {
  const parents = path.split('/').slice(0, -1);
  let ignored = false;
  for (const pattern of patterns) {
    // An exclusion can only change a path not yet ignored, a re-include only one that is.
    if (pattern.reinclude !== ignored) continue;
    let match = pattern.test(path);
    for (let i = 1; !match && i <= parents.length; i++) match = pattern.test(parents.slice(0, i).join('/'));
    if (match) ignored = !pattern.reinclude;
  }
  return ignored;
}

/** An ignored directory must still be walked when a `!` pattern names something inside it. */
export function mustWalkIgnoredDir(dir: string, patterns: readonly IgnorePattern[]): boolean {
  return patterns.some((p) => p.reinclude && `${p.text}/`.startsWith(`${dir}/`));
}

/** Go's filepath.Clean on slash paths: `a//b/./c/../` → `a/b`, `` → `.`. */
export function cleanPath(path: string): string {
  const rooted = path.startsWith('/');
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
      else if (!rooted) parts.push('..');
    } else parts.push(part);
  }
  const joined = parts.join('/');
  return rooted ? `/${joined}` : joined === '' ? '.' : joined;
}

/** A predicate for one cleaned pattern, following patternmatcher's exact / prefix / suffix / regexp forms. */
function compilePattern(pattern: string): ((path: string) => boolean) | null {
  type Form = 'exact' | 'prefix' | 'suffix' | 'regexp';
  let form: Form = 'exact';
  let source = '^';
  for (let i = 0, k = 0; i < pattern.length; k++) {
    const ch = pattern[i++];
    if (ch === '*') {
      if (pattern[i] === '*') {
        i++;
        if (pattern[i] === '/') i++;
        if (i >= pattern.length) {
          if (form === 'exact') form = 'prefix';
          else {
            source += '.*';
            form = 'regexp';
          }
        } else {
          source += '(.*/)?';
          form = 'regexp';
        }
        if (k === 0) form = 'suffix';
      } else {
        source += '[^/]*';
        form = 'regexp';
      }
    } else if (ch === '?') {
      source += '[^/]';
      form = 'regexp';
    } else if ('.+()|{}$'.includes(ch)) {
      source += `\\${ch}`;
    } else if (ch === '\\') {
      if (i < pattern.length) {
        source += `\\${pattern[i++]}`;
        form = 'regexp';
      } else source += '\\\\';
    } else if (ch === '[' || ch === ']') {
      source += ch;
      form = 'regexp';
    } else {
      source += ch;
    }
  }
  switch (form) {
    case 'exact':
      return (path) => path === pattern;
    case 'prefix': {
      const prefix = pattern.slice(0, -2);
      return (path) => path.startsWith(prefix);
    }
    case 'suffix': {
      const suffix = pattern.slice(2);
      return (path) => path.endsWith(suffix) || (suffix.startsWith('/') && path === suffix.slice(1));
    }
    case 'regexp':
      try {
        const regexp = new RegExp(`${source}$`, 's');
        return (path) => regexp.test(path);
      } catch {
        return null;
      }
    default: {
      const unknown: never = form;
      return unknown;
    }
  }
}
