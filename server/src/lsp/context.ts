import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from './documentCache';
import type { Guard } from './guard';
import type { ImageStore } from './imageStore';
import type { SettingsStore } from './settings';

/** What every handler needs, created once in server.ts and passed to each feature's register function. */
export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly cache: AnalysisCache;
  readonly settings: SettingsStore;
  readonly guard: Guard;
  /** Inspected images per document (real sizes for lenses, diagnostics and the layer model). */
  readonly images: ImageStore;
}
