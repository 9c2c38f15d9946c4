import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import { codeLenses } from '../core/features/codeLens';
import { SHOW_LAYERS_COMMAND } from '../protocol';
import type { ServerContext } from './context';
import { toRange } from './convert';

export function registerCodeLens(context: ServerContext): void {
  const { connection, documents, cache, settings, guard } = context;
  connection.onCodeLens(guard('codeLens', [] as CodeLens[], async (params: CodeLensParams) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    if (!(await settings.load(document.uri)).codeLens.enabled) return [];
    const analysis = cache.get(document);
    return codeLenses(analysis).map((lens) => ({
      range: toRange(document, lens.span),
      command: { title: lens.title, tooltip: lens.tooltip, command: lens.opensLayerView ? SHOW_LAYERS_COMMAND : '', arguments: [{ kind: lens.kind, stage: lens.stage }] },
    }));
  }));
}
