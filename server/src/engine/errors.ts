/** An error the CLI and the editor show as one clear line: what failed and on what, no stack trace. */
export class ImageSourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImageSourceError';
  }
}

/** One line for any error: our own message, or the system error's code and text. */
export function describeError(error: unknown): string {
  if (error instanceof ImageSourceError) return error.message;
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = error.message.split('\n')[0];
    return code && !message.includes(code) ? `${code}: ${message}` : message;
  }
  return String(error);
}
