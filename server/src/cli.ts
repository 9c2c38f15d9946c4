/** The `layerwise` command: lint, layers, image, build over the same core as the language server. */
import { runBuildCommand } from './cli/build';
import { runImageCommand } from './cli/image';
import { runLayers } from './cli/layers';
import { runLint } from './cli/lint';
import { CliError, EXIT, processIo, type CliIo } from './cli/io';

type Command = (argv: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  lint: { run: runLint, usage: 'lint [--format text|json|sarif] [--config FILE] [--failure-threshold LEVEL] [--check OPTIONS] [--fix] [--target STAGE] PATH...' },
  layers: { run: runLayers, usage: 'layers [--json | --format text|json|svg] [--target STAGE] FILE' },
  image: {
    run: (argv, io) => runImageCommand(argv, io),
    usage: 'image [--json] [--dockerfile FILE] [--target STAGE] [--max-wasted SIZE] [--min-efficiency R] SOURCE',
  },
  build: { run: (argv, io) => runBuildCommand(argv, io), usage: 'build [--json] [--tag T] [--target STAGE] FILE [CONTEXT]' },
};

const USAGE = `Usage: layerwise <command> [options]\n\nCommands:\n${Object.values(COMMANDS).map((c) => `  layerwise ${c.usage}`).join('\n')}\n\nA FILE or PATH of - reads standard input.\n`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name === undefined ? EXIT.error : EXIT.ok;
  }
  if (name === '--version') {
    io.out(`${process.env.LAYERWISE_VERSION ?? '0.1.0'}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`layerwise: unknown command "${name}"\n${USAGE}`);
    return EXIT.error;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    // Usage and I/O errors are one clear line; anything else is a bug, still without a stack trace.
    const message = error instanceof CliError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    io.err(`layerwise ${name}: ${message}\n`);
    return EXIT.error;
  }
}

if (require.main === module) {
  main(process.argv.slice(2), processIo).then((code) => {
    process.exitCode = code;
  });
}
