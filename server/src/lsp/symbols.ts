import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams, type SymbolInformation, type WorkspaceSymbolParams } from 'vscode-languageserver';
import { documentSymbols, workspaceSymbols, type OutlineKind, type OutlineSymbol } from '../core/features/symbols';
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
  connection.onDocumentSymbol(guard('documentSymbol', [] as DocumentSymbol[], (params: DocumentSymbolParams) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return documentSymbols(cache.get(document)).map((s) => toSymbol(document, s));
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

function toSymbol(document: TextDocument, symbol: OutlineSymbol): DocumentSymbol {
  return {
    name: symbol.name || ' ',
    detail: symbol.detail,
    kind: KIND[symbol.kind],
    range: toRange(document, symbol.span),
    selectionRange: toRange(document, symbol.selection),
    children: symbol.children.map((c) => toSymbol(document, c)),
  };
}
