import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import { codeLenses } from '../core/features/codeLens';
import { withImageSizes } from '../core/features/imageData';
import { SHOW_LAYERS_COMMAND } from '../protocol';
import type { ServerContext } from './context';
import { toRange } from './convert';

export function registerCodeLens(context: ServerContext): void {
  const { connection, documents, cache, settings, guard, images } = context;
  connection.onCodeLens(guard('codeLens', [] as CodeLens[], async (params: CodeLensParams) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    if (!(await settings.load(document.uri)).codeLens.enabled) return [];
    const analysis = cache.get(document);
    return withImageSizes(codeLenses(analysis), analysis, images.get(document)).map((lens) => ({
      range: toRange(document, lens.span),
      command: { title: lens.title, tooltip: lens.tooltip, command: lens.opensLayerView ? SHOW_LAYERS_COMMAND : '', arguments: [{ kind: lens.kind, stage: lens.stage }] },
    }));
  }));
}
