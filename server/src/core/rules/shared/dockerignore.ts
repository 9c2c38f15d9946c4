/**
 * `.dockerignore` matching as Docker's pattern matcher does it: cleaned patterns, `*` and `?` within one
 * path segment, `**` across segments, `!` re-includes, the last matching pattern wins, and a path is
 * excluded when one of its parent directories is.
 */

export interface IgnorePattern {
  readonly text: string;
  readonly negated: boolean;
  /** 1-based line in the .dockerignore. */
  readonly line: number;
  readonly regex: RegExp;
}

export function parseDockerignore(text: string): IgnorePattern[] {
  const patterns: IgnorePattern[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    let line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const negated = line.startsWith('!');
    if (negated) line = line.slice(1).trim();
    const cleaned = cleanPath(line);
    if (cleaned === '') return;
    patterns.push({ text: cleaned, negated, line: index + 1, regex: globToRegex(cleaned) });
  });
  return patterns;
}

/** Go's filepath.Clean for relative context paths, with leading `/` and `./` removed. */
export function cleanPath(path: string): string {
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

function globToRegex(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') {
          i++;
          out += '(?:.*/)?';
        } else {
          out += '.*';
        }
      } else {
        out += '[^/]*';
      }
    } else if (ch === '?') {
      out += '[^/]';
    } else if (ch === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) {
        out += '\\[';
      } else {
        out += `[${pattern.slice(i + 1, close).replace(/^\^|^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (ch === '\\' && i + 1 < pattern.length) {
      out += escapeRegex(pattern[++i]);
    } else {
      out += escapeRegex(ch);
    }
  }
  return new RegExp(`^${out}$`);
}

function escapeRegex(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}

/** The pattern that decides `path` is excluded (itself or through a parent), or null when it is included. */
export function excludedBy(patterns: readonly IgnorePattern[], path: string): IgnorePattern | null {
  const candidates = [path];
  for (let slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) candidates.push(path.slice(0, slash));
  let decided: IgnorePattern | null = null;
  for (const pattern of patterns) {
    if (candidates.some((c) => pattern.regex.test(c))) decided = pattern.negated ? null : pattern;
  }
  return decided;
}

/** True when a `!` pattern after `from` may re-include `path` or something below it. */
export function mayReinclude(patterns: readonly IgnorePattern[], from: IgnorePattern, path: string): boolean {
  return patterns.slice(patterns.indexOf(from) + 1).some((p) => {
    if (!p.negated) return false;
    if (p.regex.test(path)) return true;
    const literal = p.text.split(/[*?[\\]/)[0];
    const deep = p.text.slice(literal.length).includes('**');
    // A re-include below `path`: its fixed prefix lies inside `path`, or a `**` can reach there.
    return path === '' || literal.startsWith(`${path}/`) || (deep && `${path}/`.startsWith(literal));
  });
}
