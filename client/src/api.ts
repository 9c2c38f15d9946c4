// What activate returns: other extensions and the integration tests reach the running server through it.
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Ctx } from './ctx';

export interface LayerwiseApi {
  /** The running language client (undefined while the server is stopped). Changes on restart. */
  readonly client: LanguageClient | undefined;
}

export function createApi(ctx: Ctx): LayerwiseApi {
  return {
    get client() {
      return ctx.client;
    },
  };
}
