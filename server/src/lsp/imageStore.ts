/** The inspected image kept per document (by uri), with the text it was joined to, to tell when it goes stale. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AttachedReport } from '../core/features/imageData';
import type { ImageReport } from '../protocol';

export class ImageStore {
  private readonly reports = new Map<string, { report: ImageReport; text: string }>();

  set(document: TextDocument, report: ImageReport): void {
    this.reports.set(document.uri, { report, text: document.getText() });
  }

  /** The report for this document; stale when the text differs from the one it was joined to. */
  get(document: TextDocument): AttachedReport | undefined {
    const kept = this.reports.get(document.uri);
    return kept && { report: kept.report, stale: kept.text !== document.getText() };
  }

  delete(uri: string): void {
    this.reports.delete(uri);
  }
}
