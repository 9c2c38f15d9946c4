/** Starts the bundled server (`dist/server.js --stdio`) as a child process and speaks JSON-RPC to it. */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { CodeLens, Diagnostic, InitializeResult, LogMessageParams, PublishDiagnosticsParams, ServerCapabilities } from 'vscode-languageserver-protocol';
import { REPO_ROOT } from './paths';

export interface TestServer {
  readonly connection: MessageConnection;
  readonly process: ChildProcess;
  /** What the server answered to `initialize` (its capabilities). */
  readonly initializeResult: InitializeResult;
  /** The capabilities of `initializeResult`. */
  readonly capabilities: ServerCapabilities;
  /** Every `window/logMessage` text the server sent, in order. */
  readonly logs: string[];
  open(uri: string, text: string, version?: number): void;
  change(uri: string, text: string, version: number): void;
  /** Resolves with the next diagnostics published for `uri` (optionally for a given version). */
  diagnostics(uri: string, version?: number): Promise<Diagnostic[]>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Extra environment of the server process (e.g. `LAYERWISE_TEST_FAULTS`). */
  readonly env?: Record<string, string>;
  /** Extra node flags (e.g. `--expose-gc`). */
  readonly nodeArgs?: readonly string[];
  /** Another server bundle than dist/server.js (the benchmark compares builds). */
  readonly serverPath?: string;
}

export async function startServer(configuration: Record<string, unknown> = {}, options: StartOptions = {}): Promise<TestServer> {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.serverPath ?? path.join(REPO_ROOT, 'dist/server.js'), '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  const logs: string[] = [];
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiting: { uri: string; version?: number; resolve: (d: Diagnostic[]) => void }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    for (const w of waiting.filter((w) => w.uri === params.uri && (w.version === undefined || w.version === params.version))) {
      waiting.splice(waiting.indexOf(w), 1);
      w.resolve(params.diagnostics);
    }
  });
  connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map(() => configuration));
  connection.onRequest('workspace/codeLens/refresh', () => null);
  connection.onNotification('window/logMessage', (params: LogMessageParams) => {
    logs.push(params.message);
  });
  connection.listen();
  const initializeResult = await connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    initializeResult,
    capabilities: initializeResult.capabilities,
    logs,
    open(uri, text, version = 1) {
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version, text } });
    },
    change(uri, text, version) {
      void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    diagnostics(uri, version) {
      return new Promise((resolve) => waiting.push({ uri, version, resolve }));
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await connection.sendRequest('shutdown').catch(() => undefined);
      await connection.sendNotification('exit').catch(() => undefined);
      await exited;
      connection.dispose();
    },
  };
}

/** Every CodeLens of `uri` with its title: the server sends ranges only and fills in titles on `codeLens/resolve`. */
export async function resolvedCodeLenses(server: TestServer, uri: string): Promise<CodeLens[]> {
  const lenses = await server.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
  return Promise.all(lenses.map((lens) => (lens.command ? lens : server.connection.sendRequest<CodeLens>('codeLens/resolve', lens))));
}
