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
    const version = document.version;
    await settings.load(document.uri);
    if (!isLatest(document.uri, version)) return; // a newer version came in meanwhile: its own notification follows
    const params: LayersChangedParams = { uri: document.uri, version: document.version, model: withImageModel(cache.get(document).layerModel, images.get(document)) };
    await connection.sendNotification(LAYERS_CHANGED_NOTIFICATION, params);
  });
  // TextDocuments updates a document in place: a version must be read when the change comes in.
  const isLatest = (uri: string, version: number) => documents.get(uri)?.version === version;

  // Opening a document fires onDidChangeContent too. No timer: the model goes out as soon as the new version is analysed. Only changes already waiting
  // in the connection's queue (a burst typed while the server was busy) are folded into the last one.
  documents.onDidChangeContent(({ document }) => {
    const version = document.version;
    afterQueuedMessages(() => {
      if (isLatest(document.uri, version)) void notify(document);
    });
  });
  return { notify: (document) => void notify(document) };
}

/**
 * Runs `fn` once the connection has handled the messages queued behind the current one: vscode-jsonrpc
 * handles one queued message per immediate, so a second hop lets a waiting didChange apply first.
 */
function afterQueuedMessages(fn: () => void): void {
  setImmediate(() => setImmediate(fn));
}
