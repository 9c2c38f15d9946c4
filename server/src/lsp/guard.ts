/** Wraps handlers so one failure returns an empty result and a logged error, never a dead server. */
import { CancellationToken, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { injectTestFault } from './testFaults';

export interface Logger {
  error(message: string): void;
}

/** The LSP answer to a request the client cancelled. */
function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
}

export function createGuard(logger: Logger) {
  const reported = new Set<string>();
  return function guard<P extends unknown[], R>(name: string, fallback: R, handler: (...params: P) => R | Promise<R>) {
    return async (...params: P): Promise<R | ResponseError<void>> => {
      // Request handlers get (params, token): a request cancelled before or while it ran is not answered.
      const token = CancellationToken.is(params[1]) ? params[1] : CancellationToken.None;
      if (token.isCancellationRequested) return cancelled();
      try {
        injectTestFault(name, params[0]);
        const result = await handler(...params);
        return token.isCancellationRequested ? cancelled() : result;
      } catch (error) {
        const text = error instanceof Error ? error.stack ?? error.message : String(error);
        // Log each distinct failure once: a broken handler on every keystroke must not flood the log.
        const key = `${name}:${error instanceof Error ? error.message : text}`;
        if (!reported.has(key)) {
          reported.add(key);
          logger.error(`Layerwise: ${name} failed: ${text}`);
        }
        return fallback;
      }
    };
  };
}

export type Guard = ReturnType<typeof createGuard>;
