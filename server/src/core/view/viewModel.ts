/** What the layer picture shows, derived from the LayerModel alone: stage columns, blocks, arrows, containers. */
import { formatSize } from '../image/size';
import type { ContainerInfo, LayerInstruction, LayerModel, LayerStage, ViewFinding } from '../../protocol';

export type StageRole = 'target' | 'ships' | 'build-only';

export interface LayerBlock {
  /** Stable id within one picture (`s1-l3`): arrows point at it. */
  readonly id: string;
  readonly stage: number;
  /** 0-based index among the layers this Dockerfile puts in the stage's image. */
  readonly layerIndex: number;
  readonly keyword: string;
  /** The instruction's one-line text; the layout shortens it to the block's width. */
  readonly label: string;
  readonly line: number;
  readonly endLine: number;
  /** Human size (`12.5 MB`) when the model knows the layer's bytes. */
  readonly size: string | null;
  /** The layer's bytes over the largest block's in the picture (0..1): the width of its size bar. */
  readonly share: number | null;
  readonly findings: readonly ViewFinding[];
  readonly fromStage: number | null;
  readonly fromImage: string | null;
  readonly link: boolean;
  readonly mounts: readonly string[];
  /** Line of the base stage's ONBUILD that runs this layer. */
  readonly onbuildLine: number | null;
}

export interface ConfigEntry {
  readonly keyword: string;
  readonly label: string;
  readonly line: number;
  readonly endLine: number;
  readonly findings: readonly ViewFinding[];
}

export interface StageColumn {
  readonly stage: number;
  /** The `AS` name, or `#index`. */
  readonly name: string;
  readonly baseImage: string;
  readonly role: StageRole;
  readonly line: number;
  /** The collapsed block of the external base image: its layer count, or null when unknown offline, and its real size. */
  readonly base: { readonly image: string; readonly count: number | null; readonly size: string | null; readonly share: number | null };
  /** The collapsed block of layers built by an earlier stage this one starts from (`FROM build`). */
  readonly inherited: { readonly fromStage: number; readonly fromName: string; readonly count: number } | null;
  /** Layers made by this stage's own instructions, bottom first. */
  readonly layers: readonly LayerBlock[];
  /** Metadata-only instructions: the config card. */
  readonly config: readonly ConfigEntry[];
  /** Findings on the FROM line. */
  readonly findings: readonly ViewFinding[];
}

export interface CopyArrow {
  readonly fromStage: number;
  /** Id of the block the copy creates. */
  readonly toBlock: string;
  readonly kind: 'copy' | 'mount';
}

export interface LayerView {
  readonly columns: readonly StageColumn[];
  /** Index into columns of the target stage; -1 when the file has no stage or the target is not drawn. */
  readonly target: number;
  /** Name of the target stage (drawn or not); null when the file has no stage. */
  readonly targetName: string | null;
  readonly arrows: readonly CopyArrow[];
  /** How many hypothetical containers to draw when the real ones are not known. */
  readonly containers: number;
  /** The real containers of the inspected image (engine sources), or null when not known: then `containers` are drawn. */
  readonly realContainers: readonly ContainerCard[] | null;
  /** Where the real data came from (`docker:app:1`), when an image is attached. */
  readonly imageSource: string | null;
  /** Paths declared with VOLUME in the stages of the shipped image. */
  readonly volumes: readonly string[];
  readonly finalLayers: number;
  readonly finalBaseLayers: number | null;
  readonly targetNotFound: string | null;
  /** Findings on lines outside every stage (global ARG, parser problems before FROM). */
  readonly unplaced: readonly ViewFinding[];
}

/** A real container above the image: its own read-write layer's size, as the engine reports it. */
export interface ContainerCard {
  readonly id: string;
  readonly name: string;
  readonly state: string;
  readonly running: boolean;
  /** Human size of its read-write layer (`SizeRw`). */
  readonly sizeRw: string;
}

export interface ViewOptions {
  readonly containers: number;
  readonly findings: readonly ViewFinding[];
}

export const MIN_CONTAINERS = 1;
export const MAX_CONTAINERS = 6;
export const DEFAULT_CONTAINERS = 2;

export function clampContainers(n: number): number {
  if (!Number.isFinite(n)) return DEFAULT_CONTAINERS;
  return Math.min(MAX_CONTAINERS, Math.max(MIN_CONTAINERS, Math.round(n)));
}

export function buildLayerView(model: LayerModel, options: ViewOptions): LayerView {
  const placed = new Set<ViewFinding>();
  const take = findingsByLine(options.findings, placed);
  const largest = largestBlockBytes(model);
  const columns = model.stages.map((stage) => toColumn(stage, model.stages, take, largest));
  const arrows: CopyArrow[] = [];
  for (const column of columns) {
    for (const block of column.layers) {
      if (block.fromStage === null || !model.stages[block.fromStage]) continue;
      arrows.push({ fromStage: block.fromStage, toBlock: block.id, kind: block.keyword === 'RUN' ? 'mount' : 'copy' });
    }
  }
  return {
    columns,
    target: model.finalImage.stage,
    targetName: columns[model.finalImage.stage]?.name ?? null,
    arrows,
    containers: clampContainers(options.containers),
    realContainers: model.image?.containers ? containerCards(model.image.containers) : null,
    imageSource: model.image?.source ?? null,
    volumes: shippedVolumes(model),
    finalLayers: model.finalImage.layerCount,
    finalBaseLayers: model.finalImage.baseLayers,
    targetNotFound: model.targetNotFound ?? null,
    unplaced: options.findings.filter((f) => !placed.has(f)),
  };
}

/**
 * `take(line, endLine)`: the findings on those lines not taken yet, in their given order. Indexed by line
 * once, so a picture costs one look-up per line instead of a scan of every finding per block (a long file
 * has both in the thousands).
 */
