/** Wraps handlers so one failure returns an empty result and a logged error, never a dead server. */
export interface Logger {
  error(message: string): void;
}

export function createGuard(logger: Logger) {
  const reported = new Set<string>();
  return function guard<P extends unknown[], R>(name: string, fallback: R, handler: (...params: P) => R | Promise<R>) {
    return async (...params: P): Promise<R> => {
      try {
        return await handler(...params);
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
