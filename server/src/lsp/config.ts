/**
 * The lint configuration of a document: `layerwise.rules` / `layerwise.buildkitCheck` settings plus the
 * `.hadolint.yaml` that applies to it. Problems in that file are published as diagnostics on the file.
 */
import * as fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DiagnosticSeverity, DidChangeWatchedFilesNotification, type Connection, type Diagnostic } from 'vscode-languageserver';
import type { LintConfig } from '../core/rules';
import { LineIndex } from '../core/syntax';
import type { LayerwiseSettings } from '../protocol';
import { shellcheckRunner } from '../tools/shellcheck';
import { buildContextFor, dockerignoreFor, locateConfig, readConfig, type LoadedConfig } from './configFiles';
import { ShellcheckScheduler } from './shellcheck';

interface CachedFile {
  readonly mtimeMs: number;
  readonly loaded: LoadedConfig;
}

export class LintConfigStore {
  private workspaceRoots: string[] = [];
  private readonly files = new Map<string, CachedFile>();
  private readonly published = new Set<string>();
  private canWatch = false;
  private watching = false;
  private changed: () => void = () => undefined;
  /** ShellCheck results shared by diagnostics and code actions (rule `shellcheck`). */
  readonly shellcheck = new ShellcheckScheduler(shellcheckRunner());

  constructor(private readonly connection: Connection) {
    connection.onDidChangeWatchedFiles(() => this.changed());
  }

  /** From onInitialize: the workspace folders, and whether the client lets us watch files. */
  setWorkspaceFolders(uris: readonly string[], canWatchFiles = false): void {
    this.workspaceRoots = uris.flatMap((uri) => (uri.startsWith('file:') ? [fileURLToPath(uri)] : []));
    this.canWatch = canWatchFiles;
  }

  /** Called when a `.hadolint.yaml` or `.dockerignore` changes on disk, so open documents are linted again. */
  onFilesChanged(callback: () => void): void {
    this.changed = callback;
  }

  /** The configuration for a document under the given settings (re-reads a config file when it changed). */
  configFor(uri: string, settings: LayerwiseSettings): LintConfig {
    this.startWatching();
    const dockerfile = uri.startsWith('file:') ? fileURLToPath(uri) : null;
    const root = dockerfile ? this.rootOf(dockerfile) : this.workspaceRoots[0] ?? null;
    const file = locateConfig(dockerfile, settings.hadolintConfig, root);
    const loaded = file ? this.load(file) : null;
    // Untitled documents have no build context: .dockerignore stays unknown.
    const dockerignore = dockerfile ? dockerignoreFor(dockerfile) : undefined;
    const buildContext = dockerfile && dockerignore === null ? buildContextFor(dockerfile) : null;
    return { hadolint: loaded?.config ?? null, rules: settings.rules, buildkitCheck: settings.buildkitCheck, dockerignore, buildContext, shellcheck: this.shellcheck.results };
  }

  /** Registered on first use: registration is only allowed after `initialized`. */
  private startWatching(): void {
    if (!this.canWatch || this.watching) return;
    this.watching = true;
    const watchers = ['**/.hadolint.yaml', '**/.hadolint.yml', '**/.dockerignore', '**/*.dockerignore'].map((globPattern) => ({ globPattern }));
    void this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch(() => undefined);
  }

  private rootOf(file: string): string | null {
    return this.workspaceRoots.filter((root) => file.startsWith(root)).sort((a, b) => b.length - a.length)[0] ?? null;
  }

  private load(file: string): LoadedConfig {
    let mtimeMs = -1;
    try {
      mtimeMs = fs.statSync(file).mtimeMs;
    } catch {
      // Missing (e.g. a wrong layerwise.hadolintConfig path): readConfig reports it.
    }
    const cached = this.files.get(file);
    if (cached && cached.mtimeMs === mtimeMs) return cached.loaded;
    const loaded = readConfig(file);
    this.files.set(file, { mtimeMs, loaded });
    this.publishProblems(loaded);
    return loaded;
  }

  /** A broken config file gets diagnostics of its own; a fixed one has them cleared. */
  private publishProblems(loaded: LoadedConfig): void {
    const uri = pathToFileURL(loaded.file).toString();
    if (loaded.problems.length === 0 && !this.published.has(uri)) return;
    const lines = new LineIndex(loaded.text);
    const diagnostics: Diagnostic[] = loaded.problems.map((p) => ({
      range: p.span ? { start: lines.positionAt(p.span.start), end: lines.positionAt(p.span.end) } : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      source: 'layerwise',
      code: 'hadolint-config',
      message: p.message,
    }));
    if (diagnostics.length > 0) this.published.add(uri);
    else this.published.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics });
  }
}
