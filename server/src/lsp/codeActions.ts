/**
 * Quick fixes from each finding's core-computed fixes, the two suppression actions per finding (RULES.md
 * §3.4), and `source.fixAll.layerwise`: every preferred fix in one WorkspaceEdit.
 */
import { pathToFileURL } from 'node:url';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAllEdits, readPragmas, suppressionFixes, type Finding, type Fix } from '../core/rules';
import type { LintConfigStore } from './config';
import type { ServerContext } from './context';
import { toDiagnostic, toTextEdit } from './convert';
import type { FindingsCache } from './findingsCache';

export const FIX_ALL_KIND = 'source.fixAll.layerwise';
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

export function registerCodeActions(context: ServerContext, configs: LintConfigStore, lintCache: FindingsCache): void {
  const { connection, documents, cache, settings, guard } = context;
  connection.onCodeAction(guard('codeAction', [] as CodeAction[], async (params: CodeActionParams) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const loaded = await settings.load(document.uri);
    const analysis = cache.get(document);
    const findings = lintCache.findings(analysis, configs.configFor(document.uri, loaded));
    const only = params.context.only;
    const actions: CodeAction[] = [];
    if (wants(only, CodeActionKind.QuickFix)) {
      const start = document.offsetAt(params.range.start);
      const end = document.offsetAt(params.range.end);
      const pragmas = readPragmas(analysis).pragmas;
      for (const finding of findings) {
        if (finding.span.end < start || finding.span.start > end) continue;
        const diagnostic = toDiagnostic(document, finding);
        for (const fix of finding.fixes) actions.push(quickFix(document, fix, diagnostic));
        for (const fix of suppressionFixes(analysis, finding, pragmas)) actions.push(quickFix(document, fix, diagnostic));
      }
    }
    if (wants(only, FIX_ALL_KIND)) {
      const fixAll = fixAllAction(document, findings);
      if (fixAll) actions.push(fixAll);
    }
    return actions;
  }));
}

/** `only` absent asks for everything; otherwise a kind is wanted when it equals or extends a requested one. */
function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

function quickFix(document: TextDocument, fix: Fix, diagnostic: Diagnostic): CodeAction {
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: fix.isPreferred || undefined,
    edit: fix.createFile ? createFileEdit(fix.createFile) : { changes: { [document.uri]: fix.edits.map((e) => toTextEdit(document, e)) } },
  };
}

/** A new file with its text: CreateFile, then an insert into the (empty) new document. */
function createFileEdit(file: NonNullable<Fix['createFile']>): WorkspaceEdit {
  const uri = file.path.includes('://') ? file.path : pathToFileURL(file.path).toString();
  const start = { line: 0, character: 0 };
  return {
    documentChanges: [
      { kind: 'create', uri, options: { ignoreIfExists: true } },
      { textDocument: { uri, version: null }, edits: [{ range: { start, end: start }, newText: file.text }] },
    ],
  };
}

function fixAllAction(document: TextDocument, findings: readonly Finding[]): CodeAction | null {
  const edits = fixAllEdits(findings);
  if (edits.length === 0) return null;
  return {
    title: 'Fix all Layerwise problems that have a safe fix',
    kind: FIX_ALL_KIND,
    edit: { changes: { [document.uri]: edits.map((e) => toTextEdit(document, e)) } },
  };
}
