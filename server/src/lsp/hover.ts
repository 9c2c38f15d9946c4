import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import { hoverAt } from '../core/features/hover';
import type { ServerContext } from './context';
import { toRange } from './convert';

export function registerHover(context: ServerContext): void {
  const { connection, documents, cache, guard } = context;
  connection.onHover(guard('hover', null as Hover | null, (params: HoverParams) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const analysis = cache.get(document);
    const hover = hoverAt(analysis, document.offsetAt(params.position));
    if (!hover) return null;
    return { contents: { kind: MarkupKind.Markdown, value: hover.markdown }, range: toRange(document, hover.span) };
  }));
}
