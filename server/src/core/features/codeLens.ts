/** CodeLens texts: layer counts above each FROM, and what each instruction does to the image. */
import type { Analysis } from '../analysis';
import { formatSize } from '../image/size';
import type { StageModel, Step } from '../model';
import type { Span } from '../syntax';

export type LensKind = 'stage' | 'final-image' | 'layer' | 'metadata';

export interface Lens {
  readonly kind: LensKind;
  readonly span: Span;
  readonly title: string;
  readonly tooltip: string;
  /** Stage the lens belongs to. */
  readonly stage: number;
  /** Set on the final-image lens: clicking it opens the layer view. */
  readonly opensLayerView?: true;
}

export function codeLenses(analysis: Analysis): Lens[] {
  const lenses: Lens[] = [];
  const { image } = analysis;
  for (const stage of image.stages) {
    const span = stage.from.keywordSpan;
    lenses.push({ kind: 'stage', span, stage: stage.index, title: stageTitle(stage, image.stages, { layers: stage.baseLayers }), tooltip: stageTooltip(stage) });
    if (stage.isTarget) {
      lenses.push({
        kind: 'final-image',
        span,
        stage: stage.index,
        title: finalImageTitle(stage, { layers: stage.baseLayers }),
        tooltip: 'Layers this Dockerfile puts in the shipped image (the target stage and the stages it is built on). Every container of the image shares them read-only. Click to show the layer view.',
        opensLayerView: true,
      });
    }
    for (const step of stage.steps) {
      const lens = stepLens(step, stage);
      if (lens) lenses.push(lens);
    }
  }
  return lenses;
}

function stepLens(step: Step, stage: StageModel): Lens | null {
  const anchor = step.onbuild ? stage.from : step.instruction;
  const span = anchor.keywordSpan;
  const total = stage.inheritedLayers + stage.layerCount;
  switch (step.effect) {
    case 'stage':
      return null;
    case 'layer': {
      const via = step.onbuild ? ` (ONBUILD ${step.instruction.kind} of the base stage)` : '';
      const cached = step.mounts.length > 0 ? ` · --mount=${step.mounts.join(',')} not stored` : '';
      return {
        kind: 'layer',
        span,
        stage: stage.index,
        title: `layer ${step.layerIndex! + 1} of ${total}${via}${cached}`,
        tooltip: 'A new read-only filesystem layer: the files this instruction adds, changes or deletes (as whiteouts). It is cached and reused until this line or its inputs change.',
      };
    }
    case 'metadata':
      return {
        kind: 'metadata',
        span,
        stage: stage.index,
        title: 'metadata only · no layer',
        tooltip: 'Changes the image config (environment, command, user, ports, labels...), not the filesystem: no layer is added.',
      };
  }
}

/** The external base image's layers as a lens tells them: the count (null: unknown offline) and, from real data, their bytes. */
export interface BaseLayers {
  readonly layers: number | null;
  readonly size?: number;
}

export function stageTitle(stage: StageModel, stages: readonly StageModel[], base: BaseLayers): string {
  const name = stage.name ?? `#${stage.index}`;
  const role = stage.isTarget ? '' : stage.ships ? ' (base of the target)' : ' (build-only)';
  const inherited = stage.inheritedLayers > 0 ? ` + ${stage.inheritedLayers} from stage ${stages[stage.baseStage!].name ?? `#${stage.baseStage}`}` : '';
  return `Stage ${name}${role}: ${plural(stage.layerCount, 'layer')}${inherited}${baseSuffix(base)}`;
}

export function finalImageTitle(stage: StageModel, base: BaseLayers): string {
  return `Final image: ${plural(stage.inheritedLayers + stage.layerCount, 'layer')}${baseSuffix(base)}`;
}

function baseSuffix(base: BaseLayers): string {
  if (base.layers === null) return ' (+ base image layers: unknown)';
  if (base.layers === 0) return '';
  const size = base.size === undefined ? '' : ` · ${formatSize(base.size)}`;
  return ` (+ ${plural(base.layers, 'base layer')}${size})`;
}

function stageTooltip(stage: StageModel): string {
  if (stage.isTarget) return 'The target stage: its layers, and those of the stages it is built on, form the shipped image.';
  if (stage.ships) return 'The target stage is built on this stage, so these layers ship too.';
  return 'A build-only stage: it is not shipped; only files copied out of it with COPY --from reach the image.';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
