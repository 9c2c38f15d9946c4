/** The custom `layerwise/layers` request and the `layerwise/layersChanged` notification of protocol.ts. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LAYERS_CHANGED_NOTIFICATION, LAYERS_REQUEST, WATCH_LAYERS_NOTIFICATION, type LayerModel, type LayersChangedParams, type LayersParams, type WatchLayersParams } from '../protocol';
import { withImageModel } from '../core/features/imageData';
import { postedStage, stageChanges, type PostedStage } from '../core/view/modelChange';
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

  /**
   * The document a watching client follows (undefined: the client never said, so every document's full model
   * goes out), and the model last notified for it: the next one goes as a change of it. On a 2,000-line
   * file that is a few hundred bytes instead of 230 kB to serialise, send and parse per keystroke.
   */
  let watched: { uri: string | null; sent?: { version: number; stages: PostedStage[] } } | undefined;
  connection.onNotification(WATCH_LAYERS_NOTIFICATION, (params: WatchLayersParams) => {
    watched = { uri: typeof params?.uri === 'string' ? params.uri : null };
  });

  const notify = guard('layersChanged', undefined, async (document: TextDocument) => {
    const version = document.version;
    if (watched && watched.uri !== document.uri) return;
    await settings.load(document.uri);
    if (!isLatest(document.uri, version)) return; // a newer version came in meanwhile: its own notification follows
    const model = withImageModel(cache.get(document).layerModel, images.get(document));
    let params: LayersChangedParams = { uri: document.uri, version, model };
    const watch = watched;
    if (watch && watch.uri === document.uri) {
      const posted = model.stages.map(postedStage);
      if (watch.sent) params = { uri: document.uri, version, since: watch.sent.version, model: { ...model, stages: [] }, stages: stageChanges(watch.sent.stages, posted) };
      watch.sent = { version, stages: posted };
    }
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
