import type { LayerEffect } from '../../protocol';
import type { Instruction } from '../syntax';

export type { LayerEffect };

/** One instruction of a stage and what it does to the stage's image. */
export interface Step {
  readonly instruction: Instruction;
  readonly effect: LayerEffect;
  /** Index among this Dockerfile's layers in the stage's image (inherited stage layers first), or null. */
  readonly layerIndex: number | null;
  /** `COPY --from=<stage>` / `RUN --mount=from=<stage>`: the stage read from. */
  readonly fromStage: number | null;
  /** `COPY --from=<image>`: an external image read from. */
  readonly fromImage: string | null;
  /** Mount types of `RUN --mount` (content of these is not stored in the layer). */
  readonly mounts: readonly string[];
  readonly link: boolean;
  /** Set when the step is an ONBUILD trigger of the base stage, run at this stage's FROM. */
  readonly onbuild: Instruction | null;
}

export interface StageModel {
  readonly index: number;
  /** The `AS` name as written, or null. */
  readonly name: string | null;
  readonly from: Instruction;
  /** The FROM image as written. */
  readonly baseImage: string;
  /** The FROM image after substituting ARG defaults declared before the first FROM. */
  readonly resolvedBaseImage: string;
  readonly baseStage: number | null;
  /** Layers of the external image at the bottom of the chain: 0 for scratch, null when unknown. */
  readonly baseLayers: number | null;
  readonly inheritedLayers: number;
  readonly layerCount: number;
  readonly steps: readonly Step[];
  readonly isTarget: boolean;
  /** The target stage or a stage it is built on: its layers are in the shipped image. */
  readonly ships: boolean;
  /** Offset range from the FROM to the end of the stage's last instruction. */
  readonly start: number;
  readonly end: number;
}

/** One name of an ARG before the first FROM. */
export interface GlobalArg {
  readonly name: string;
  /** The default with quotes removed, not expanded; null for `ARG NAME` without one. */
  readonly defaultValue: string | null;
  readonly instruction: Instruction;
}

export interface ImageModel {
  /** Instructions before the first FROM (ARGs that FROM lines may use). */
  readonly preamble: readonly Instruction[];
  /** The ARG declarations of the preamble, in order (a name declared twice appears twice). */
  readonly globalArgs: readonly GlobalArg[];
  /** Name -> default as written ('' when none), the last declaration winning: what FROM lines resolve with. */
  readonly globalDefaults: ReadonlyMap<string, string>;
  readonly stages: readonly StageModel[];
  /** Index of the target stage, or -1 when there is no stage. */
  readonly target: number;
  /** Set when the requested target names no stage; the last stage is used instead. */
  readonly targetNotFound: string | null;
}

export interface ModelOptions {
  /** Stage name or index to treat as the shipped image (`--target`); default the last stage. */
  readonly target?: string | null;
  /** Known layer count of an external base image (from real image data), or null/undefined. */
  readonly baseLayersOf?: (image: string) => number | null | undefined;
}
