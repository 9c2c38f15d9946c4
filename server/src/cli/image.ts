/**
 * `layerwise image [--json] [--dockerfile FILE] [--target STAGE] [--max-wasted SIZE] [--min-efficiency R] SOURCE`
 * Exit 0, 1 when a threshold is exceeded, 2 for usage, I/O or engine errors (DESIGN.md §3).
 */
import { analyze } from '../core/analysis';
import { buildImageReport, formatSize, parseRatio, parseSize, type ImageReport } from '../core/image';
import { readEngineImage } from '../engine/dockerImage';
import { processHostEnvironment, resolveEngineEndpoint } from '../engine/dockerHost';
import { EngineClient } from '../engine/engineApi';
import { ImageSourceError, describeError } from '../engine/errors';
import { parseImageSource, readLocalImage } from '../engine/imageSource';
import type { LayerModel } from '../protocol';
import { formatImageReport } from './imageText';
import { CliError, EXIT, parseCommandLine, readDockerfile, type CliIo } from './io';

/** Turns Dockerfile text into its LayerModel for a target stage (the core's analysis by default). */
export type ModelBuilder = (text: string, target: string | undefined) => LayerModel;

export const analyzeModel: ModelBuilder = (text, target) => analyze(text, { target }).layerModel;

export interface Thresholds {
  maxWasted?: number;
  minEfficiency?: number;
}

export async function runImageCommand(argv: string[], io: CliIo, buildModel: ModelBuilder = analyzeModel): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    json: { type: 'boolean', default: false },
    dockerfile: { type: 'string' },
    target: { type: 'string' },
    'max-wasted': { type: 'string' },
    'min-efficiency': { type: 'string' },
  });
  if (positionals.length !== 1) throw new CliError('image needs exactly one SOURCE (docker:REF, docker-archive:PATH, oci:DIR[:REF] or a path)');
  if (values.target !== undefined && values.dockerfile === undefined) throw new CliError('--target needs --dockerfile (the stage is looked up in that Dockerfile)');
  const thresholds = readThresholds(values['max-wasted'], values['min-efficiency']);
  const model = values.dockerfile === undefined ? undefined : await dockerfileModel(values.dockerfile, values.target, io, buildModel);
  const report = await readImageReport(positionals[0], model);
  io.out(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatImageReport(report));
  return checkThresholds(report, thresholds, io);
}

export function readThresholds(maxWasted: string | undefined, minEfficiency: string | undefined): Thresholds {
  const thresholds: Thresholds = {};
  if (maxWasted !== undefined) {
    const bytes = parseSize(maxWasted);
    if (bytes === null) throw new CliError(`--max-wasted ${maxWasted}: expected a size such as 20MB, 500kB, 1GiB or 1048576`);
    thresholds.maxWasted = bytes;
  }
  if (minEfficiency !== undefined) {
    const ratio = parseRatio(minEfficiency);
    if (ratio === null) throw new CliError(`--min-efficiency ${minEfficiency}: expected a ratio from 0 to 1 such as 0.95 (or 95%)`);
    thresholds.minEfficiency = ratio;
  }
  return thresholds;
}

export async function dockerfileModel(path: string, target: string | undefined, io: CliIo, buildModel: ModelBuilder): Promise<LayerModel> {
  const model = buildModel(await readDockerfile(path, io), target);
  if (model.targetNotFound !== undefined) throw new CliError(`${path}: no stage named "${model.targetNotFound}"`);
  return model;
}

/** Reads SOURCE and builds its report; every source or engine failure becomes one CliError line. */
export async function readImageReport(sourceText: string, model: LayerModel | undefined): Promise<ImageReport> {
  try {
    const source = await parseImageSource(sourceText);
    if (source.kind === 'docker') {
      const client = new EngineClient(resolveEngineEndpoint(processHostEnvironment()));
      const { data, containers } = await readEngineImage(client, source.ref);
      return buildImageReport({ source: sourceText, ...data, model, containers });
    }
    return buildImageReport({ source: sourceText, ...(await readLocalImage(source)), model });
  } catch (error) {
    if (error instanceof ImageSourceError) throw new CliError(error.message);
    throw new CliError(describeError(error));
  }
}

/** Exit 1 with one line per exceeded threshold; the report was printed already. */
export function checkThresholds(report: ImageReport, thresholds: Thresholds, io: CliIo): number {
  const failures: string[] = [];
  if (thresholds.maxWasted !== undefined && report.wastedBytes > thresholds.maxWasted) {
    failures.push(`wasted ${formatSize(report.wastedBytes)} exceeds --max-wasted ${formatSize(thresholds.maxWasted)}`);
  }
  if (thresholds.minEfficiency !== undefined && report.efficiency < thresholds.minEfficiency) {
    failures.push(`efficiency ${(report.efficiency * 100).toFixed(1)} % is below --min-efficiency ${(thresholds.minEfficiency * 100).toFixed(1)} %`);
  }
  for (const failure of failures) io.err(`layerwise image: ${failure}\n`);
  return failures.length > 0 ? EXIT.findings : EXIT.ok;
}
