/** Image references of FROM and `COPY --from`: resolution of ARG defaults and the tag/digest parts. */
import type { Analysis } from '../../analysis';
import { expandVariables, referencedNames, type StageModel } from '../../model';
import { splitReference } from './imageReference';

export interface ImageReference {
  /** Registry host, or `docker.io` for Docker Hub names. */
  readonly registry: string;
  readonly repository: string;
  readonly tag: string | null;
  readonly digest: string | null;
}

/** The FROM image of a stage with ARG defaults substituted, or null when a variable has no default. */
export function resolvedImage(analysis: Analysis, stage: StageModel): string | null {
  const image = stage.baseImage;
  if (!image.includes('$')) return image;
  // Only ARGs with a default: a name without one makes the image unknown here.
  const defaults = new Map<string, string>();
  for (const arg of analysis.image.globalArgs) if (arg.defaultValue !== null) defaults.set(arg.name, arg.defaultValue);
  const names = referencedNames(image);
  if (names.some((n) => !defaults.has(n))) return null;
  const resolved = expandVariables(image, defaults);
  return resolved.includes('$') ? null : resolved;
}

export interface StageImage {
  /** The FROM image with ARG defaults substituted. */
  readonly image: string;
  readonly ref: ImageReference;
}

// A memo, not state: a stage's FROM never changes, and several rules read its reference on every lint.
const stageImageMemo = new WeakMap<StageModel, StageImage | null>();

/** `resolvedImage` and its parts, read once per stage for all rules; null when a variable has no default. */
export function stageImage(analysis: Analysis, stage: StageModel): StageImage | null {
  let result = stageImageMemo.get(stage);
  if (result === undefined) {
    const image = resolvedImage(analysis, stage);
    result = image === null ? null : { image, ref: parseImage(image) };
    stageImageMemo.set(stage, result);
  }
  return result;
}

export function parseImage(reference: string): ImageReference {
  const { host, path, tag, digest } = splitReference(reference);
  // splitReference also takes an upper-case first component for a host (to report it); here it is a path.
  const registry = host !== null && (/[.:]/.test(host) || host === 'localhost') ? host : null;
  return { registry: registry ?? 'docker.io', repository: registry || host === null ? path : `${host}/${path}`, tag, digest };
}
