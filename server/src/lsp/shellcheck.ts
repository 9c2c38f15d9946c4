/**
 * ShellCheck in the background: diagnostics are published at once from the results already known (by script
 * text, so unchanged RUNs keep theirs), and the scripts that are new are checked in one process per document
 * version; a newer version cancels the older run. When a run ends the document is linted again.
 */
import type { Analysis } from '../core/analysis';
import { SHELLCHECK_EXCLUDED, ShellcheckStore, shellcheckRequest, type LintConfig, type ShellcheckResults, type ShellcheckRun, type ShellcheckRunner } from '../core/rules';

interface InFlight {
  readonly controller: AbortController;
  readonly scripts: ReadonlySet<string>;
}

export class ShellcheckScheduler {
  private readonly store = new ShellcheckStore();
  private readonly inFlight = new Map<string, InFlight>();
  private checked: (uri: string) => void = () => undefined;

  constructor(private readonly runner: ShellcheckRunner) {}

  get results(): ShellcheckResults {
    return this.store;
  }

  /** Called with a document's URI when a run for it has finished (with new results or a problem). */
  onChecked(callback: (uri: string) => void): void {
    this.checked = callback;
  }

  /** Starts a run for the scripts of this version that have no results yet (nothing when the rule is off). */
  request(uri: string, analysis: Analysis, config: LintConfig): void {
    if (this.store.problem !== null) return; // reported already; settings changes retry
    const missing = this.store.missing(shellcheckRequest(analysis, config));
    const running = this.inFlight.get(uri);
    if (missing.length === 0 || (running && missing.every((s) => running.scripts.has(s)))) return;
    running?.controller.abort();
    const controller = new AbortController();
    this.inFlight.set(uri, { controller, scripts: new Set(missing) });
    const finished = (run: ShellcheckRun) => {
      if (controller.signal.aborted) return;
      this.inFlight.delete(uri);
      this.store.record(missing, run);
      this.checked(uri);
    };
    // Runners report failures as results; a rejection is a bug in one, and must not take the server down.
    this.runner.check(missing, { exclude: SHELLCHECK_EXCLUDED, signal: controller.signal }).then(finished, (error: unknown) => finished({ ok: false, problem: `ShellCheck could not run (${String(error)}).` }));
  }

  /** A closed document: its run is of no use any more. */
  cancel(uri: string): void {
    this.inFlight.get(uri)?.controller.abort();
    this.inFlight.delete(uri);
  }

  /** Settings changed: try again even if ShellCheck was missing before. */
  retry(): void {
    this.store.retry();
  }
}
