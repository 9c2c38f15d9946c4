/** What FROM lines may reference: the ARGs before the first FROM plus the builder's platform ARGs. */
import type { Analysis } from '../../analysis';
import { expandVariables } from '../../model';
import type { Instruction, Span } from '../../syntax';

/** Declared automatically by BuildKit for every build (values of a typical linux/amd64 build). */
export const PLATFORM_ARGS: ReadonlyMap<string, string> = new Map([
  ['BUILDPLATFORM', 'linux/amd64'], ['BUILDOS', 'linux'], ['BUILDARCH', 'amd64'], ['BUILDVARIANT', ''],
  ['TARGETPLATFORM', 'linux/amd64'], ['TARGETOS', 'linux'], ['TARGETARCH', 'amd64'], ['TARGETVARIANT', ''],
  ['TARGETSTAGE', ''], ['BUILDKIT_SYNTAX', ''],
]);

/**
 * Global ARG defaults: name -> default (empty for `ARG NAME` without one). Defaults may use earlier ARGs
 * (`ARG B=${A}-x`): they are expanded in order, as the builder does.
 */
export function globalArgs(analysis: Analysis): ReadonlyMap<string, string> {
  return fromArgs(analysis).globals;
}

/** What a FROM line's `$NAME` resolves to with the defaults: the platform ARGs, the global ARGs over them. */
export function fromArgValues(analysis: Analysis): ReadonlyMap<string, string> {
  return fromArgs(analysis).known;
}

interface FromArgs {
  readonly globals: ReadonlyMap<string, string>;
  readonly known: ReadonlyMap<string, string>;
}

function fromArgs(analysis: Analysis): FromArgs {
  const cached = memo.get(analysis);
  if (cached) return cached;
  const globals = new Map<string, string>();
  // Platform ARGs first so a default may use them; the declared ones override them in `known`.
  const known = new Map(PLATFORM_ARGS);
  for (const arg of analysis.image.globalArgs) {
    const value = expandVariables(arg.defaultValue ?? '', known);
    globals.set(arg.name, value);
    known.set(arg.name, value);
  }
  const args = { globals, known };
  memo.set(analysis, args);
  return args;
}

// A memo, not state: several rules ask for the same analysis.
const memo = new WeakMap<Analysis, FromArgs>();

export interface VariableUse {
  readonly name: string;
  /** Span of the name inside `$NAME` / `${NAME…}`. */
  readonly span: Span;
}

/** `$NAME` and `${NAME…}` in a document range, skipping escaped `$` and single-quoted text. */
export function variableUses(text: string, span: Span, escape: string): readonly VariableUse[] {
  if (!hasDollar(text, span)) return NO_USES;
  const uses: VariableUse[] = [];
  let quote = '';
  for (let i = span.start; i < span.end; i++) {
    const ch = text[i];
    if (ch === escape && quote !== "'") {
      i++;
      continue;
    }
    if (ch === "'" && quote !== '"') quote = quote ? '' : "'";
    else if (ch === '"' && quote !== "'") quote = quote ? '' : '"';
    if (ch !== '$' || quote === "'") continue;
    const braced = text[i + 1] === '{';
    const from = i + (braced ? 2 : 1);
    let to = from;
    while (to < span.end && isNameChar(text.charCodeAt(to))) to++;
    if (to === from || isDigit(text.charCodeAt(from))) continue;
    uses.push({ name: text.slice(from, to), span: { start: from, end: to } });
    i = to - 1;
  }
  return uses;
}

const NO_USES: readonly VariableUse[] = [];

/** A `$` inside the span (a bounded scan: `indexOf` would run on to the end of the file). */
export function hasDollar(text: string, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) if (text.charCodeAt(i) === 36) return true;
  return false;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `[A-Za-z0-9_]` */
function isNameChar(code: number): boolean {
  return isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** The FROM image word and `--platform` value: the parts of a FROM the builder expands. */
export function fromExpansionSpans(from: Instruction): Span[] {
  const spans: Span[] = [];
  const platform = from.flags.find((f) => f.name.toLowerCase() === 'platform');
  if (platform?.valueSpan) spans.push(platform.valueSpan);
  if (from.words[0]) spans.push(from.words[0].span);
  return spans;
}
