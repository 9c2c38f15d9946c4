/**
 * CodeLens in two steps: `textDocument/codeLens` sends only ranges and a three-number key, and
 * `codeLens/resolve` fills in the title of the lenses the editor shows. A 5,000-line file has ~3,000
 * lenses; sending every title and tooltip made each answer ~1 MB of JSON.
 */
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/analysis';
import { codeLenses, type Lens } from '../core/features/codeLens';
import { withImageSizes, type AttachedReport } from '../core/features/imageData';
import { SHOW_LAYERS_COMMAND } from '../protocol';
import type { ServerContext } from './context';
import { toRange } from './convert';

/** What a lens carries to its resolve: the document's number, its version, the lens's index. */
type LensKey = [documentNumber: number, version: number, index: number];

interface Computed {
  readonly core: readonly Lens[];
  readonly unresolved: readonly CodeLens[];
  /** Titles with image sizes, for the report they were made from. */
  decorated?: { readonly report: AttachedReport['report'] | undefined; readonly stale: boolean; readonly lenses: readonly Lens[] };
}

export function registerCodeLens(context: ServerContext): void {
  const { connection, documents, cache, settings, guard, images } = context;
  const computed = new WeakMap<Analysis, Computed>();
  const numbers = new Map<string, number>();
  const uris: (string | undefined)[] = [];
  // A closed document's number is not reused: a lens of it still on screen must not resolve against another file.
  documents.onDidClose(({ document }) => {
    const n = numbers.get(document.uri);
    if (n === undefined) return;
    numbers.delete(document.uri);
    uris[n] = undefined;
  });

  const numberOf = (uri: string): number => {
    let n = numbers.get(uri);
    if (n === undefined) {
      n = uris.push(uri) - 1;
      numbers.set(uri, n);
    }
    return n;
  };

  const lensesOf = (document: TextDocument, analysis: Analysis): Computed => {
    let entry = computed.get(analysis);
    if (!entry) {
      const core = codeLenses(analysis);
      const documentNumber = numberOf(document.uri);
      const unresolved = core.map((lens, index): CodeLens => ({ range: toRange(document, lens.span), data: [documentNumber, document.version, index] satisfies LensKey }));
      entry = { core, unresolved };
      computed.set(analysis, entry);
    }
    return entry;
  };

  /** The lenses with image sizes (when an image was inspected), made once per analysis and report. */
  const decorated = (entry: Computed, analysis: Analysis, attached: AttachedReport | undefined): readonly Lens[] => {
    const report = attached?.report;
    const stale = attached?.stale ?? false;
    let kept = entry.decorated;
    if (!kept || kept.report !== report || kept.stale !== stale) {
      kept = { report, stale, lenses: withImageSizes(entry.core, analysis, attached) };
      entry.decorated = kept;
    }
    return kept.lenses;
  };

  connection.onCodeLens(guard('codeLens', [] as CodeLens[], async (params: CodeLensParams) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    if (!(await settings.load(document.uri)).codeLens.enabled) return [];
    return lensesOf(document, cache.get(document)).unresolved as CodeLens[];
  }));

  const resolve = guard('codeLensResolve', null as CodeLens | null, (lens: CodeLens): CodeLens | null => {
    const [documentNumber, version, index] = lens.data as LensKey;
    const document = documents.get(uris[documentNumber] ?? '');
    // A lens of an older version: the editor asks for new lenses after the change; this one stays blank.
    if (!document || document.version !== version) return null;
    const analysis = cache.get(document);
    const found = decorated(lensesOf(document, analysis), analysis, images.get(document))[index];
    if (!found) return null;
    return {
      range: lens.range,
      command: { title: found.title, tooltip: found.tooltip, command: found.opensLayerView ? SHOW_LAYERS_COMMAND : '', arguments: [{ kind: found.kind, stage: found.stage }] },
    };
  });
  connection.onCodeLensResolve(async (lens) => (await resolve(lens)) ?? { range: lens.range, command: { title: '', command: '' } });
}
