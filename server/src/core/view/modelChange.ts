/**
 * A new LayerModel as a change of the one the webview has: only what differs travels. The host keeps each
 * posted stage as JSON (its fields, and each instruction) to compare; a changed stage goes as a patch of its
 * instruction list, so a keystroke sends the one instruction it changed, not the hundreds around it. The
 * webview rebuilds the stages from the ones it drew.
 */
import type { LayerStage, StagePatch } from '../../protocol';

/** What the host keeps of a posted stage to compare the next version with. */
export interface PostedStage {
  readonly stage: LayerStage;
  readonly json: string;
  /** Each instruction as JSON: made only when the stage changed, since most stages of a keystroke do not. */
  instructionJson?: readonly string[];
}

export function postedStage(stage: LayerStage): PostedStage {
  return { stage, json: JSON.stringify(stage) };
}

function instructionJson(posted: PostedStage): readonly string[] {
  posted.instructionJson ??= posted.stage.instructions.map((i) => JSON.stringify(i));
  return posted.instructionJson;
}

/**
 * For each stage of `next`: null where it equals the stage posted at the same index, else a patch that keeps
 * the longest unchanged head and tail of the posted instructions (none for a stage that is new).
 */
export function stageChanges(posted: readonly PostedStage[], next: readonly PostedStage[]): (StagePatch | null)[] {
  return next.map((now, i) => {
    const then = posted[i];
    if (then?.json === now.json) return null;
    const before = then ? instructionJson(then) : [];
    const after = instructionJson(now);
    const shorter = Math.min(before.length, after.length);
    let head = 0;
    while (head < shorter && before[head] === after[head]) head++;
    let tail = 0;
    while (tail < shorter - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
    const { instructions, ...fields } = now.stage;
    return { fields, head, tail, instructions: instructions.slice(head, instructions.length - tail) };
  });
}

/** The full stage list from a change and the stages it is based on; undefined when the change does not fit them. */
export function applyStages(base: readonly LayerStage[], changes: readonly (StagePatch | null)[]): LayerStage[] | undefined {
  const stages: LayerStage[] = [];
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i];
    const before = base[i];
    if (change === null) {
      if (before === undefined) return undefined;
      stages.push(before);
      continue;
    }
    const kept = before?.instructions ?? [];
    const { head, tail } = change;
    // Both sides are ours (server → host → webview): a change that does not fit is a race with a reload.
    if (!(head >= 0 && tail >= 0 && head + tail <= kept.length)) return undefined;
    stages.push({ ...change.fields, instructions: [...kept.slice(0, head), ...change.instructions, ...kept.slice(kept.length - tail)] });
  }
  return stages;
}
