import { FoldingRangeKind, type FoldingRange, type FoldingRangeParams } from 'vscode-languageserver';
import { foldingRanges } from '../core/features/folding';
import type { ServerContext } from './context';

export function registerFolding(context: ServerContext): void {
  const { connection, documents, cache, guard } = context;
  connection.onFoldingRanges(guard('foldingRange', [] as FoldingRange[], (params: FoldingRangeParams) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return foldingRanges(cache.get(document)).map((f) => ({
      startLine: f.startLine,
      endLine: f.endLine,
      kind: f.kind === 'comment' ? FoldingRangeKind.Comment : FoldingRangeKind.Region,
    }));
  }));
}
