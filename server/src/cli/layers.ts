/** `layerwise layers [--json | --format text|json|svg] [--target STAGE] FILE` */
import * as path from 'node:path';
import { analyze } from '../core/analysis';
import { renderLayerSvg } from '../core/view';
import type { LayerModel, LayerStage } from '../protocol';
import { CliError, EXIT, parseCommandLine, readDockerfile, type CliIo } from './io';

export async function runLayers(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    json: { type: 'boolean', default: false },
    format: { type: 'string' },
    target: { type: 'string' },
  });
  if (positionals.length !== 1) throw new CliError('layers needs exactly one FILE (or - for stdin)');
  const format = values.format ?? (values.json ? 'json' : 'text');
  if (format !== 'text' && format !== 'json' && format !== 'svg') throw new CliError(`unknown --format "${format}" (text, json or svg)`);
  const file = positionals[0];
  const model = analyze(await readDockerfile(file, io), { target: values.target }).layerModel;
  if (format === 'svg') io.out(renderLayerSvg(model, { title: file === '-' ? 'Dockerfile (stdin)' : path.basename(file) }));
  else io.out(format === 'json' ? `${JSON.stringify(model, null, 2)}\n` : formatStack(model));
  return EXIT.ok;
}

/** A readable stack per stage, top layer first, as an image is usually drawn. */
export function formatStack(model: LayerModel): string {
  const out: string[] = [];
  if (model.targetNotFound) out.push(`warning: no stage named "${model.targetNotFound}"; using the last stage`);
  for (const stage of model.stages) {
    out.push(stageHeading(stage, model));
    const layers = stage.instructions.filter((i) => i.effect === 'layer').reverse();
    for (const layer of layers) out.push(`  [${String(layer.layerIndex! + 1).padStart(2)}] line ${layer.line + 1}: ${layer.text}`);
    if (stage.inheritedLayers > 0) out.push(`  [..] ${stage.inheritedLayers} layer${stage.inheritedLayers === 1 ? '' : 's'} from stage ${stageLabel(model.stages[stage.baseStage!])}`);
    out.push(`  [base] ${stage.baseLayers === null ? `${stage.baseImage}: base layers unknown` : stage.baseLayers === 0 ? 'scratch: no layers' : `${stage.baseImage}: ${stage.baseLayers} layers`}`);
    const config = stage.instructions.filter((i) => i.effect === 'metadata');
    if (config.length > 0) out.push(`  config: ${config.map((i) => `${i.keyword} (line ${i.line + 1})`).join(', ')}`);
    out.push('');
  }
  const f = model.finalImage;
  out.push(f.stage < 0 ? 'No stage: the file has no FROM.' : `Final image (stage ${stageLabel(model.stages[f.stage])}): ${f.layerCount} layer${f.layerCount === 1 ? '' : 's'} from this Dockerfile${f.baseLayers === null ? ' + base image layers (unknown)' : f.baseLayers > 0 ? ` + ${f.baseLayers} base layers` : ''}`);
  return `${out.join('\n')}\n`;
}

function stageHeading(stage: LayerStage, model: LayerModel): string {
  const role = stage.isFinal ? 'target' : stage.ships ? 'ships: the target builds on it' : 'build-only';
  const total = stage.inheritedLayers + stage.layerCount;
  void model;
  return `Stage ${stageLabel(stage)} — FROM ${stage.baseImage} (${role}): ${stage.layerCount} own layer${stage.layerCount === 1 ? '' : 's'}, ${total} in its image`;
}

function stageLabel(stage: LayerStage): string {
  return stage.name ?? `#${stage.index}`;
}
