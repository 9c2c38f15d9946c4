import type { DocumentFormattingParams, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams, FormattingOptions, TextEdit } from 'vscode-languageserver';
import { formatDocument, formatOnType, formatRange, type FormatOptions } from '../core/features/formatting';
import type { ServerContext } from './context';
import { toTextEdit } from './convert';

function options(raw: FormattingOptions): FormatOptions {
  return { insertSpaces: raw.insertSpaces !== false, tabSize: Number.isInteger(raw.tabSize) && raw.tabSize > 0 ? raw.tabSize : 4 };
}

export function registerFormatting(context: ServerContext): void {
  const { connection, documents, cache, guard } = context;
  connection.onDocumentFormatting(guard('formatting', [] as TextEdit[], (params: DocumentFormattingParams) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return formatDocument(cache.get(document), options(params.options)).map((e) => toTextEdit(document, e));
  }));
  connection.onDocumentRangeFormatting(guard('rangeFormatting', [] as TextEdit[], (params: DocumentRangeFormattingParams) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const span = { start: document.offsetAt(params.range.start), end: document.offsetAt(params.range.end) };
    return formatRange(cache.get(document), span, options(params.options)).map((e) => toTextEdit(document, e));
  }));
  connection.onDocumentOnTypeFormatting(guard('onTypeFormatting', [] as TextEdit[], (params: DocumentOnTypeFormattingParams) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || params.ch !== '\n') return [];
    return formatOnType(cache.get(document), document.offsetAt(params.position), options(params.options)).map((e) => toTextEdit(document, e));
  }));
}
