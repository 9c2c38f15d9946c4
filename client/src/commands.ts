// Commands as small factories: each takes the context and returns the handler VS Code calls.
import * as vscode from 'vscode';
import type { Ctx } from './ctx';
import { DEMO_DOCKERFILE } from './demo';

type CommandFactory = (ctx: Ctx) => (...args: unknown[]) => unknown;

const restartServer: CommandFactory = (ctx) => async () => {
  await ctx.restart();
  if (ctx.client?.isRunning()) vscode.window.setStatusBarMessage('Layerwise: language server restarted', 3000);
};

/** Opens the demo Dockerfile as an untitled document (the walkthrough's first step). */
const openDemo: CommandFactory = () => async () => {
  const document = await vscode.workspace.openTextDocument({ language: 'dockerfile', content: DEMO_DOCKERFILE });
  await vscode.window.showTextDocument(document);
};

/** Every command id from package.json `contributes.commands` with its factory. */
const commands: Readonly<Record<string, CommandFactory>> = {
  'layerwise.restartServer': restartServer,
  'layerwise.openDemo': openDemo,
};

export function registerCommands(ctx: Ctx): void {
  for (const [id, factory] of Object.entries(commands)) {
    ctx.track(vscode.commands.registerCommand(id, factory(ctx)));
  }
}
