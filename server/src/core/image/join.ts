/**
 * Joins real layers to Dockerfile lines. The target stage's chain of instructions (layer-making and
 * metadata alike) is aligned with the tail of the image history; everything before the aligned part is the
 * base image. Aligning on all history entries, not only the layer ones, lets metadata instructions anchor
 * the join and explains instructions that a builder recorded without a layer (legacy WORKDIR, no-op RUN).
 */
import type { LayerInstruction, LayerModel } from '../../protocol';
import { normalizeCommand, parseCreatedBy, type CreatedBy } from './createdBy';
import type { HistoryEntry } from './types';

export interface LayerJoin {
  /** Per layer: the Dockerfile line that made it, or null (base image, or not matched). */
  lines: (number | null)[];
  /** Per layer: the instruction's short text, or null. */
  instructions: (string | null)[];
  warnings: string[];
}

interface Predicted {
  instruction: LayerInstruction;
  args: string;
}

const SCORE_STRONG = 3;
const SCORE_WEAK = 1;
const COST_SKIP = -1;
const COST_EXTRA = -3;

/** Instructions of the target stage and the stages it builds on, bottom stage first, FROMs left out. */
export function shippedInstructions(model: LayerModel): LayerInstruction[] {
  const chain: number[] = [];
  const seen = new Set<number>();
  for (let s: number | null = model.finalImage.stage; s !== null && s >= 0 && !seen.has(s); ) {
    seen.add(s);
    chain.unshift(s);
    s = model.stages[s]?.baseStage ?? null;
  }
  return chain.flatMap((s) => model.stages[s]?.instructions.filter((i) => i.effect !== 'stage') ?? []);
}

/**
 * `historyLayer[h]` is the layer index of history entry h (null for empty entries); `layerCount` the
 * number of layers in the image.
 */
export function joinLayersToLines(
  model: LayerModel,
  history: readonly HistoryEntry[],
  historyLayer: readonly (number | null)[],
  layerCount: number,
): LayerJoin {
  const lines: (number | null)[] = new Array<number | null>(layerCount).fill(null);
  const instructions: (string | null)[] = new Array<string | null>(layerCount).fill(null);
  const warnings: string[] = [];
  const predicted = shippedInstructions(model).map((instruction) => ({ instruction, args: instructionArgs(instruction.text) }));
  const recorded = history.map((h) => parseCreatedBy(h.createdBy));
  const pairs = align(predicted, recorded);
  const predictedLayers = predicted.filter((p) => p.instruction.effect === 'layer').length;
  let joined = 0;
  for (const [p, h] of pairs) {
    const { instruction } = predicted[p];
    const layer = h === null ? null : historyLayer[h];
    if (layer !== null && layer !== undefined) {
      lines[layer] = instruction.line;
      instructions[layer] = instruction.text;
      joined++;
    } else if (instruction.effect === 'layer') {
      warnings.push(noLayerWarning(instruction, h !== null));
    }
  }
  const firstOwn = pairs.find(([, h]) => h !== null)?.[1] ?? history.length;
  const baseLayers = historyLayer.slice(0, firstOwn).filter((l) => l !== null).length;
  for (let h = firstOwn; h < history.length; h++) {
    const layer = historyLayer[h];
    if (layer !== null && layer !== undefined && lines[layer] === null) {
      warnings.push(`layer ${layer} (${history[h].createdBy || 'no created_by'}) matches no instruction of the Dockerfile`);
    }
  }
  const realOwn = layerCount - baseLayers;
  if (predictedLayers !== realOwn || joined !== predictedLayers) {
    warnings.unshift(
      `the Dockerfile predicts ${predictedLayers} layer(s) for the target stage; the image has ${realOwn} after ` +
        `${baseLayers} base-image layer(s), ${joined} joined to a line`,
    );
  }
  return { lines, instructions, warnings };
}

