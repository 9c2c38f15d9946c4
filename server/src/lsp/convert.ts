/** Offsets of the core <-> LSP positions, at the edge only. */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { findRule, type Finding, type Severity, type TextEdit as CoreEdit } from '../core/rules';
import type { Span } from '../core/syntax';

export function toRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function toTextEdit(document: TextDocument, edit: CoreEdit): TextEdit {
  return { range: toRange(document, edit.span), newText: edit.newText };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Where the repository's files are browsable; a rule's `docs` path is appended. */
export const REPOSITORY_BASE = 'https://github.com/layerwise/layerwise/blob/main/';

export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toRange(document, finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: `${REPOSITORY_BASE}${findRule(finding.ruleId)?.docs ?? `docs/rules/${finding.ruleId}.md`}` },
    source: 'layerwise',
    message: finding.message,
  };
  const tags = finding.tags.map((t) => (t === 'unnecessary' ? DiagnosticTag.Unnecessary : DiagnosticTag.Deprecated));
  if (tags.length > 0) diagnostic.tags = tags;
  if (finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map((r) => ({ location: { uri: document.uri, range: toRange(document, r.span) }, message: r.message }));
  }
  return diagnostic;
}
