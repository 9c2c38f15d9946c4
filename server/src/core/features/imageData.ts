/**
 * What an inspected image adds to the editor features: real sizes on the layer lenses, the wasted-bytes
 * findings, and sizes in the LayerModel. Pure: analysis + report in, decorated results out.
 */
import type { Analysis } from '../analysis';
import { formatSize } from '../image';
import type { Instruction } from '../syntax';
import type { Finding } from '../rules';
import type { AttachedImage, ImageReport, LayerModel, ReportLayer, WasteKind } from '../../protocol';
import { finalImageTitle, stageTitle, type Lens } from './codeLens';

/** The report kept for a document, and whether the document changed since it was read. */
export interface AttachedReport {
  readonly report: ImageReport;
  readonly stale: boolean;
}

export const WASTED_BYTES_CODE = 'image-wasted-bytes';

/**
 * Layer lenses gain their layer's size, the final-image lens the image's total (or a stale notice), and the
 * lenses of the target's chain the base image's real layer count and bytes instead of "unknown".
 */
export function withImageSizes(lenses: readonly Lens[], analysis: Analysis, attached: AttachedReport | undefined): Lens[] {
  if (!attached) return [...lenses];
  const { report, stale } = attached;
  const byLine = layersByLine(report);
  const base = stale ? null : realBase(analysis.layerModel, report);
  const chain = targetChain(analysis.layerModel);
  const stages = analysis.image.stages;
  return lenses.map((lens) => {
    const stage = stages[lens.stage];
    const realTitle = base !== null && stage !== undefined && chain.has(lens.stage);
    if (lens.kind === 'final-image') {
      const suffix = stale ? ' · image data stale: inspect again' : ` · ${formatSize(report.totalSize)}`;
      const title = realTitle ? finalImageTitle(stage, base) : lens.title;
      return { ...lens, title: `${title}${suffix}`, tooltip: `${lens.tooltip}\n\nImage ${report.source}: ${formatSize(report.totalSize)} in ${report.layers.length} layers, ${formatSize(report.wastedBytes)} wasted.` };
    }
    if (lens.kind === 'stage') return realTitle ? { ...lens, title: stageTitle(stage, stages, base) } : lens;
    if (lens.kind !== 'layer' || stale) return lens;
    const layer = byLine.get(analysis.lines.lineAt(lens.span.start));
    if (!layer) return lens;
    const wasted = layer.wastedBytes > 0 ? ` (${formatSize(layer.wastedBytes)} of it deleted or replaced later)` : '';
    return { ...lens, title: `${lens.title} · ${formatSize(layer.size)}`, tooltip: `${lens.tooltip}\n\nIn ${report.source}: ${formatSize(layer.size)}${wasted}.` };
  });
}

/**
 * The LayerModel with each layer's real size and wasted bytes, the base image's real layers, and the attached
 * image with its containers (engine sources only); sizes left out when stale, containers kept.
 */
export function withImageModel(model: LayerModel, attached: AttachedReport | undefined): LayerModel {
  if (!attached) return model;
  const { report, stale } = attached;
  const image: AttachedImage = { source: report.source, id: report.id, totalSize: report.totalSize, stale };
  if (isEngineSource(report.source)) image.containers = report.containers;
  if (stale) return { ...model, image };
  const byLine = layersByLine(report);
  const stages = model.stages.map((stage) => ({
    ...stage,
    instructions: stage.instructions.map((instruction) => {
      const layer = instruction.effect === 'layer' && stage.ships ? byLine.get(instruction.line) : undefined;
      return layer ? { ...instruction, size: layer.size, wastedBytes: layer.wastedBytes } : instruction;
    }),
  }));
  const base = realBase(model, report);
  if (base === null) return { ...model, stages, image };
  const chain = targetChain(model);
  const real = { baseLayers: base.layers, baseSize: base.size };
  return {
    ...model,
    stages: stages.map((stage) => (chain.has(stage.index) ? { ...stage, ...real } : stage)),
    finalImage: { ...model.finalImage, ...real },
    image,
  };
}

