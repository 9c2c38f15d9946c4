/** One analysis per document version (and settings generation); every feature reads from here. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis } from '../core/analysis';
import type { LayerwiseSettings } from '../protocol';

interface Entry {
  readonly version: number;
  readonly generation: number;
  readonly analysis: Analysis;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;

  constructor(private settingsFor: (uri: string) => LayerwiseSettings) {}

  get(document: TextDocument): Analysis {
    const entry = this.entries.get(document.uri);
    if (entry && entry.version === document.version && entry.generation === this.generation) return entry.analysis;
    const analysis = analyze(document.getText(), { target: this.settingsFor(document.uri).target });
    this.entries.set(document.uri, { version: document.version, generation: this.generation, analysis });
    return analysis;
  }

  /** Settings changed: analyses are recomputed on next use. */
  invalidate(): void {
    this.generation++;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
