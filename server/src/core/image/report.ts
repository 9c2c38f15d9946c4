/**
 * Builds the ImageReport (DESIGN.md §3) from what an image source read: the config, every layer's tar
 * entries, and optionally the Dockerfile's LayerModel to join layers to lines. Pure: no I/O.
 */
import type { LayerModel } from '../../protocol';
import { stackLayers } from './filesystem';
import { joinLayersToLines, shippedInstructions, type LayerJoin } from './join';
import type { ContainerInfo, ImageConfig, ImageReport, LayerEntry, ReportLayer, WastedFile } from './types';

export interface ImageReportInput {
  source: string;
  id: string;
  tags: readonly string[];
  config: ImageConfig;
  /** Tar entries of each layer, bottom first, in the order of `config.diffIds`. */
  layers: readonly (readonly LayerEntry[])[];
  model?: LayerModel;
  containers?: readonly ContainerInfo[];
}

export function buildImageReport(input: ImageReportInput): ImageReport {
  const { config } = input;
  const warnings: string[] = [];
  if (config.diffIds.length !== input.layers.length) {
    warnings.push(`the config lists ${config.diffIds.length} diff_ids but the image has ${input.layers.length} layer tars`);
  }
  const stack = stackLayers(input.layers);
  const { createdBy, comments, historyLayer } = pairHistory(config, input.layers.length, warnings);
  const join = input.model ? joinToModel(input.model, config, historyLayer, input.layers.length) : undefined;
  if (join) warnings.push(...join.warnings);
  const lineOf = (layer: number): number | null => join?.lines[layer] ?? null;
  const wastedPerLayer = new Array<number>(input.layers.length).fill(0);
  for (const h of stack.hidden) wastedPerLayer[h.addedInLayer] += h.bytes;
  const layers: ReportLayer[] = input.layers.map((entries, index) => ({
    index,
    diffId: config.diffIds[index] ?? '',
    size: stack.layerSizes[index],
    createdBy: createdBy[index],
    line: lineOf(index),
    instruction: join?.instructions[index] ?? null,
    wastedBytes: wastedPerLayer[index],
    entries: entries.length,
    ...(comments[index] ? { comment: comments[index] } : {}),
  }));
  const wasted: WastedFile[] = stack.hidden
    .map((h) => ({ ...h, addedLine: lineOf(h.addedInLayer), hiddenLine: lineOf(h.hiddenInLayer) }))
    .sort((a, b) => b.bytes - a.bytes || compareText(a.path, b.path) || a.addedInLayer - b.addedInLayer);
  const totalSize = stack.layerSizes.reduce((sum, size) => sum + size, 0);
  return {
    source: input.source,
    id: input.id,
    tags: [...input.tags],
    layers,
    totalSize,
    visibleSize: stack.visibleSize,
    wastedBytes: totalSize - stack.visibleSize,
    efficiency: totalSize === 0 ? 1 : stack.visibleSize / totalSize,
    wasted,
    containers: [...(input.containers ?? [])],
    warnings,
  };
}

/** Pairs the i-th layer with the i-th history entry that is not an empty layer, as Docker does. */
function pairHistory(
  config: ImageConfig,
  layerCount: number,
  warnings: string[],
): { createdBy: string[]; comments: (string | undefined)[]; historyLayer: (number | null)[] } {
  const createdBy = new Array<string>(layerCount).fill('');
  const comments = new Array<string | undefined>(layerCount).fill(undefined);
  let next = 0;
  const historyLayer = config.history.map((h) => {
    if (h.emptyLayer) return null;
    const layer = next++;
    if (layer < layerCount) {
      createdBy[layer] = h.createdBy;
      comments[layer] = h.comment;
    }
    return layer < layerCount ? layer : null;
  });
  if (config.history.length > 0 && next !== layerCount) {
    warnings.push(`the history has ${next} non-empty entries for ${layerCount} layers: created_by may be misattributed`);
  }
  return { createdBy, comments, historyLayer };
}

function joinToModel(model: LayerModel, config: ImageConfig, historyLayer: (number | null)[], layerCount: number): LayerJoin {
  if (config.history.length > 0) return joinLayersToLines(model, config.history, historyLayer, layerCount);
  // Without history there is nothing to align on: the Dockerfile's layers are the topmost ones.
  const own = shippedInstructions(model).filter((i) => i.effect === 'layer');
  const lines = new Array<number | null>(layerCount).fill(null);
  const instructions = new Array<string | null>(layerCount).fill(null);
  const base = Math.max(0, layerCount - own.length);
  own.slice(Math.max(0, own.length - layerCount)).forEach((instruction, k) => {
    lines[base + k] = instruction.line;
    instructions[base + k] = instruction.text;
  });
  const warnings = ['the image config has no history: layers are joined to lines by position from the top'];
  if (own.length > layerCount) warnings.push(`the Dockerfile predicts ${own.length} layers but the image has only ${layerCount}`);
  return { lines, instructions, warnings };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
