/**
 * A new LayerModel as a change of the one the webview has: only the stages that differ travel. The host keeps
 * each posted stage as JSON to compare; the webview fills the gaps from the stages it drew.
 */
import type { LayerStage } from '../../protocol';

/** Stages of `next` with null where the stage's JSON equals the one at the same index in `posted`. */
export function changedStages(posted: readonly string[], next: readonly LayerStage[], nextJson: readonly string[]): (LayerStage | null)[] {
  return next.map((stage, i) => (posted[i] === nextJson[i] ? null : stage));
}

/** The full stage list from a change and the stages it is based on; undefined when a gap has nothing to fill it. */
export function applyStages(base: readonly LayerStage[], changed: readonly (LayerStage | null)[]): LayerStage[] | undefined {
  const stages: LayerStage[] = [];
  for (let i = 0; i < changed.length; i++) {
    const stage = changed[i] ?? base[i];
    if (stage === undefined) return undefined;
    stages.push(stage);
  }
  return stages;
}
