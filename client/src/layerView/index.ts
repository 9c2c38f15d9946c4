/** Registers the layer view: its commands and the serializer that brings the panel back after a reload. */
import * as vscode from 'vscode';
import type { ExportFormat } from '../../../server/src/protocol';
import type { Ctx } from '../ctx';
import { LayerView, VIEW_TYPE } from './layerView';

export { LayerView, type RenderInfo } from './layerView';

export function registerLayerView(ctx: Ctx): LayerView {
  const view = new LayerView(ctx);
  ctx.track(view);
  ctx.track(vscode.commands.registerCommand('layerwise.showLayers', () => view.show()));
  ctx.track(vscode.commands.registerCommand('layerwise.exportLayers', async (format?: unknown, target?: unknown) => {
    const chosen = format === 'svg' || format === 'png' ? format : await pickFormat();
    if (!chosen) return undefined;
    if (!view.isOpen) await view.show();
    return view.exportPicture(chosen, target instanceof vscode.Uri ? target : undefined);
  }));
  ctx.track(vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, view.serializer));
  return view;
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const pick = await vscode.window.showQuickPick([
    { label: 'SVG', format: 'svg' as const, description: 'vector, for docs' },
    { label: 'PNG', format: 'png' as const, description: 'bitmap, 2× scale' },
  ], { placeHolder: 'Save the layer picture as' });
  return pick?.format;
}
