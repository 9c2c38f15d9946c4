/** Reads `layerwise.*` settings from the client, with defaults for clients that send none. */
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, type LayerwiseSettings } from '../protocol';

const RULE_LEVELS = new Set(['off', 'error', 'warning', 'info', 'hint']);

export function normalizeSettings(raw: unknown): LayerwiseSettings {
  const value = (raw ?? {}) as Partial<{ target: unknown; codeLens: { enabled?: unknown }; inlayHints: { enabled?: unknown }; rules: unknown; hadolintConfig: unknown; buildkitCheck: unknown }>;
  return {
    target: nonEmpty(value.target),
    codeLens: { enabled: value.codeLens?.enabled !== false },
    rules: ruleLevels(value.rules),
    hadolintConfig: nonEmpty(value.hadolintConfig),
    buildkitCheck: nonEmpty(value.buildkitCheck),
    inlayHints: { enabled: value.inlayHints?.enabled !== false },
  };
}

function nonEmpty(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** Keeps only `id: level` entries with a known level; anything else in the user's JSON is ignored. */
function ruleLevels(value: unknown): LayerwiseSettings['rules'] {
  const rules: LayerwiseSettings['rules'] = {};
  if (!value || typeof value !== 'object') return rules;
  for (const [id, level] of Object.entries(value)) {
    if (typeof level === 'string' && RULE_LEVELS.has(level)) rules[id] = level as LayerwiseSettings['rules'][string];
  }
  return rules;
}

export class SettingsStore {
  private readonly byUri = new Map<string, LayerwiseSettings>();
  private supported = false;
  private initial: LayerwiseSettings = DEFAULT_SETTINGS;

  constructor(private readonly connection: Connection) {}

  enable(configurationSupported: boolean, initializationOptions: unknown): void {
    this.supported = configurationSupported;
    if (initializationOptions && typeof initializationOptions === 'object' && 'settings' in initializationOptions) {
      this.initial = normalizeSettings((initializationOptions as { settings: unknown }).settings);
    }
  }

  /** Fetches the settings of a document's scope from the client (once per document until invalidated). */
  async load(uri: string): Promise<LayerwiseSettings> {
    if (!this.supported) return this.initial;
    const cached = this.byUri.get(uri);
    if (cached) return cached;
    const raw = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'layerwise' });
    const settings = normalizeSettings(raw);
    this.byUri.set(uri, settings);
    return settings;
  }

  /** Settings already loaded for a document (defaults until loaded). */
  peek(uri: string): LayerwiseSettings {
    return this.byUri.get(uri) ?? this.initial;
  }

  changed(pushed: unknown): void {
    this.byUri.clear();
    if (!this.supported && pushed && typeof pushed === 'object' && 'layerwise' in pushed) {
      this.initial = normalizeSettings((pushed as { layerwise: unknown }).layerwise);
    }
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}
