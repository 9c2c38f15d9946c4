/**
 * `.dockerignore` as Docker reads and applies it (moby/patternmatcher and its `ignorefile.ReadAll`, used by
 * the docker CLI to filter the build context): a UTF-8 BOM is dropped, a line starting with `#` in column 1 is
 * a comment, lines are trimmed, `!` re-includes, patterns are cleaned like Go's filepath.Clean with one
 * leading `/` dropped, `*` and `?` stay inside one path segment, `**` spans segments, the last matching
 * pattern wins, and a pattern matching a parent directory matches everything below it.
 * Pure: the build-context walker (engine) and the `copy-ignored-file` rule both use it.
 */

export interface IgnorePattern {
  /** The cleaned pattern without its `!`. */
  readonly text: string;
  /** True for `!pattern`: re-includes what earlier patterns excluded. */
  readonly reinclude: boolean;
  /** 1-based line in the `.dockerignore`. */
  readonly line: number;
  readonly test: (path: string) => boolean;
}

export type IgnoreParse =
  | { readonly ok: true; readonly patterns: readonly IgnorePattern[] }
  | { readonly ok: false; readonly problem: string; readonly line: number };

export function parseDockerignore(content: string): IgnoreParse {
  const patterns: IgnorePattern[] = [];
  const lines = content.replace(/^\uFEFF/, '').split('\n');
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index].replace(/\r$/, '');
    // The comment test comes before trimming: ` # x` is a pattern, as in Docker.
    if (raw.startsWith('#')) continue;
    let text = raw.trim();
    if (text === '') continue;
    const reinclude = text.startsWith('!');
    if (reinclude) text = text.slice(1).trim();
    const line = index + 1;
    if (text === '') return { ok: false, problem: 'illegal exclusion pattern: "!"', line };
    text = cleanPath(text);
    if (text.length > 1 && text.startsWith('/')) text = text.slice(1);
    const test = compilePattern(text);
    if (!test) return { ok: false, problem: `bad pattern: ${text}`, line };
    patterns.push({ text, reinclude, line, test });
  }
  return { ok: true, patterns };
}

/** Whether a context path (slash-separated, relative, cleaned) is left out of the build context. */
export function isIgnored(path: string, patterns: readonly IgnorePattern[]): boolean {
  return decidingPattern(path, patterns) !== null;
}

/**
 * The exclusion that leaves `path` out (matching it or one of its parents, the last one that decides), or
 * null when the path is in the context. Re-includes are skipped while the path is in, exclusions while it is out.
 */
export function decidingPattern(path: string, patterns: readonly IgnorePattern[]): IgnorePattern | null {
  const parents = path.split('/').slice(0, -1);
  let decided: IgnorePattern | null = null;
  for (const pattern of patterns) {
    if (pattern.reinclude !== (decided !== null)) continue;
    let match = pattern.test(path);
    for (let i = 1; !match && i <= parents.length; i++) match = pattern.test(parents.slice(0, i).join('/'));
    if (match) decided = pattern.reinclude ? null : pattern;
  }
  return decided;
}

/** An ignored directory must still be walked when a `!` pattern names something inside it (as the docker CLI does). */
export function mustWalkIgnoredDir(dir: string, patterns: readonly IgnorePattern[]): boolean {
  return patterns.some((p) => p.reinclude && `${p.text}/`.startsWith(`${dir}/`));
}

/**
 * True when a `!` pattern after `from` may re-include `path` or something below it: a COPY of a directory
 * still finds those files (moby/buildkit#5884), so the directory is not "ignored" as a whole.
 */
export function mayReinclude(patterns: readonly IgnorePattern[], from: IgnorePattern, path: string): boolean {
  return patterns.slice(patterns.indexOf(from) + 1).some((p) => {
    if (!p.reinclude) return false;
    if (p.test(path)) return true;
    const literal = p.text.split(/[*?[\\]/)[0];
    const deep = p.text.slice(literal.length).includes('**');
    // A re-include below `path`: its fixed prefix lies inside `path`, or a `**` can reach there.
    return path === '' || literal.startsWith(`${path}/`) || (deep && `${path}/`.startsWith(literal));
  });
}

/** Go's filepath.Clean on slash paths: `a//b/./c/../` → `a/b`, `` → `.`, `/../x` → `/x`, `../x` stays. */
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

/**
 * A COPY/ADD source as a context path: cleaned, and `..` cannot leave the context root (the builder resolves
 * sources inside it). The context root itself (`.`, `./`, `/`) is ``.
 */
export function contextPath(source: string): string {
  return cleanPath(`/${source}`).slice(1);
}

type Form = 'exact' | 'prefix' | 'suffix' | 'regexp';

/** A predicate for one cleaned pattern, with patternmatcher's exact / prefix / suffix / regexp forms. */
function compilePattern(pattern: string): ((path: string) => boolean) | null {
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
      // Docker refuses a pattern ending in a lone backslash (filepath.Match reports ErrBadPattern).
      if (i >= pattern.length) return null;
      source += `\\${pattern[i++]}`;
      form = 'regexp';
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
        const regexp = new RegExp(`${source}$`);
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
