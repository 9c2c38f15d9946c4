// "Layerwise: Inspect Image…" and "Layerwise: Build and Inspect": ask the server to read or build the image of
// the active Dockerfile; the server keeps the report, so lenses, diagnostics and the layer view show real sizes.
import * as vscode from 'vscode';
import {
  BUILD_IMAGE_REQUEST, INSPECT_IMAGE_REQUEST, LIST_IMAGES_REQUEST,
  type BuildImageParams, type ImageReport, type InspectImageParams, type LocalImage,
} from '../../../server/src/protocol';
import type { Ctx } from '../ctx';
import { formatSize, summaryOf } from './summary';

export function registerImageCommands(ctx: Ctx): void {
  ctx.track(vscode.commands.registerCommand('layerwise.inspectImage', (source?: unknown) => inspectImage(ctx, typeof source === 'string' ? source : undefined)));
  ctx.track(vscode.commands.registerCommand('layerwise.buildAndInspect', () => buildAndInspect(ctx)));
}

/** With a SOURCE argument (tests, other extensions) no picker is shown. Returns the report, or undefined. */
async function inspectImage(ctx: Ctx, given: string | undefined): Promise<ImageReport | undefined> {
  const editor = dockerfileEditor();
  const client = ctx.client;
  if (!editor || !client) return undefined;
  const source = given ?? (await pickSource(ctx));
  if (!source) return undefined;
  const params: InspectImageParams = { textDocument: { uri: editor.document.uri.toString() }, source };
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Layerwise: reading ${source}…`, cancellable: false },
    () => showReport(ctx, client.sendRequest<ImageReport>(INSPECT_IMAGE_REQUEST, params)),
  );
}

async function buildAndInspect(ctx: Ctx): Promise<ImageReport | undefined> {
  const editor = dockerfileEditor();
  const client = ctx.client;
  if (!editor || !client) return undefined;
  if (editor.document.isDirty && !(await editor.document.save())) return undefined;
  const config = vscode.workspace.getConfiguration('layerwise', editor.document.uri);
  const params: BuildImageParams = {
    textDocument: { uri: editor.document.uri.toString() },
    command: config.get<string>('build.command') ?? '',
    target: config.get<string | null>('target') ?? undefined,
  };
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Layerwise: building (output in the Layerwise log)…', cancellable: true },
    (_progress, token) => showReport(ctx, client.sendRequest<ImageReport>(BUILD_IMAGE_REQUEST, params, token)),
  );
}

async function showReport(ctx: Ctx, request: Promise<ImageReport>): Promise<ImageReport | undefined> {
  try {
    const report = await request;
    void vscode.window.showInformationMessage(`Layerwise: ${summaryOf(report)}`);
    return report;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/cancel/i.test(message)) return undefined;
    ctx.output.error(message);
    void vscode.window.showErrorMessage(`Layerwise: ${message}`);
    return undefined;
  }
}

type SourcePick = vscode.QuickPickItem & { source?: string; browse?: true };

/** Local images from the engine (when it answers) plus "Browse archive / OCI folder…". */
async function pickSource(ctx: Ctx): Promise<string | undefined> {
  const items: Promise<SourcePick[]> = (async () => {
    const browse: SourcePick = { label: '$(folder-opened) Browse archive / OCI folder…', browse: true, alwaysShow: true };
    try {
      const images = (await ctx.client?.sendRequest<LocalImage[]>(LIST_IMAGES_REQUEST)) ?? [];
      return [browse, { label: 'Local images', kind: vscode.QuickPickItemKind.Separator }, ...images.map(imagePick)];
    } catch (error) {
      return [browse, { label: 'Docker engine', kind: vscode.QuickPickItemKind.Separator }, { label: `$(warning) ${error instanceof Error ? error.message : String(error)}` }];
    }
  })();
  const picked = await vscode.window.showQuickPick(items, { title: 'Layerwise: Inspect Image', placeHolder: 'An image of the local engine, or an archive / OCI layout', matchOnDetail: true });
  if (!picked) return undefined;
  if (picked.browse) return browseSource();
  return picked.source;
}

function imagePick(image: LocalImage): SourcePick {
  const short = image.id.replace(/^sha256:/, '').slice(0, 12);
  const name = image.tags[0] ?? short;
  return {
    label: name,
    description: `${formatSize(image.size)} · ${short}`,
    detail: image.tags.length > 1 ? image.tags.slice(1).join(', ') : undefined,
    source: `docker:${image.tags[0] ?? image.id}`,
  };
}

async function browseSource(): Promise<string | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: 'Image archive (docker save / tar) or OCI layout folder',
    canSelectFiles: true,
    canSelectFolders: true,
    canSelectMany: false,
    openLabel: 'Inspect',
  });
  const uri = picked?.[0];
  if (!uri) return undefined;
  // A bare path: the server tells a tar from an OCI directory (oci-layout) by looking.
  return uri.fsPath;
}

function dockerfileEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === 'dockerfile') return editor;
  void vscode.window.showWarningMessage('Layerwise: open a Dockerfile first.');
  return undefined;
}
