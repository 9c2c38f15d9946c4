/**
 * Stands in for vscode-languageclient's notebook document sync (lib/common/notebook.js, ~19 KB minified;
 * esbuild.mjs swaps it in). The Layerwise server declares no `notebookDocumentSync` and never registers
 * it, so the real feature would only listen to cell events and announce a capability nothing uses. The
 * client reads three things of it: the cell URI scheme, the feature as a static one, and `handles`.
 */
export class NotebookDocumentSyncFeature {
  static readonly CellScheme = 'vscode-notebook-cell';

  constructor(_client: unknown) {}

  /** Announces no notebook synchronization. */
  fillClientCapabilities(_capabilities: object): void {}

  initialize(): void {}

  getState(): { kind: 'static' } {
    return { kind: 'static' };
  }

  clear(): void {}

  /** No notebook cell is synchronized as part of a notebook: cells sync as plain text documents. */
  handles(_textDocument: unknown): boolean {
    return false;
  }
}
