// Extension entry point: builds the context, registers commands and views, starts the language server.
import * as vscode from 'vscode';
import { createApi, LayerwiseApi } from './api';
import { registerCommands } from './commands';
import { Ctx } from './ctx';
import { registerLayerView } from './layerView';
import { registerImageCommands } from './image/commands';
import { registerStatusBar } from './statusBar';

// Kept only so deactivate can wait for the server to shut down; everything else receives ctx explicitly.
let ctx: Ctx | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<LayerwiseApi> {
  ctx = new Ctx(context);
  registerCommands(ctx);
  registerImageCommands(ctx);
  const layerView = registerLayerView(ctx);
  registerStatusBar(ctx);
  await ctx.start();
  return createApi(ctx, layerView);
}

export async function deactivate(): Promise<void> {
  await ctx?.stop();
  ctx = undefined;
}