/** The base image's real layers: the image's layers below the ones this file makes, when the join is sure. */
function realBase(model: LayerModel, report: ImageReport): { layers: number; size: number } | null {
  const count = report.layers.length - model.finalImage.layerCount;
  if (model.finalImage.stage < 0 || report.warnings.length > 0 || count < 0) return null;
  return { layers: count, size: report.layers.slice(0, count).reduce((sum, layer) => sum + layer.size, 0) };
}

/** Only the engine knows containers: archives and OCI layouts report none, which is not "no containers". */
function isEngineSource(source: string): boolean {
  return source.startsWith('docker:');
}

/** The target and the stages it is built on (`FROM stage`): all sit on the same external base image. */
function targetChain(model: LayerModel): Set<number> {
  const chain = new Set<number>();
  for (let index: number | null = model.finalImage.stage; index !== null && index >= 0 && !chain.has(index); index = model.stages[index]?.baseStage ?? null) chain.add(index);
  return chain;
}

/** One finding per (adding line, hiding line, how): bytes a layer adds that a later line deletes or replaces. */
export function wastedBytesFindings(analysis: Analysis, attached: AttachedReport | undefined): Finding[] {
  if (!attached || attached.stale) return [];
  const groups = new Map<string, { added: number; hidden: number; how: WasteKind; bytes: number; files: number }>();
  for (const file of attached.report.wasted) {
    if (file.addedLine === null || file.hiddenLine === null || file.bytes === 0) continue;
    const key = `${file.addedLine}:${file.hiddenLine}:${file.how}`;
    const group = groups.get(key) ?? { added: file.addedLine, hidden: file.hiddenLine, how: file.how, bytes: 0, files: 0 };
    group.bytes += file.bytes;
    group.files += 1;
    groups.set(key, group);
  }
  const findings: Finding[] = [];
  for (const group of groups.values()) {
    const adding = instructionAtLine(analysis, group.added);
    const hiding = instructionAtLine(analysis, group.hidden);
    if (!adding || !hiding) continue;
    findings.push({
      ruleId: WASTED_BYTES_CODE,
      alias: null,
      aliases: [],
      message: wastedMessage(group.bytes, group.how, group.hidden, hiding.kind, adding.kind),
      span: adding.keywordSpan,
      severity: 'warning',
      fixes: [],
      related: [{ span: hiding.keywordSpan, message: `${plural(group.files, 'file')} (${formatSize(group.bytes)}) ${group.how === 'deleted' ? 'deleted' : 'overwritten'} here` }],
      tags: [],
    });
  }
  return findings.sort((a, b) => a.span.start - b.span.start);
}

/** "314 MB added here are deleted at line 18 but still shipped: do both in one RUN" (lines 0-based in, 1-based out). */
export function wastedMessage(bytes: number, how: WasteKind, hiddenLine: number, hidingKeyword: string, addingKeyword: string): string {
  const verb = how === 'deleted' ? 'deleted' : 'overwritten';
  const advice = addingKeyword === 'RUN' && hidingKeyword === 'RUN'
    ? 'do both in one RUN'
    : how === 'deleted' ? 'leave these files out of this layer (or use a multi-stage build)' : 'add the files once, in their final form';
  return `${formatSize(bytes)} added here are ${verb} at line ${hiddenLine + 1} but still shipped: ${advice}`;
}

function layersByLine(report: ImageReport): Map<number, ReportLayer> {
  const map = new Map<number, ReportLayer>();
  for (const layer of report.layers) if (layer.line !== null && !map.has(layer.line)) map.set(layer.line, layer);
  return map;
}

function instructionAtLine(analysis: Analysis, line: number): Instruction | undefined {
  for (const stage of analysis.image.stages) {
    if (analysis.lines.lineAt(stage.from.keywordSpan.start) === line) return stage.from;
    for (const step of stage.steps) if (analysis.lines.lineAt(step.instruction.keywordSpan.start) === line) return step.instruction;
  }
  return undefined;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
