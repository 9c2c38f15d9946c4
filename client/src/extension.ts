// Extension entry point: builds the context, registers commands and views, starts the language server.
import * as vscode from 'vscode';
import { createApi, LayerwiseApi } from './api';
import { registerCommands } from './commands';
import { Ctx } from './ctx';
import { registerStatusBar } from './statusBar';

// Kept only so deactivate can wait for the server to shut down; everything else receives ctx explicitly.
let ctx: Ctx | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<LayerwiseApi> {
  ctx = new Ctx(context);
  registerCommands(ctx);
  registerStatusBar(ctx);
  // Views: register each one here with the context, e.g. registerLayerView(ctx) from './layerView'.
  await ctx.start();
  return createApi(ctx);
}

export async function deactivate(): Promise<void> {
  await ctx?.stop();
  ctx = undefined;
}
