import { InlayHintKind, type InlayHint, type InlayHintParams } from 'vscode-languageserver';
import { inlayHints } from '../core/features/inlayHints';
import type { ServerContext } from './context';

export function registerInlayHints(context: ServerContext): void {
  const { connection, documents, cache, settings, guard } = context;
  connection.languages.inlayHint.on(guard('inlayHint', [] as InlayHint[], async (params: InlayHintParams) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    if (!(await settings.load(document.uri)).inlayHints.enabled) return [];
    const span = { start: document.offsetAt(params.range.start), end: document.offsetAt(params.range.end) };
    return inlayHints(cache.get(document), span).map((h) => ({
      position: document.positionAt(h.offset),
      label: h.label,
      tooltip: h.tooltip,
      kind: h.kind === 'layer' ? undefined : InlayHintKind.Parameter,
      paddingLeft: true,
    }));
  }));
}
