/** Serializes the image model into the stable `LayerModel` JSON of protocol.ts (lines instead of offsets). */
import type { LayerInstruction, LayerModel, LayerStage } from '../../protocol';
import type { LineIndex } from '../syntax';
import type { ImageModel, StageModel, Step } from './types';

const LABEL_LENGTH = 72;

export function toLayerModel(model: ImageModel, lines: LineIndex): LayerModel {
  const stages = model.stages.map((s) => toStage(s, lines));
  const target = model.target >= 0 ? model.stages[model.target] : null;
  const result: LayerModel = {
    stages,
    finalImage: {
      stage: model.target,
      layerCount: target ? target.inheritedLayers + target.layerCount : 0,
      baseLayers: target ? target.baseLayers : null,
    },
  };
  if (model.targetNotFound !== null) result.targetNotFound = model.targetNotFound;
  return result;
}

function toStage(stage: StageModel, lines: LineIndex): LayerStage {
  return {
    name: stage.name,
    index: stage.index,
    baseImage: stage.baseImage,
    baseLayers: stage.baseLayers,
    inheritedLayers: stage.inheritedLayers,
    isFinal: stage.isTarget,
    instructions: stage.steps.map((step) => toInstruction(step, lines)),
    layerCount: stage.layerCount,
    baseStage: stage.baseStage,
    ships: stage.ships,
    line: lines.lineAt(stage.start),
    endLine: lines.lineAt(stage.end),
  };
}

function toInstruction(step: Step, lines: LineIndex): LayerInstruction {
  const anchor = step.onbuild ?? step.instruction;
  const result: LayerInstruction = {
    keyword: step.instruction.kind === 'UNKNOWN' ? step.instruction.keyword.toUpperCase() : step.instruction.kind,
    line: lines.lineAt(anchor.keywordSpan.start),
    effect: step.effect,
    layerIndex: step.layerIndex,
    endLine: lines.lineAt(anchor.span.end),
    text: instructionLabel(step),
  };
  if (step.fromStage !== null) result.fromStage = step.fromStage;
  if (step.fromImage !== null) result.fromImage = step.fromImage;
  if (step.link) result.link = true;
  if (step.mounts.length > 0) result.mounts = [...step.mounts];
  if (step.onbuild) result.onbuildLine = lines.lineAt(step.onbuild.keywordSpan.start);
  return result;
}

/** One-line label: keyword, flags and arguments with whitespace collapsed, shortened with an ellipsis. */
export function instructionLabel(step: Pick<Step, 'instruction'>): string {
  const i = step.instruction;
  const flags = i.flags.map((f) => `--${f.name}${f.value === null ? '' : `=${f.value}`}`);
  const text = [i.keyword.toUpperCase(), ...flags, i.args.text].join(' ').replace(/\s+/g, ' ').trim();
  return text.length > LABEL_LENGTH ? `${text.slice(0, LABEL_LENGTH - 1)}…` : text;
}
