import type { DocumentLink, DocumentLinkParams } from 'vscode-languageserver';
import { documentLinks } from '../core/features/documentLinks';
import type { ServerContext } from './context';
import { toRange } from './convert';

export function registerDocumentLinks(context: ServerContext): void {
  const { connection, documents, cache, guard } = context;
  connection.onDocumentLinks(guard('documentLink', [] as DocumentLink[], (params: DocumentLinkParams) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return documentLinks(cache.get(document)).map((l) => ({ range: toRange(document, l.span), target: l.url, tooltip: l.tooltip }));
  }));
}