function findingsByLine(findings: readonly ViewFinding[], placed: Set<ViewFinding>): (line: number, endLine: number) => ViewFinding[] {
  const byLine = new Map<number, number[]>();
  for (const [i, f] of findings.entries()) {
    const list = byLine.get(f.line);
    if (list) list.push(i);
    else byLine.set(f.line, [i]);
  }
  return (line, endLine) => {
    const hits: number[] = [];
    for (let at = line; at <= endLine; at++) for (const i of byLine.get(at) ?? []) if (!placed.has(findings[i])) hits.push(i);
    return hits.sort((a, b) => a - b).map((i) => (placed.add(findings[i]), findings[i]));
  };
}

/** Running first, then by name: the ones doing work now are the ones people look for. */
function containerCards(containers: readonly ContainerInfo[]): ContainerCard[] {
  const cards = containers.map((container) => ({
    id: container.id,
    name: container.name || container.id.slice(0, 12),
    state: container.state || 'unknown',
    running: container.state === 'running',
    sizeRw: formatBytes(container.sizeRw),
  }));
  return cards.sort((a, b) => Number(b.running) - Number(a.running) || a.name.localeCompare(b.name));
}

/** The largest real size among the picture's blocks (layers and collapsed base images): bars are relative to it. */
function largestBlockBytes(model: LayerModel): number {
  let largest = 0;
  for (const stage of model.stages) {
    largest = Math.max(largest, stage.baseSize ?? 0);
    for (const i of stage.instructions) largest = Math.max(largest, i.size ?? 0);
  }
  return largest;
}

function shareOf(bytes: number | undefined, largest: number): number | null {
  if (bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return null;
  return largest > 0 ? Math.min(1, bytes / largest) : 0;
}

/**
 * The view of one stage alone (the view's stage selector): its column only, no arrows (their sources are not
 * drawn; the block's label still names them), the containers only when that stage is the target.
 */
export function onlyStage(view: LayerView, stage: number): LayerView {
  const column = view.columns.findIndex((c) => c.stage === stage);
  if (column < 0) return view;
  return { ...view, columns: [view.columns[column]], target: column === view.target ? 0 : -1, arrows: [] };
}

function toColumn(stage: LayerStage, stages: readonly LayerStage[], take: (line: number, endLine: number) => ViewFinding[], largest: number): StageColumn {
  const from = stage.instructions.find((i) => i.effect === 'stage');
  const findings = take(stage.line, from?.endLine ?? stage.line);
  const layers = stage.instructions
    .filter((i) => i.effect === 'layer' && i.layerIndex !== null)
    .map((i) => toBlock(i, stage, take, largest));
  const config = stage.instructions
    .filter((i) => i.effect === 'metadata')
    .map((i) => ({ keyword: i.keyword, label: i.text, line: i.line, endLine: i.endLine, findings: take(i.line, i.endLine) }));
  const baseStage = stage.baseStage !== null ? stages[stage.baseStage] : undefined;
  return {
    stage: stage.index,
    name: stageName(stage),
    baseImage: stage.baseImage,
    role: stage.isFinal ? 'target' : stage.ships ? 'ships' : 'build-only',
    line: stage.line,
    base: {
      image: rootImage(stage, stages),
      count: stage.baseLayers,
      size: stage.baseSize === undefined ? null : formatBytes(stage.baseSize),
      share: shareOf(stage.baseSize, largest),
    },
    inherited: baseStage && stage.inheritedLayers > 0 ? { fromStage: baseStage.index, fromName: stageName(baseStage), count: stage.inheritedLayers } : null,
    layers,
    config,
    findings,
  };
}

function toBlock(i: LayerInstruction, stage: LayerStage, take: (line: number, endLine: number) => ViewFinding[], largest: number): LayerBlock {
  // ONBUILD layers are anchored on the FROM line, whose findings already went to the stage.
  const findings = i.onbuildLine === undefined ? take(i.line, i.endLine) : [];
  return {
    id: `s${stage.index}-l${i.layerIndex}`,
    stage: stage.index,
    layerIndex: i.layerIndex ?? 0,
    keyword: i.keyword,
    label: i.onbuildLine === undefined ? i.text : `ONBUILD ${i.text}`,
    line: i.line,
    endLine: i.endLine,
    size: i.size === undefined ? null : formatBytes(i.size),
    share: shareOf(i.size, largest),
    findings,
    fromStage: i.fromStage ?? null,
    fromImage: i.fromImage ?? null,
    link: i.link === true,
    mounts: i.mounts ?? [],
    onbuildLine: i.onbuildLine ?? null,
  };
}

export function stageName(stage: LayerStage): string {
  return stage.name ?? `#${stage.index}`;
}

/** The external image at the bottom of a stage's chain (`FROM build` → build's base, transitively). */
function rootImage(stage: LayerStage, stages: readonly LayerStage[]): string {
  let current = stage;
  for (let hops = 0; current.baseStage !== null && stages[current.baseStage] && hops < stages.length; hops++) {
    current = stages[current.baseStage];
  }
  return current.baseImage;
}

/** VOLUME paths of the target and the stages it builds on: they are the image's declared volumes. */
function shippedVolumes(model: LayerModel): string[] {
  return model.stages
    .filter((s) => s.ships || s.isFinal)
    .flatMap((s) => s.instructions.filter((i) => i.keyword === 'VOLUME'))
    .map((i) => i.text.replace(/^VOLUME\s*/i, '').trim())
    .filter((text) => text.length > 0);
}

/** Sizes as the lenses and the CLI write them (powers of 1000, three significant digits); `?` for nonsense. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '?';
  return formatSize(bytes);
}
