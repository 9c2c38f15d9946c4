/** BuildKit's `check` options (`# check=skip=A,B;error=true`), parsed as the builder does (RULES.md §3.2). */

export interface CheckOptions {
  /** Names to skip (BuildKit check names, or our ids); `all` skips every BuildKit-aliased rule. */
  readonly skip: ReadonlySet<string>;
  readonly skipAll: boolean;
  /** `error=true`: every BuildKit-aliased finding becomes an error. Null when not given. */
  readonly error: boolean | null;
  /** `experimental=all|Name,...`. */
  readonly experimental: ReadonlySet<string>;
  readonly experimentalAll: boolean;
}

export interface CheckProblem {
  readonly message: string;
  /** Index range inside the value text. */
  readonly from: number;
  readonly to: number;
}

const GO_TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const GO_FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

/** Parses a check value; text after the first space is a free comment. Never throws. */
export function parseCheckOptions(raw: string): { options: CheckOptions; problems: CheckProblem[] } {
  const problems: CheckProblem[] = [];
  const value = raw.trim().split(/[ \t]/)[0];
  const offset = raw.indexOf(value);
  const skip = new Set<string>();
  const experimental = new Set<string>();
  let error: boolean | null = null;
  let skipAll = false;
  let experimentalAll = false;
  let at = 0;
  for (const part of value.split(';')) {
    const from = offset + at;
    at += part.length + 1;
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    const key = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    const body = eq < 0 ? '' : part.slice(eq + 1).trim();
    switch (key) {
      case 'skip':
        for (const name of body.split(',').map((n) => n.trim()).filter(Boolean)) {
          if (name.toLowerCase() === 'all') skipAll = true;
          else skip.add(name);
        }
        break;
      case 'error':
        if (GO_TRUE.has(body)) error = true;
        else if (GO_FALSE.has(body)) error = false;
        else problems.push({ message: `check option error="${body}" is not a boolean (true or false); the builder refuses the file.`, from, to: from + part.length });
        break;
      case 'experimental':
        for (const name of body.split(',').map((n) => n.trim()).filter(Boolean)) {
          if (name.toLowerCase() === 'all') experimentalAll = true;
          else experimental.add(name);
        }
        break;
      default:
        problems.push({ message: `Unknown check option "${key}" (use skip, error or experimental); the builder refuses the file.`, from, to: from + part.length });
    }
  }
  return { options: { skip, skipAll, error, experimental, experimentalAll }, problems };
}

export const NO_CHECK_OPTIONS: CheckOptions = parseCheckOptions('').options;
