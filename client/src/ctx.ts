// The extension's context: what commands and views share (output channel, the running language client).
// Created once in activate and handed to every command factory and view.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './languageClient';

/** How long a stopping server may take to shut down before it is killed. */
const STOP_TIMEOUT_MS = 2000;

export class Ctx {
  readonly output: vscode.LogOutputChannel;
  private languageClient: LanguageClient | undefined;
  private readonly clientStarted = new vscode.EventEmitter<LanguageClient>();
  /** Fires after each successful (re)start: views re-register their notification handlers here. */
  readonly onDidStartClient = this.clientStarted.event;

  constructor(readonly extension: vscode.ExtensionContext) {
    this.output = vscode.window.createOutputChannel('Layerwise', { log: true });
    extension.subscriptions.push(this.output, this.clientStarted);
  }

  /** The running client, or undefined while stopped or after a failed start. */
  get client(): LanguageClient | undefined {
    return this.languageClient;
  }

  get extensionUri(): vscode.Uri {
    return this.extension.extensionUri;
  }

  /** Ties a disposable to the extension's lifetime. */
  track(disposable: vscode.Disposable): void {
    this.extension.subscriptions.push(disposable);
  }

  /** Starts the server; a failure is logged and shown as a toast, never thrown, so activation still succeeds. */
  async start(): Promise<void> {
    try {
      const client = createLanguageClient(this.extension.asAbsolutePath('dist/server.js'), this.output);
      this.languageClient = client;
      await client.start();
      this.clientStarted.fire(client);
    } catch (error) {
      this.languageClient = undefined;
      this.reportStartFailure(error);
    }
  }

  async stop(): Promise<void> {
    const client = this.languageClient;
    this.languageClient = undefined;
    try {
      await client?.dispose(STOP_TIMEOUT_MS);
    } catch (error) {
      // A server that already died cannot be stopped cleanly; that is fine when stopping.
      this.output.warn(`Stopping the language server: ${messageOf(error)}`);
    }
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  private reportStartFailure(error: unknown): void {
    const message = messageOf(error);
    this.output.error(`The language server failed to start: ${message}`);
    void vscode.window
      .showErrorMessage(`Layerwise: the language server failed to start. ${message}`, 'Show Output')
      .then((choice) => {
        if (choice === 'Show Output') this.output.show();
      });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
