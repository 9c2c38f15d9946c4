/** The custom `layerwise/layers` request and the `layerwise/layersChanged` notification of protocol.ts. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LAYERS_CHANGED_NOTIFICATION, LAYERS_REQUEST, type LayerModel, type LayersChangedParams, type LayersParams } from '../protocol';
import { withImageModel } from '../core/features/imageData';
import type { ServerContext } from './context';

/** Returns `notify` so an attached image can push the model with its sizes at once. */
export function registerLayers(context: ServerContext): { notify(document: TextDocument): void } {
  const { connection, documents, cache, settings, guard, images } = context;
  connection.onRequest(LAYERS_REQUEST, guard('layers', null as LayerModel | null, async (params: LayersParams) => {
    const document = documents.get(params?.textDocument?.uri);
    if (!document) return null;
    await settings.load(document.uri);
    return withImageModel(cache.get(document).layerModel, images.get(document));
  }));

  const notify = guard('layersChanged', undefined, async (document: TextDocument) => {
    await settings.load(document.uri);
    const params: LayersChangedParams = { uri: document.uri, version: document.version, model: withImageModel(cache.get(document).layerModel, images.get(document)) };
    await connection.sendNotification(LAYERS_CHANGED_NOTIFICATION, params);
  });
  documents.onDidOpen((e) => void notify(e.document));
  documents.onDidChangeContent((e) => void notify(e.document));
  return { notify: (document) => void notify(document) };
}
