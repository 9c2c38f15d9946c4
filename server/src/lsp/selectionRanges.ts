import type { SelectionRange, SelectionRangeParams } from 'vscode-languageserver';
import { selectionRangesAt } from '../core/features/selectionRanges';
import type { ServerContext } from './context';
import { toRange } from './convert';

export function registerSelectionRanges(context: ServerContext): void {
  const { connection, documents, cache, guard } = context;
  connection.onSelectionRanges(guard('selectionRange', [] as SelectionRange[], (params: SelectionRangeParams) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const analysis = cache.get(document);
    return params.positions.map((position) => {
      const spans = selectionRangesAt(analysis, document.offsetAt(position));
      let parent: SelectionRange | undefined;
      for (let i = spans.length - 1; i >= 0; i--) parent = { range: toRange(document, spans[i]), parent };
      return parent ?? { range: { start: position, end: position } };
    });
  }));
}
