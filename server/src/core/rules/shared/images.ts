/** Image references of FROM and `COPY --from`: resolution of ARG defaults and the tag/digest parts. */
import type { Analysis } from '../../analysis';
import { expandVariables, referencedNames, type StageModel } from '../../model';

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
  const defaults = new Map<string, string>();
  for (const instruction of analysis.image.preamble) {
    if (instruction.kind !== 'ARG') continue;
    for (const pair of instruction.pairs) if (pair.value !== null) defaults.set(pair.key, pair.value.replace(/^(["'])(.*)\1$/s, '$2'));
  }
  const names = referencedNames(image);
  if (names.some((n) => !defaults.has(n))) return null;
  const resolved = expandVariables(image, defaults);
  return resolved.includes('$') ? null : resolved;
}

export function parseImage(reference: string): ImageReference {
  let rest = reference;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | null = null;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const slash = rest.indexOf('/');
  const first = slash < 0 ? '' : rest.slice(0, slash);
  const hasRegistry = first.includes('.') || first.includes(':') || first === 'localhost';
  return {
    registry: hasRegistry ? first : 'docker.io',
    repository: hasRegistry ? rest.slice(slash + 1) : rest,
    tag,
    digest,
  };
}
