// Builds the LanguageClient that runs dist/server.js in a child Node process and talks to it over IPC.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

/** Client id: also the settings prefix the client reads for tracing (`layerwise.trace.server`). */
export const CLIENT_ID = 'layerwise';

export function createLanguageClient(serverModule: string, output: vscode.LogOutputChannel): LanguageClient {
  // A missing bundle would otherwise surface as an opaque "connection closed" error.
  if (!fs.existsSync(serverModule)) {
    throw new Error(`${serverModule} is missing: build it with \`npm run build\``);
  }
  // One launch for run and debug: the debug variant would add an --inspect port that may clash.
  const server = { module: serverModule, transport: TransportKind.ipc };
  const serverOptions: ServerOptions = { run: server, debug: server };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'dockerfile' },
      { scheme: 'untitled', language: 'dockerfile' },
    ],
    synchronize: { configurationSection: CLIENT_ID },
    outputChannel: output,
    traceOutputChannel: output,
  };
  return new LanguageClient(CLIENT_ID, 'Layerwise', serverOptions, clientOptions);
}
