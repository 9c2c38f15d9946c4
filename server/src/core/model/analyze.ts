/** Builds the layer model of DESIGN.md §2 from a parsed Dockerfile: stages, effects, layer counts. */
import { type Dockerfile, type Instruction, type InstructionKind } from '../syntax';
import { expandVariables } from './expand';
import { globalDefaults, readGlobalArgs } from './globalArgs';
import { flagValue, isFlagOn, mountsOf } from './flags';
import { readFrom, splitStages, stageFinder } from './stages';
import type { ImageModel, LayerEffect, ModelOptions, StageModel, Step } from './types';

/** Instructions that add a filesystem layer (WORKDIR too, except `WORKDIR /`). */
export function effectOf(instruction: Instruction): LayerEffect {
  const kind: InstructionKind = instruction.kind;
  switch (kind) {
    case 'FROM':
      return 'stage';
    case 'RUN':
    case 'COPY':
    case 'ADD':
      return 'layer';
    case 'WORKDIR':
      return isRootPath(instruction.args.text) ? 'metadata' : 'layer';
    case 'ARG': case 'CMD': case 'ENTRYPOINT': case 'ENV': case 'EXPOSE': case 'HEALTHCHECK': case 'LABEL':
    case 'MAINTAINER': case 'ONBUILD': case 'SHELL': case 'STOPSIGNAL': case 'USER': case 'VOLUME': case 'UNKNOWN':
      return 'metadata';
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

function isRootPath(path: string): boolean {
  return /^(["']?)\/+\1$/.test(path.trim());
}

export function analyzeImage(tree: Dockerfile, options: ModelOptions = {}): ImageModel {
  const { preamble, stages: groups } = splitStages(tree.instructions);
  const globalArgs = readGlobalArgs(preamble);
  const defaults = globalDefaults(globalArgs);
  const clauses = groups.map((g) => readFrom(g[0]));
  const names = clauses.map((c) => c.name);
  const findStage = stageFinder(names);
  const stages: StageModel[] = [];

  groups.forEach((instructions, index) => {
    const clause = clauses[index];
    const resolved = expandVariables(clause.image, defaults);
    const baseStage = findStage(resolved, false, index);
    const base = baseStage === null ? null : stages[baseStage];
    const inheritedLayers = base ? base.inheritedLayers + base.layerCount : 0;
    const baseLayers = base ? base.baseLayers : externalBaseLayers(resolved, options);
    const steps: Step[] = [];
    let layers = 0;
    const addStep = (instruction: Instruction, onbuild: Instruction | null) => {
      const effect = effectOf(instruction);
      const layerIndex = effect === 'layer' ? inheritedLayers + layers++ : null;
      const { fromStage, fromImage, mounts, link } = references(instruction, findStage);
      steps.push({ instruction, effect, layerIndex, onbuild, fromStage, fromImage, mounts, link });
    };
    addStep(instructions[0], null);
    // ONBUILD triggers of a stage used as base run right after FROM, each as its own step.
    if (base) for (const step of base.steps) if (step.instruction.kind === 'ONBUILD' && step.instruction.trigger) addStep(step.instruction.trigger, step.instruction);
    for (const instruction of instructions.slice(1)) addStep(instruction, null);
    const last = instructions[instructions.length - 1];
    stages.push({
      index,
      name: clause.name,
      from: instructions[0],
      baseImage: clause.image,
      resolvedBaseImage: resolved,
      baseStage,
      baseLayers,
      inheritedLayers,
      layerCount: layers,
      steps,
      isTarget: false,
      ships: false,
      start: instructions[0].span.start,
      end: last.span.end,
    });
  });

  const { target, targetNotFound } = chooseTarget(options.target ?? null, names.length - 1, findStage);
  const shipping = new Set<number>();
  for (let s: number | null = target; s !== null && s >= 0 && !shipping.has(s); s = stages[s].baseStage) shipping.add(s);
  return {
    preamble,
    globalArgs,
    globalDefaults: defaults,
    stages: stages.map((s) => ({ ...s, isTarget: s.index === target, ships: shipping.has(s.index) })),
    target,
    targetNotFound,
  };
}

function externalBaseLayers(image: string, options: ModelOptions): number | null {
  if (image.toLowerCase() === 'scratch') return 0;
  return options.baseLayersOf?.(image) ?? null;
}

type FindStage = ReturnType<typeof stageFinder>;

const NO_MOUNTS: readonly string[] = Object.freeze([]);

function references(instruction: Instruction, findStage: FindStage): Pick<Step, 'fromStage' | 'fromImage' | 'mounts' | 'link'> {
  let fromStage: number | null = null;
  let fromImage: string | null = null;
  const from = instruction.kind === 'COPY' || instruction.kind === 'ADD' ? flagValue(instruction, 'from') : null;
  if (from) {
    fromStage = findStage(from, true);
    if (fromStage === null) fromImage = from;
  }
  // Most steps mount nothing: they share one empty list.
  let mounts: string[] | null = null;
  if (instruction.kind === 'RUN' && instruction.flags.length > 0) {
    for (const mount of mountsOf(instruction)) {
      (mounts ??= []).push(mount.get('type') ?? 'bind');
      const mountFrom = mount.get('from');
      if (mountFrom && fromStage === null) fromStage = findStage(mountFrom, true);
    }
  }
  return { fromStage, fromImage, mounts: mounts ?? NO_MOUNTS, link: isFlagOn(instruction, 'link') };
}

function chooseTarget(requested: string | null, last: number, findStage: FindStage): { target: number; targetNotFound: string | null } {
  if (!requested) return { target: last, targetNotFound: null };
  const found = findStage(requested, false);
  return found === null ? { target: last, targetNotFound: requested } : { target: found, targetNotFound: null };
}
