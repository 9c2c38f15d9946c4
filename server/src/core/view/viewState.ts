/** What the layer webview keeps across hiding and window reloads: VS Code stores it as JSON and hands it back. */
import { clampContainers, DEFAULT_CONTAINERS } from './viewModel';

export interface ViewState {
  readonly containers: number;
  /** The Dockerfile the view followed. */
  readonly uri: string | null;
  /** The stage drawn alone (its name), or null for all stages side by side. */
  readonly stage: string | null;
}

export const DEFAULT_VIEW_STATE: ViewState = { containers: DEFAULT_CONTAINERS, uri: null, stage: null };

/** Reads a saved state from outside (the webview, a reload): anything malformed falls back to the default. */
export function readViewState(raw: unknown): ViewState {
  const value = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Partial<Record<keyof ViewState, unknown>>) : {};
  return {
    containers: typeof value.containers === 'number' ? clampContainers(value.containers) : DEFAULT_VIEW_STATE.containers,
    uri: typeof value.uri === 'string' && value.uri.length > 0 ? value.uri : null,
    stage: typeof value.stage === 'string' && value.stage.length > 0 ? value.stage : null,
  };
}