function noLayerWarning(instruction: LayerInstruction, recordedEmpty: boolean): string {
  const where = `line ${instruction.line + 1} (${instruction.keyword})`;
  if (!recordedEmpty) return `${where} made no layer: no history entry matches it`;
  const why =
    instruction.keyword === 'WORKDIR'
      ? ': the legacy builder and buildah make no layer for WORKDIR (BuildKit does, even for an existing directory)'
      : instruction.keyword === 'RUN'
        ? ': the legacy builder makes no layer for a RUN that changes no file'
        : '';
  return `${where} made no layer: the builder recorded it as an empty history entry${why}`;
}

/**
 * Best alignment of predicted instructions with a suffix of the history (dynamic programming):
 * pairs in order, a predicted instruction may have no entry (builder skipped it), a history entry inside
 * the Dockerfile's part may have no instruction (costly), entries before the part are the base image.
 */
function align(predicted: readonly Predicted[], recorded: readonly CreatedBy[]): [number, number | null][] {
  const n = predicted.length;
  const m = recorded.length;
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let j = m - 1; j >= 0; j--) best[n][j] = best[n][j + 1] + COST_EXTRA;
  for (let i = n - 1; i >= 0; i--) {
    best[i][m] = best[i + 1][m] + COST_SKIP;
    for (let j = m - 1; j >= 0; j--) {
      const match = matchScore(predicted[i], recorded[j]);
      best[i][j] = Math.max(
        best[i + 1][j] + COST_SKIP,
        best[i][j + 1] + COST_EXTRA,
        match === null ? -Infinity : best[i + 1][j + 1] + match,
      );
    }
  }
  let start = m;
  for (let j = m - 1; j >= 0; j--) if (best[0][j] > best[0][start]) start = j;
  const pairs: [number, number | null][] = [];
  let i = 0;
  let j = start;
  while (i < n) {
    const match = j < m ? matchScore(predicted[i], recorded[j]) : null;
    if (match !== null && best[i][j] === best[i + 1][j + 1] + match) pairs.push([i++, j++]);
    else if (j < m && best[i][j] === best[i][j + 1] + COST_EXTRA) j++;
    else pairs.push([i++, null]);
  }
  return pairs;
}

function matchScore(predicted: Predicted, recorded: CreatedBy): number | null {
  const keyword = predicted.instruction.keyword;
  if (recorded.keyword !== keyword) return null;
  return argsAgree(keyword, predicted.args, normalizeCommand(recorded.args)) ? SCORE_STRONG : SCORE_WEAK;
}

function argsAgree(keyword: string, predicted: string, recorded: string): boolean {
  if (predicted === '') return false;
  if (keyword === 'COPY' || keyword === 'ADD') {
    const dest = predicted.split(' ').pop() ?? '';
    return recorded.endsWith(` ${dest}`) || recorded === dest;
  }
  if (keyword === 'RUN') {
    const shellForm = execFormAsShell(predicted);
    if (shellForm !== null && recorded.startsWith(shellForm)) return true;
  }
  return recorded.startsWith(predicted);
}

/** `["/bin/sh", "-c", "x"]` → `x`; other exec forms → their words joined by spaces; not JSON → null. */
function execFormAsShell(args: string): string | null {
  if (!args.startsWith('[')) return null;
  try {
    const words: unknown = JSON.parse(args);
    if (!Array.isArray(words) || !words.every((w): w is string => typeof w === 'string')) return null;
    if (words.length === 3 && /sh$/.test(words[0]) && words[1] === '-c') return normalizeCommand(words[2]);
    return normalizeCommand(words.join(' '));
  } catch {
    return null;
  }
}

/** `RUN --mount=type=cache,target=/x apt-get update && …` → `apt-get update &&` (keyword, flags, ellipsis gone). */
export function instructionArgs(text: string): string {
  let rest = normalizeCommand(text.replace(/…$/, '')).replace(/^[A-Za-z]+\s*/, '');
  while (/^--\S+/.test(rest)) rest = rest.replace(/^--\S+\s*/, '');
  return rest.trim();
}
