// Status bar item on Dockerfiles: the final image's layer count from `layerwise/layers`; a click opens the
// layer view when one is registered (else the output channel). It asks the server on editor switch and
// after edits settle, so it needs no notification handler of its own (the layer view owns that one).
import * as vscode from 'vscode';
import { LAYERS_REQUEST, type LayerModel, type LayersParams } from '../../server/src/protocol';
import type { Ctx } from './ctx';

/** The layer view's command, registered by the webview when present. */
const LAYER_VIEW_COMMAND = 'layerwise.showLayers';
const REFRESH_DELAY_MS = 300;

/** Status bar text for a layer model (exported for tests). */
export function statusText(model: LayerModel | null): string | null {
  if (!model || model.stages.length === 0) return null;
  const { layerCount, baseLayers } = model.finalImage;
  const base = baseLayers === null ? ' + base' : baseLayers > 0 ? ` + ${baseLayers} base` : '';
  return `$(layers) ${layerCount} layer${layerCount === 1 ? '' : 's'}${base}`;
}

export function registerStatusBar(ctx: Ctx): void {
  const item = vscode.window.createStatusBarItem('layerwise.layers', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Layerwise: image layers';
  item.tooltip = 'Layers of the final image built from this Dockerfile (click for the layer view)';
  item.command = 'layerwise.statusBarClicked';
  ctx.track(item);
  ctx.track(vscode.commands.registerCommand('layerwise.statusBarClicked', async () => {
    const commands = await vscode.commands.getCommands(true);
    if (commands.includes(LAYER_VIEW_COMMAND)) await vscode.commands.executeCommand(LAYER_VIEW_COMMAND);
    else ctx.output.show(true);
  }));

  let timer: NodeJS.Timeout | undefined;
  let generation = 0;
  const refresh = async () => {
    const mine = ++generation;
    const document = vscode.window.activeTextEditor?.document;
    const client = ctx.client;
    if (!document || document.languageId !== 'dockerfile' || !client?.isRunning()) {
      item.hide();
      return;
    }
    try {
      const params: LayersParams = { textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) } };
      const text = statusText(await client.sendRequest<LayerModel | null>(LAYERS_REQUEST, params));
      if (mine !== generation) return; // a newer refresh is under way
      if (text) {
        item.text = text;
        item.show();
      } else {
        item.hide();
      }
    } catch (error) {
      ctx.output.debug(`Status bar: ${error instanceof Error ? error.message : String(error)}`);
      item.hide();
    }
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), REFRESH_DELAY_MS);
  };
  ctx.track(vscode.window.onDidChangeActiveTextEditor(later));
  ctx.track(vscode.workspace.onDidChangeTextDocument((e) => {
    if (e.document === vscode.window.activeTextEditor?.document) later();
  }));
  ctx.track(ctx.onDidStartClient(later));
  ctx.track({ dispose: () => clearTimeout(timer) });
  later();
}
