import type { ShellCommand } from '../shell';
import type { Rule } from './rule';
import { isInstall, managerOf } from './shared/packages';
import { layerName, runSteps } from './shared/runScripts';

const BUILD_PACKAGES = /^(?:build-essential|gcc|g\+\+|clang|make|cmake|autoconf|automake|libtool|build-base|musl-dev|.*-dev|.*-devel|rust|cargo|golang|golang-go)$/;

export const finalStageCarriesBuildTools: Rule = {
  id: 'final-stage-carries-build-tools',
  aliases: [],
  severity: 'info',
  category: 'layers',
  docs: 'docs/rules/final-stage-carries-build-tools.md',
  tier: 2,
  description: 'The target stage is built FROM an earlier stage that installs build tools, so all of them ship.',
  check({ analysis, options, report }) {
    const { image } = analysis;
    if (image.target < 0) return;
    const target = image.stages[image.target];
    if (target.baseStage === null) return;
    const chain = new Set<number>();
    for (let s: number | null = target.index; s !== null; s = image.stages[s].baseStage) chain.add(s);
    for (const run of runSteps(analysis, options.nonPosixStages)) {
      if (!chain.has(run.stage.index)) continue;
      const tool = firstBuildTool(run.commands);
      if (!tool) continue;
      report({
        message: `The shipped stage is built on ${stageLabel(target.baseStage, image.stages[target.baseStage].name)}, whose ${layerName(run.step)} installs build tooling (${tool}): compilers, headers and caches all ship. Start the final stage from a slim runtime image and COPY --from the built artifacts.`,
        span: target.from.words[0]?.span ?? target.from.keywordSpan,
        related: [{ span: run.instruction.keywordSpan, message: `${tool} is installed here` }],
      });
      return;
    }
  },
};

function firstBuildTool(commands: readonly ShellCommand[]): string | null {
  for (const command of commands) {
    const tool = buildToolOf(command);
    if (tool !== null) return tool;
  }
  return null;
}

function stageLabel(index: number, name: string | null): string {
  return name ? `stage "${name}"` : `stage ${index}`;
}

function buildToolOf(command: ShellCommand): string | null {
  const pkg = managerOf(command);
  if (pkg && isInstall(pkg) && pkg.manager !== 'pip' && pkg.manager !== 'gem' && pkg.manager !== 'go') {
    if (pkg.manager === 'npm' || pkg.manager === 'yarn' || pkg.manager === 'pnpm') return null;
    const hit = pkg.operands.find((w) => !w.opaque && BUILD_PACKAGES.test(w.value.split(/[=<>]/)[0]));
    if (hit) return hit.value;
  }
  if (pkg?.manager === 'npm' && pkg.action?.value === 'ci' && !command.args.some((a) => /^--(?:omit=dev|only=prod(?:uction)?|production)$/.test(a.value))) return 'npm ci with dev dependencies';
  if (pkg?.manager === 'go' && pkg.action?.value === 'build') return 'go build';
  if (command.program === 'cargo' && command.args[0]?.value === 'build') return 'cargo build';
  return null;
}
