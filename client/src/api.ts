// What activate returns: other extensions and the integration tests reach the running server through it.
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Ctx } from './ctx';
import type { LayerView } from './layerView';

export interface LayerwiseApi {
  /** The running language client (undefined while the server is stopped). Changes on restart. */
  readonly client: LanguageClient | undefined;
  /** The layer view panel: `onDidRender` / `lastRender` tell what its webview last drew; `serializer` restores it after a reload. */
  readonly layerView: Pick<LayerView, 'onDidRender' | 'lastRender' | 'isOpen' | 'serializer'>;
}

export function createApi(ctx: Ctx, layerView: LayerView): LayerwiseApi {
  return {
    get client() {
      return ctx.client;
    },
    layerView,
  };
}
