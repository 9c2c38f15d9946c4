/**
 * `layerwise build [--json] [--tag T] [--target STAGE] FILE [CONTEXT]`: builds FILE with the user's builder
 * (LAYERWISE_BUILD_COMMAND overrides it, `engine` forces the Engine API; LAYERWISE_BUILD_NETWORK sets the
 * RUN network), then prints the ImageReport of the result joined to FILE. CONTEXT defaults to FILE's folder.
 * The builder's own output goes to stderr so that `--json` output stays clean.
 */
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { buildImageReport } from '../core/image';
import { buildImage } from '../engine/build';
import { readEngineImage } from '../engine/dockerImage';
import { processHostEnvironment, resolveEngineEndpoint } from '../engine/dockerHost';
import { EngineClient } from '../engine/engineApi';
import { describeError, ImageSourceError } from '../engine/errors';
import { analyzeModel, dockerfileModel, type ModelBuilder } from './image';
import { formatImageReport } from './imageText';
import { CliError, EXIT, parseCommandLine, type CliIo } from './io';

export async function runBuildCommand(argv: string[], io: CliIo, buildModel: ModelBuilder = analyzeModel): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    json: { type: 'boolean', default: false },
    tag: { type: 'string', short: 't' },
    target: { type: 'string' },
  });
  if (positionals.length < 1 || positionals.length > 2) throw new CliError('build needs a Dockerfile and optionally a CONTEXT directory');
  const [file, context = dirname(file)] = positionals;
  if (file === '-') throw new CliError('build needs a Dockerfile path, not stdin');
  const model = await dockerfileModel(file, values.target, io, buildModel);
  if (!(await stat(context).then((s) => s.isDirectory(), () => false))) throw new CliError(`${context}: not a directory (build context)`);
  try {
    const client = new EngineClient(resolveEngineEndpoint(processHostEnvironment()));
    const built = await buildImage(
      { dockerfile: file, context, tag: values.tag, target: values.target, command: process.env.LAYERWISE_BUILD_COMMAND, network: process.env.LAYERWISE_BUILD_NETWORK },
      client,
      (text) => io.err(text),
    );
    io.err(`layerwise build: built ${built.imageId} with ${built.builder}\n`);
    const { data, containers } = await readEngineImage(client, built.imageId);
    const report = buildImageReport({ source: `docker:${values.tag ?? built.imageId}`, ...data, model, containers });
    io.out(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatImageReport(report));
    return EXIT.ok;
  } catch (error) {
    throw new CliError(error instanceof ImageSourceError ? error.message : describeError(error));
  }
}
