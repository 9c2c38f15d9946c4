/**
 * The Layerwise language server: `node dist/server.js --stdio` (or `--node-ipc` from the VS Code client).
 * Wires the connection, the document cache and the feature handlers; the features live in lsp/.
 */
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CODE_ACTION_KINDS, registerCodeActions } from './lsp/codeActions';
import { registerCodeLens } from './lsp/codeLens';
import { LintConfigStore } from './lsp/config';
import { FrameFilter } from './lsp/framing';
import type { ServerContext } from './lsp/context';
import { registerDiagnostics } from './lsp/diagnostics';
import { AnalysisCache } from './lsp/documentCache';
import { FindingsCache } from './lsp/findingsCache';
import { createGuard } from './lsp/guard';
import { registerHover } from './lsp/hover';
import { registerLanguageFeatures, LANGUAGE_FEATURE_CAPABILITIES } from './lsp/languageFeatures';
import { registerImage } from './lsp/image';
import { ImageStore } from './lsp/imageStore';
import { registerLayers } from './lsp/layers';
import { SettingsStore } from './lsp/settings';
import { registerTestHooks } from './lsp/testFaults';

// Over stdio, frames pass a filter that survives malformed headers (see framing.ts).
const connection = process.argv.includes('--stdio')
  ? createConnection(ProposedFeatures.all, process.stdin.pipe(new FrameFilter((bytes) => reportDropped(bytes))), process.stdout)
  : createConnection(ProposedFeatures.all);
let droppedReported = false;
function reportDropped(bytes: number): void {
  if (droppedReported) return;
  droppedReported = true;
  connection.console.warn(`Layerwise: dropped ${bytes} bytes of malformed JSON-RPC framing from the client (reported once).`);
}
const documents = new TextDocuments(TextDocument);
const settings = new SettingsStore(connection);
const cache = new AnalysisCache((uri) => settings.peek(uri));
const context: ServerContext = { connection, documents, cache, settings, guard: createGuard(connection.console), images: new ImageStore() };
const lintConfigs = new LintConfigStore(connection);
const findings = new FindingsCache((rule, error) => connection.console.error(`Layerwise: rule ${rule.id} failed: ${String(error)}`));

connection.onInitialize((params): InitializeResult => {
  settings.enable(params.capabilities.workspace?.configuration === true, params.initializationOptions);
  lintConfigs.setWorkspaceFolders(params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []), params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      codeLensProvider: { resolveProvider: true },
      codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
      ...LANGUAGE_FEATURE_CAPABILITIES,
    },
    serverInfo: { name: 'layerwise', version: process.env.LAYERWISE_VERSION ?? '0.1.0' },
  };
});

registerCodeLens(context);
registerHover(context);
const layers = registerLayers(context);
registerCodeActions(context, lintConfigs, findings);
registerLanguageFeatures(context);
registerTestHooks(connection);
const diagnostics = registerDiagnostics(context, lintConfigs, findings);
lintConfigs.onFilesChanged(() => diagnostics.refreshAll());
registerImage(context, (document) => {
  diagnostics.refreshAll();
  layers.notify(document);
  void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
});

connection.onDidChangeConfiguration((change) => {
  settings.changed(change.settings);
  cache.invalidate();
  diagnostics.refreshAll();
  void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  void connection.sendRequest('workspace/inlayHint/refresh').catch(() => undefined);
});

documents.listen(connection);
connection.listen();
