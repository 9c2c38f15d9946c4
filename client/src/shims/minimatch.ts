/**
 * Stands in for `minimatch` in the bundle (esbuild.mjs aliases it): vscode-languageclient only builds
 * `new Minimatch(glob, options).match(path)` for glob filters a server registers (file operations, pull
 * diagnostics, notebook selectors). Supports `*`, `**`, `?`, `[...]`, `{a,b}`, `\` escapes, and the
 * `dot` and `nocase` options; a dot file only matches a wildcard with `dot`, as in minimatch.
 */
interface Options {
  dot?: boolean;
  nocase?: boolean;
  noext?: boolean;
}

export class Minimatch {
  private readonly regex: RegExp | false;

  constructor(
    readonly pattern: string,
    options: Options = {},
  ) {
    try {
      const alternatives = expandBraces(pattern).map((p) => globToSource(p, options.dot === true));
      this.regex = new RegExp(`^(?:${alternatives.join('|')})$`, options.nocase ? 'i' : '');
    } catch {
      this.regex = false;
    }
  }

  makeRe(): RegExp | false {
    return this.regex;
  }

  match(path: string): boolean {
    return this.regex !== false && this.regex.test(path);
  }
}

/** `a{b,c}d` -> `abd`, `acd` (nested braces too); a brace without a comma stays literal. */
function expandBraces(pattern: string): string[] {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '{' && depth++ === 0) open = i;
    else if (c === '}' && depth > 0 && --depth === 0) {
      const parts = splitTopLevel(pattern.slice(open + 1, i));
      if (parts.length < 2) continue;
      const head = pattern.slice(0, open);
      return parts.flatMap((part) => expandBraces(head + part + pattern.slice(i + 1)));
    }
  }
  return [pattern];
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

function globToSource(pattern: string, dot: boolean): string {
  const segments = pattern.split('/');
  const out: string[] = [];
  for (let s = 0; s < segments.length; s++) {
    const segment = segments[s];
    const last = s === segments.length - 1;
    if (segment === '**') {
      // Any number of segments (none included); dot segments only with `dot`.
      const one = dot ? '(?!\\.\\.?(?:/|$))[^/]*' : '(?!\\.)[^/]*';
      out.push(last ? `(?:${one}(?:/${one})*)?` : `(?:${one}/)*`);
      continue;
    }
    out.push(segmentToSource(segment, dot) + (last ? '' : '/'));
  }
  return out.join('');
}

function segmentToSource(segment: string, dot: boolean): string {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '\\' && i + 1 < segment.length) source += escape(segment[++i]);
    else if (c === '*') {
      while (segment[i + 1] === '*') i++;
      source += '[^/]*';
    } else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close < 0) source += '\\[';
      else {
        let body = segment.slice(i + 1, close);
        const negated = body.startsWith('!') || body.startsWith('^');
        if (negated) body = body.slice(1);
        source += `[${negated ? '^/' : ''}${body.replace(/\\/g, '\\\\').replace(/\]/g, '\\]')}]`;
        i = close;
      }
    } else source += escape(c);
  }
  // A segment starting with a wildcard does not match a leading dot unless `dot` (minimatch's rule).
  const wild = segment[0] === '*' || segment[0] === '?' || segment[0] === '[';
  return wild && !dot ? `(?!\\.)${source}` : source;
}

function escape(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
