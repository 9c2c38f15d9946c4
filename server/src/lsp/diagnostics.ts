/** Pushes diagnostics for open documents, debounced so fast typing lints once per pause. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { WASTED_BYTES_CODE, wastedBytesFindings } from '../core/features/imageData';
import type { LintConfigStore } from './config';
import type { ServerContext } from './context';
import { toDiagnostic } from './convert';
import type { FindingsCache } from './findingsCache';

const DEBOUNCE_MS = 120;

export function registerDiagnostics(context: ServerContext, configs: LintConfigStore, lintCache: FindingsCache): { refreshAll(): void } {
  const { connection, documents, cache, settings, guard, images } = context;
  const timers = new Map<string, NodeJS.Timeout>();

  const publish = guard('diagnostics', undefined, async (document: TextDocument) => {
    const loaded = await settings.load(document.uri);
    if (documents.get(document.uri)?.version !== document.version) return; // a newer version is queued
    const analysis = cache.get(document);
    const linted = lintCache.findings(analysis, configs.configFor(document.uri, loaded));
    const findings = loaded.rules[WASTED_BYTES_CODE] !== 'off' ? [...linted, ...wastedBytesFindings(analysis, images.get(document))] : linted;
    await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: findings.map((f) => toDiagnostic(document, f)) });
  });

  const schedule = (document: TextDocument, delay: number) => {
    clearTimeout(timers.get(document.uri));
    timers.set(document.uri, setTimeout(() => {
      timers.delete(document.uri);
      const current = documents.get(document.uri);
      if (current) void publish(current);
    }, delay));
  };

  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => schedule(e.document, DEBOUNCE_MS));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    cache.delete(e.document.uri);
    settings.forget(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  return { refreshAll: () => documents.all().forEach((d) => schedule(d, 0)) };
}
