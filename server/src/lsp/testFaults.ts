/**
 * Test-only hooks, live only when the server runs with LAYERWISE_TEST_FAULTS=1 (the extension never sets
 * it), so the stdio tests can reach failure paths from outside the process:
 * - the handler named N throws when its document URI contains `layerwise-fault-N` (proves guard.ts);
 * - `layerwise/test/heap` answers the used heap after a full GC (run node with `--expose-gc`).
 */
import type { Connection } from 'vscode-languageserver';

const ENABLED = process.env.LAYERWISE_TEST_FAULTS === '1';

export const TEST_HEAP_REQUEST = 'layerwise/test/heap';

/** Throws for the handler `name` when the request's document asks for it. */
export function injectTestFault(name: string, firstParam: unknown): void {
  if (!ENABLED || typeof firstParam !== 'object' || firstParam === null) return;
  const holder = firstParam as { uri?: unknown; textDocument?: { uri?: unknown } };
  const uri = holder.textDocument?.uri ?? holder.uri;
  if (typeof uri === 'string' && uri.includes(`layerwise-fault-${name}`)) throw new Error(`injected test fault in ${name}`);
}

export function registerTestHooks(connection: Connection): void {
  if (!ENABLED) return;
  connection.onRequest(TEST_HEAP_REQUEST, () => {
    (globalThis as { gc?: () => void }).gc?.();
    return process.memoryUsage().heapUsed;
  });
}
