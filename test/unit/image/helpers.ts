/** Small builders for image-analysis tests: tar entries, configs and LayerModels written inline. */
import type { LayerInstruction, LayerModel, LayerStage } from '../../../server/src/protocol';
import type { HistoryEntry, ImageConfig, LayerEntry } from '../../../server/src/core/image';

export const file = (path: string, size: number): LayerEntry => ({ path, type: 'file', size });
export const dir = (path: string): LayerEntry => ({ path, type: 'dir', size: 0 });
export const symlink = (path: string, linkTarget: string): LayerEntry => ({ path, type: 'symlink', size: 0, linkTarget });
export const hardlink = (path: string, linkTarget: string): LayerEntry => ({ path, type: 'hardlink', size: 0, linkTarget });
export const whiteout = (path: string): LayerEntry => file(path.replace(/([^/]+)$/, '.wh.$1'), 0);
export const opaque = (dirPath: string): LayerEntry => file(`${dirPath}/.wh..wh..opq`, 0);

export const layerEntry = (createdBy: string): HistoryEntry => ({ createdBy, emptyLayer: false });
export const emptyEntry = (createdBy: string): HistoryEntry => ({ createdBy, emptyLayer: true });

export function config(layerCount: number, history: HistoryEntry[]): ImageConfig {
  return { diffIds: Array.from({ length: layerCount }, (_, i) => `sha256:${String(i).padStart(64, '0')}`), history };
}

/** `[line, keyword, text, effect]` per instruction of one stage, FROM included. */
export type Row = [number, string, string, LayerInstruction['effect']];

export function stage(index: number, rows: Row[], extra: Partial<LayerStage> = {}): LayerStage {
  let layer = 0;
  const instructions = rows.map(([line, keyword, text, effect]) => ({
    keyword,
    line,
    effect,
    layerIndex: effect === 'layer' ? layer++ : null,
    endLine: line,
    text,
  }));
  return {
    name: null,
    index,
    baseImage: 'localhost/bb:latest',
    baseLayers: null,
    inheritedLayers: 0,
    isFinal: false,
    instructions,
    layerCount: layer,
    baseStage: null,
    ships: false,
    line: rows[0]?.[0] ?? 0,
    endLine: rows[rows.length - 1]?.[0] ?? 0,
    ...extra,
  };
}

export function model(stages: LayerStage[], finalStage = stages.length - 1): LayerModel {
  const final = stages[finalStage];
  final.isFinal = true;
  for (let s: number | null = finalStage; s !== null; s = stages[s].baseStage) stages[s].ships = true;
  return {
    stages,
    finalImage: { stage: finalStage, layerCount: final.inheritedLayers + final.layerCount, baseLayers: final.baseLayers },
  };
}
