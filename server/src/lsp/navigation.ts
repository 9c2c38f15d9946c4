import { DocumentHighlightKind, ResponseError, ErrorCodes, type DocumentHighlight, type Location, type PrepareRenameParams, type Range, type RenameParams, type TextDocumentPositionParams, type WorkspaceEdit, type ReferenceParams } from 'vscode-languageserver';
import { definitionAt, highlightsAt, prepareRenameAt, referencesAt, renameAt } from '../core/features/navigation';
import type { ServerContext } from './context';
import { toRange } from './convert';

export function registerNavigation(context: ServerContext): void {
  const { connection, documents, cache, guard } = context;
  const open = (uri: string) => {
    const document = documents.get(uri);
    return document ? { document, analysis: cache.get(document) } : null;
  };
  connection.onDefinition(guard('definition', [] as Location[], (params: TextDocumentPositionParams) => {
    const found = open(params.textDocument.uri);
    if (!found) return [];
    return definitionAt(found.analysis, found.document.offsetAt(params.position)).map((span) => ({ uri: params.textDocument.uri, range: toRange(found.document, span) }));
  }));
  connection.onReferences(guard('references', [] as Location[], (params: ReferenceParams) => {
    const found = open(params.textDocument.uri);
    if (!found) return [];
    return referencesAt(found.analysis, found.document.offsetAt(params.position), params.context.includeDeclaration).map((span) => ({ uri: params.textDocument.uri, range: toRange(found.document, span) }));
  }));
  connection.onDocumentHighlight(guard('documentHighlight', [] as DocumentHighlight[], (params: TextDocumentPositionParams) => {
    const found = open(params.textDocument.uri);
    if (!found) return [];
    return highlightsAt(found.analysis, found.document.offsetAt(params.position)).map((h) => ({
      range: toRange(found.document, h.span),
      kind: h.kind === 'write' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
    }));
  }));
  // Rename errors must reach the user as messages, so they are thrown as ResponseErrors outside the guard.
  connection.onPrepareRename(async (params: PrepareRenameParams): Promise<{ range: Range; placeholder: string } | null> => {
    const found = open(params.textDocument.uri);
    if (!found) return null;
    const prepared = prepareRenameAt(found.analysis, found.document.offsetAt(params.position));
    if ('error' in prepared) throw new ResponseError(ErrorCodes.InvalidRequest, prepared.error);
    return { range: toRange(found.document, prepared.span), placeholder: prepared.placeholder };
  });
  connection.onRenameRequest(async (params: RenameParams): Promise<WorkspaceEdit | null> => {
    const found = open(params.textDocument.uri);
    if (!found) return null;
    const result = renameAt(found.analysis, found.document.offsetAt(params.position), params.newName);
    if ('error' in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
    return { changes: { [params.textDocument.uri]: result.edits.map((e) => ({ range: toRange(found.document, e.span), newText: e.newText })) } };
  });
}
