/**
 * What the `shellcheck` rule needs from outside the core: a runner that checks scripts (the edge spawns the
 * ShellCheck binary), and the results it gave, kept by script text so that any later version of the
 * document whose RUN text did not change reuses them. No I/O here.
 */

/** SC1090/SC1091 want `# shellcheck source=` comments a Dockerfile cannot carry; SC2187: ash is checked as dash. */
export const SHELLCHECK_EXCLUDED: readonly number[] = [1090, 1091, 2187];

export type ShellcheckLevel = 'error' | 'warning' | 'info' | 'style';

/** One ShellCheck comment on one script: 1-based lines and columns (columns count Unicode code points). */
export interface ShellcheckComment {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  /** Exclusive. */
  readonly endColumn: number;
  readonly level: ShellcheckLevel;
  readonly code: number;
  readonly message: string;
}

export type ShellcheckRun =
  | { readonly ok: true; /** Per script, in the order given. */ readonly comments: readonly (readonly ShellcheckComment[])[] }
  | { readonly ok: false; /** One sentence for the user, e.g. that ShellCheck is not installed. */ readonly problem: string };

export interface ShellcheckRunner {
  /** Checks every script on its own (in one process where it can); never rejects. */
  check(scripts: readonly string[], options: { readonly exclude: readonly number[]; readonly signal?: AbortSignal }): Promise<ShellcheckRun>;
}

/** What lint reads: comments of scripts already checked, or why ShellCheck could not run. */
export interface ShellcheckResults {
  /** Undefined while the script has not been checked (yet). */
  commentsFor(script: string): readonly ShellcheckComment[] | undefined;
  /** Set when ShellCheck could not run (not installed, crashed): the rule reports it once. */
  readonly problem: string | null;
  /** Grows whenever results change, so caches of findings know theirs are out of date. */
  readonly generation: number;
}

/** Bounded: a long editing session produces many versions of each RUN. */
const MAX_SCRIPTS = 2000;

/** Results of earlier runs, keyed by script text (oldest dropped first). */
export class ShellcheckStore implements ShellcheckResults {
  private readonly byScript = new Map<string, readonly ShellcheckComment[]>();
  private failure: string | null = null;
  private changes = 0;

  get generation(): number {
    return this.changes;
  }

  get problem(): string | null {
    return this.failure;
  }

  commentsFor(script: string): readonly ShellcheckComment[] | undefined {
    return this.byScript.get(script);
  }

  /** The scripts of a list that have no results yet (each once). */
  missing(scripts: readonly string[]): string[] {
    return [...new Set(scripts.filter((s) => !this.byScript.has(s)))];
  }

  record(scripts: readonly string[], run: ShellcheckRun): void {
    this.changes++;
    if (!run.ok) {
      this.failure = run.problem;
      return;
    }
    this.failure = null;
    scripts.forEach((script, i) => {
      this.byScript.delete(script);
      this.byScript.set(script, run.comments[i] ?? []);
    });
    for (const oldest of this.byScript.keys()) {
      if (this.byScript.size <= MAX_SCRIPTS) break;
      this.byScript.delete(oldest);
    }
  }

  /** Forget a failure (e.g. after a settings change) so the next request tries again. */
  retry(): void {
    this.changes++;
    this.failure = null;
  }
}
