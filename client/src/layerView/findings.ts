/** The rules' diagnostics of a document as findings the picture puts on layers. */
import * as vscode from 'vscode';
import type { ViewFinding } from '../../../server/src/protocol';

/** Diagnostics the Layerwise server publishes carry this source (server/src/lsp/convert.ts). */
const SOURCE = 'layerwise';

export function findingsOf(uri: vscode.Uri): ViewFinding[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === SOURCE)
    .map((d) => {
      const finding: ViewFinding = { line: d.range.start.line, severity: severityOf(d.severity), message: d.message };
      const code = typeof d.code === 'object' ? d.code.value : d.code;
      if (code !== undefined) finding.code = String(code);
      return finding;
    });
}

function severityOf(severity: vscode.DiagnosticSeverity): ViewFinding['severity'] {
  switch (severity) {
    case vscode.DiagnosticSeverity.Error:
      return 'error';
    case vscode.DiagnosticSeverity.Warning:
      return 'warning';
    case vscode.DiagnosticSeverity.Information:
      return 'info';
    case vscode.DiagnosticSeverity.Hint:
      return 'hint';
  }
}
