import { unquote } from '../syntax';
import type { ShellCommand } from '../shell';
import type { Rule } from './rule';
import { managerOf } from './shared/packages';
import { layerName, runSteps } from './shared/runScripts';

export const copyAllBeforeDeps: Rule = {
  id: 'copy-all-before-deps',
  aliases: [],
  severity: 'info',
  category: 'layers',
  docs: 'docs/rules/copy-all-before-deps.md',
  tier: 1,
  description: 'Whole-context `COPY .` before a dependency install in the same stage: any source edit re-runs the install.',
  check({ analysis, options, report }) {
    const runs = runSteps(analysis, options.nonPosixStages);
    for (const stage of analysis.image.stages) {
      const copyAll = stage.steps.find((s) => !s.onbuild && isWholeContextCopy(s.instruction));
      if (!copyAll) continue;
      const install = runs.find((r) => r.stage === stage && r.instruction.span.start > copyAll.instruction.span.start && r.commands.some(isDependencyInstall));
      if (!install) continue;
      const command = install.commands.find(isDependencyInstall)!;
      report({
        message: `COPY . comes before the dependency install in ${layerName(install.step)}: every edit to any file of the context invalidates the cache from here, so the install re-runs on each build. Copy the manifest and lock files first, install, then copy the rest.`,
        span: copyAll.instruction.span,
        related: [{ span: command.span, message: 'dependency install whose cache this COPY invalidates' }],
      });
    }
  },
};

const DEPENDENCY_PROGRAMS = new Set(['poetry', 'bundle', 'composer', 'pipenv', 'cargo', 'mvn', 'mvnw']);

export function isWholeContextCopy(instruction: import('../syntax').Instruction): boolean {
  if ((instruction.kind !== 'COPY' && instruction.kind !== 'ADD') || instruction.flags.some((f) => f.name.toLowerCase() === 'from')) return false;
  // Sources are every word but the last (the destination).
  if (instruction.json) {
    const elements = instruction.json.elements;
    for (let i = 0; i < elements.length - 1; i++) if (isWholeContext(elements[i].value)) return true;
    return false;
  }
  const words = instruction.words;
  for (let i = 0; i < words.length - 1; i++) if (isWholeContext(unquote(words[i].value))) return true;
  return false;
}

function isWholeContext(source: string): boolean {
  return source === '.' || source === './' || source === '*' || source === './*';
}

function isDependencyInstall(command: ShellCommand): boolean {
  const pkg = managerOf(command);
  // Most commands are none of the programs below: their argument values are read only for those.
  if (!pkg && !DEPENDENCY_PROGRAMS.has(command.program)) return false;
  const args = command.args.map((a) => a.value);
  if (pkg) {
    const action = pkg.action?.value;
    switch (pkg.manager) {
      case 'npm': return action === 'ci' || ((action === 'install' || action === 'i') && pkg.operands.length === 0);
      case 'yarn': return action === undefined || (action === 'install' && pkg.operands.length === 0);
      case 'pnpm': return action === 'install' || action === 'i';
      case 'pip': return action === 'install' && args.some((a) => a === '-r' || a.startsWith('--requirement') || a.startsWith('-r'));
      case 'go': return action === 'mod' && args.includes('download');
      default: return false;
    }
  }
  switch (command.program) {
    case 'poetry': case 'bundle': case 'composer': case 'pipenv': return args[0] === 'install';
    case 'cargo': return args[0] === 'fetch';
    case 'mvn': case 'mvnw': return args.some((a) => a.startsWith('dependency:'));
    default: return false;
  }
}
