/** The custom `layerwise/layers` request and the `layerwise/layersChanged` notification of protocol.ts. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LAYERS_CHANGED_NOTIFICATION, LAYERS_REQUEST, type LayerModel, type LayersChangedParams, type LayersParams } from '../protocol';
import type { ServerContext } from './context';

export function registerLayers(context: ServerContext): void {
  const { connection, documents, cache, settings, guard } = context;
  connection.onRequest(LAYERS_REQUEST, guard('layers', null as LayerModel | null, async (params: LayersParams) => {
    const document = documents.get(params?.textDocument?.uri);
    if (!document) return null;
    await settings.load(document.uri);
    return cache.get(document).layerModel;
  }));

  const notify = guard('layersChanged', undefined, async (document: TextDocument) => {
    await settings.load(document.uri);
    const params: LayersChangedParams = { uri: document.uri, version: document.version, model: cache.get(document).layerModel };
    await connection.sendNotification(LAYERS_CHANGED_NOTIFICATION, params);
  });
  documents.onDidOpen((e) => void notify(e.document));
  documents.onDidChangeContent((e) => void notify(e.document));
}
