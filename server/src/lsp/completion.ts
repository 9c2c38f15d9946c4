import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type CompletionParams } from 'vscode-languageserver';
import { completionsAt, type CompletionKind } from '../core/features/completion';
import type { ServerContext } from './context';
import { toRange } from './convert';

export const COMPLETION_TRIGGERS = ['-', '=', '$', '{', ',', ':', '#'];

const KIND: Record<CompletionKind, CompletionItemKind> = {
  keyword: CompletionItemKind.Keyword,
  flag: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  variable: CompletionItemKind.Variable,
  stage: CompletionItemKind.Reference,
  directive: CompletionItemKind.Module,
  modifier: CompletionItemKind.Operator,
};

export function registerCompletion(context: ServerContext): void {
  const { connection, documents, cache, guard } = context;
  connection.onCompletion(guard('completion', [] as CompletionItem[], (params: CompletionParams) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const items = completionsAt(cache.get(document), document.offsetAt(params.position));
    return items.map((item, index) => {
      const result: CompletionItem = {
        label: item.label,
        kind: KIND[item.kind],
        sortText: String(index).padStart(4, '0'),
        textEdit: { range: toRange(document, item.span), newText: item.insertText },
        insertTextFormat: item.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      };
      if (item.detail) result.detail = item.detail;
      if (item.documentation) result.documentation = { kind: MarkupKind.Markdown, value: item.documentation };
      if (item.retrigger) result.command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };
      return result;
    });
  }));
}
