/**
 * `layerwise/inspectImage`, `layerwise/buildImage`, `layerwise/listImages`: reads a real image (engine,
 * docker-archive, OCI), joins it to the document's layers and keeps it so lenses, diagnostics and the
 * layer model show real sizes. `layerwise/containerChanges`: a listed container's changes, on demand. Engine failures answer with one ResponseError line, never a stack.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { buildImageReport, isRecord } from '../core/image';
import { buildImage } from '../engine/build';
import { containerChanges, readEngineImage } from '../engine/dockerImage';
import { processHostEnvironment, resolveEngineEndpoint } from '../engine/dockerHost';
import { EngineClient } from '../engine/engineApi';
import { describeError } from '../engine/errors';
import { parseImageSource, readLocalImage } from '../engine/imageSource';
import {
  BUILD_IMAGE_REQUEST, CONTAINER_CHANGES_REQUEST, INSPECT_IMAGE_REQUEST, LIST_IMAGES_REQUEST,
  type BuildImageParams, type ContainerChange, type ContainerChangesParams, type ImageReport, type InspectImageParams, type LayerModel, type LocalImage,
} from '../protocol';
import type { ServerContext } from './context';

/** JSON-RPC error code of our image failures (in the implementation-defined server error range). */
export const IMAGE_ERROR_CODE = -32001;

export function registerImage(context: ServerContext, onAttached: (document: TextDocument) => void): void {
  const { connection, documents, cache, settings, images } = context;

  const documentFor = (uri: string | undefined): TextDocument => {
    const document = uri === undefined ? undefined : documents.get(uri);
    if (!document) throw new ResponseError(IMAGE_ERROR_CODE, `Layerwise: ${uri ?? 'no document'} is not open`);
    return document;
  };
  const attach = async (document: TextDocument, read: (model: LayerModel) => Promise<ImageReport>): Promise<ImageReport> => {
    await settings.load(document.uri);
    const model = cache.get(document).layerModel;
    let report: ImageReport;
    try {
      report = await read(model);
    } catch (error) {
      throw new ResponseError(IMAGE_ERROR_CODE, describeError(error));
    }
    // The text may have changed while we read: the report still belongs to the text we joined it to.
    images.set(document, report);
    onAttached(document);
    return report;
  };

  connection.onRequest(INSPECT_IMAGE_REQUEST, async (params: InspectImageParams) => {
    const document = documentFor(params?.textDocument?.uri);
    if (typeof params.source !== 'string' || params.source === '') throw new ResponseError(IMAGE_ERROR_CODE, 'Layerwise: no image source given');
    return attach(document, (model) => readReport(params.source, model));
  });

  connection.onRequest(BUILD_IMAGE_REQUEST, async (params: BuildImageParams, token: CancellationToken) => {
    const document = documentFor(params?.textDocument?.uri);
    if (!document.uri.startsWith('file:')) throw new ResponseError(IMAGE_ERROR_CODE, 'Layerwise: save the Dockerfile to disk before building it');
    const dockerfile = fileURLToPath(document.uri);
    const target = params.target ?? (await settings.load(document.uri)).target ?? undefined;
    const abort = new AbortController();
    token.onCancellationRequested(() => abort.abort());
    return attach(document, async (model) => {
      const client = engineClient();
      const built = await buildImage(
        { dockerfile, context: dirname(dockerfile), tag: params.tag, target, command: params.command || undefined, network: process.env.LAYERWISE_BUILD_NETWORK, signal: abort.signal },
        client,
        (text) => connection.console.log(text.trimEnd()),
      );
      const { data, containers } = await readEngineImage(client, built.imageId);
      return buildImageReport({ source: `docker:${params.tag ?? built.imageId}`, ...data, model, containers });
    });
  });

  connection.onRequest(LIST_IMAGES_REQUEST, async (): Promise<LocalImage[]> => {
    try {
      return toLocalImages(await engineClient().json({ path: '/images/json' }));
    } catch (error) {
      throw new ResponseError(IMAGE_ERROR_CODE, describeError(error));
    }
  });

  // Only containers the attached report lists: the request cannot be used to read any container of the engine.
  connection.onRequest(CONTAINER_CHANGES_REQUEST, async (params: ContainerChangesParams): Promise<ContainerChange[]> => {
    const document = documentFor(params?.textDocument?.uri);
    const id = params.containerId;
    const container = images.get(document)?.report.containers.find((c) => c.id === id);
    if (typeof id !== 'string' || !container) throw new ResponseError(IMAGE_ERROR_CODE, `Layerwise: container ${String(id).slice(0, 12)} is not one of the inspected image's containers`);
    try {
      return await containerChanges(engineClient(), container.id);
    } catch (error) {
      throw new ResponseError(IMAGE_ERROR_CODE, describeError(error));
    }
  });

  documents.onDidClose((e) => images.delete(e.document.uri));
}

async function readReport(sourceText: string, model: LayerModel): Promise<ImageReport> {
  const source = await parseImageSource(sourceText);
  if (source.kind === 'docker') {
    const { data, containers } = await readEngineImage(engineClient(), source.ref);
    return buildImageReport({ source: sourceText, ...data, model, containers });
  }
  return buildImageReport({ source: sourceText, ...(await readLocalImage(source)), model });
}

function engineClient(): EngineClient {
  return new EngineClient(resolveEngineEndpoint(processHostEnvironment()));
}

/** `GET /images/json` → our LocalImage list, newest first. */
export function toLocalImages(list: unknown): LocalImage[] {
  if (!Array.isArray(list)) return [];
  return list.filter(isRecord).map((image) => ({
    id: typeof image.Id === 'string' ? image.Id : '',
    tags: Array.isArray(image.RepoTags) ? image.RepoTags.filter((t): t is string => typeof t === 'string' && t !== '<none>:<none>') : [],
    size: typeof image.Size === 'number' ? image.Size : 0,
    created: typeof image.Created === 'number' ? image.Created : 0,
  })).filter((image) => image.id !== '').sort((a, b) => b.created - a.created);
}
