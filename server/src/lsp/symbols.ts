import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams, type SymbolInformation, type WorkspaceSymbolParams } from 'vscode-languageserver';
import { documentSymbols, workspaceSymbols, type OutlineKind, type OutlineSymbol } from '../core/features/symbols';
import type { Analysis } from '../core/analysis';
import type { ServerContext } from './context';
import { toRange } from './convert';
import type { TextDocument } from 'vscode-languageserver-textdocument';

const KIND: Record<OutlineKind, SymbolKind> = {
  stage: SymbolKind.Class,
  instruction: SymbolKind.Function,
  variable: SymbolKind.Variable,
  label: SymbolKind.Property,
};

export function registerSymbols(context: ServerContext): void {
  const { connection, documents, cache, guard } = context;
  // The outline is asked for again and again for one version (outline view, breadcrumbs, sticky scroll).
  const outlines = new WeakMap<Analysis, DocumentSymbol[]>();
  connection.onDocumentSymbol(guard('documentSymbol', [] as DocumentSymbol[], (params: DocumentSymbolParams) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const analysis = cache.get(document);
    let outline = outlines.get(analysis);
    if (!outline) {
      outline = documentSymbols(analysis).map((s) => toSymbol(document, s));
      outlines.set(analysis, outline);
    }
    return outline;
  }));
  connection.onWorkspaceSymbol(guard('workspaceSymbol', [] as SymbolInformation[], (params: WorkspaceSymbolParams) => {
    const result: SymbolInformation[] = [];
    for (const document of documents.all()) {
      for (const s of workspaceSymbols(cache.get(document), params.query)) {
        const info: SymbolInformation = { name: s.name, kind: s.kind === 'stage' ? SymbolKind.Class : SymbolKind.Variable, location: { uri: document.uri, range: toRange(document, s.span) } };
        if (s.container) info.containerName = s.container;
        result.push(info);
      }
    }
    return result;
  }));
}

/** Empty details and child lists are left out: on a 5,000-line file they are a tenth of the answer. */
function toSymbol(document: TextDocument, symbol: OutlineSymbol): DocumentSymbol {
  const result: DocumentSymbol = { name: symbol.name || ' ', kind: KIND[symbol.kind], range: toRange(document, symbol.span), selectionRange: toRange(document, symbol.selection) };
  if (symbol.detail) result.detail = symbol.detail;
  if (symbol.children.length > 0) result.children = symbol.children.map((c) => toSymbol(document, c));
  return result;
}
