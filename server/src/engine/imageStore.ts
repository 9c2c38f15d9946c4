/**
 * Finds an image inside an export, whatever holds the files (a directory, or a tar read in one pass):
 * `manifest.json` of `docker save` first, else an OCI `index.json` with nested indexes, picked by ref or
 * by the host platform. Returns the config and every layer's entries, bottom first.
 */
import { createHash } from 'node:crypto';
import { isRecord, readImageConfig, type ImageConfig, type LayerEntry } from '../core/image';
import { ImageSourceError } from './errors';

/** Files of an image export, by path relative to its root (`manifest.json`, `blobs/sha256/<hex>`). */
export interface ImageFiles {
  /** What the export is, for messages (`archive x.tar`, `OCI layout ./oci`). */
  readonly name: string;
  has(path: string): Promise<boolean>;
  readJson(path: string): Promise<unknown>;
  /** Raw bytes of a JSON file, for its digest. */
  readText(path: string): Promise<string>;
  readLayer(path: string): Promise<LayerEntry[]>;
}

export interface ImageData {
  id: string;
  tags: string[];
  config: ImageConfig;
  layers: LayerEntry[][];
}

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

const REF_ANNOTATION = 'org.opencontainers.image.ref.name';
const CONTAINERD_NAME = 'io.containerd.image.name';
const INDEX_TYPES = new Set(['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json']);

export async function readImageFiles(files: ImageFiles, ref: string | undefined, platform: Platform): Promise<ImageData> {
  if (await files.has('manifest.json')) return readDockerArchive(files, ref);
  if (await files.has('index.json')) return readOciLayout(files, ref, platform);
  throw new ImageSourceError(`${files.name} is not an image export: it has neither manifest.json nor index.json`);
}

async function readDockerArchive(files: ImageFiles, ref: string | undefined): Promise<ImageData> {
  const manifest = await files.readJson('manifest.json');
  if (!Array.isArray(manifest) || manifest.length === 0 || !manifest.every(isRecord)) {
    throw new ImageSourceError(`${files.name}: manifest.json lists no image`);
  }
  const tagsOf = (m: Record<string, unknown>): string[] => (Array.isArray(m.RepoTags) ? m.RepoTags.filter(isString) : []);
  const chosen = ref === undefined ? manifest[0] : manifest.find((m) => tagsOf(m).some((t) => sameRef(t, ref)));
  if (!chosen) throw new ImageSourceError(`${files.name} holds no image tagged ${ref}`);
  const configPath = chosen.Config;
  const layerPaths = chosen.Layers;
  if (!isString(configPath) || !Array.isArray(layerPaths) || !layerPaths.every(isString)) {
    throw new ImageSourceError(`${files.name}: manifest.json has no Config or Layers`);
  }
  const config = await readConfig(files, configPath);
  const layers: LayerEntry[][] = [];
  for (const path of layerPaths) layers.push(await files.readLayer(path));
  return { id: `sha256:${await digestOfConfig(files, configPath)}`, tags: tagsOf(chosen), config, layers };
}

async function readOciLayout(files: ImageFiles, ref: string | undefined, platform: Platform): Promise<ImageData> {
  const index = await files.readJson('index.json');
  let descriptors = descriptorsOf(index);
  if (ref !== undefined) {
    descriptors = descriptors.filter((d) => [d.annotations[REF_ANNOTATION], d.annotations[CONTAINERD_NAME]].some((r) => r !== undefined && sameRef(r, ref)));
    if (descriptors.length === 0) throw new ImageSourceError(`${files.name} holds no image with ref ${ref}`);
  }
  const top = pickByPlatform(descriptors, platform);
  if (!top) throw new ImageSourceError(`${files.name}: index.json lists no manifest`);
  const manifest = await resolveManifest(files, top, platform, 0);
  const config = isRecord(manifest.config) ? manifest.config : {};
  if (!isString(config.digest)) throw new ImageSourceError(`${files.name}: the manifest has no config digest`);
  const layerDescriptors = Array.isArray(manifest.layers) ? manifest.layers.filter(isRecord) : [];
  const layers: LayerEntry[][] = [];
  for (const layer of layerDescriptors) {
    if (!isString(layer.digest)) throw new ImageSourceError(`${files.name}: a layer of the manifest has no digest`);
    layers.push(await files.readLayer(blobPath(layer.digest)));
  }
  const tag = top.annotations[CONTAINERD_NAME] ?? top.annotations[REF_ANNOTATION];
  return { id: config.digest, tags: tag ? [tag] : [], config: await readConfig(files, blobPath(config.digest)), layers };
}

interface Descriptor {
  mediaType: string;
  digest: string;
  annotations: Record<string, string>;
  platform?: Platform;
}

async function resolveManifest(files: ImageFiles, descriptor: Descriptor, platform: Platform, depth: number): Promise<Record<string, unknown>> {
  const blob = await files.readJson(blobPath(descriptor.digest));
  if (!isRecord(blob)) throw new ImageSourceError(`${files.name}: blob ${descriptor.digest} is not a JSON object`);
  const isIndex = INDEX_TYPES.has(descriptor.mediaType) || INDEX_TYPES.has(String(blob.mediaType)) || Array.isArray(blob.manifests);
  if (!isIndex) return blob;
  if (depth > 8) throw new ImageSourceError(`${files.name}: indexes nested too deep`);
  const next = pickByPlatform(descriptorsOf(blob), platform);
  if (!next) throw new ImageSourceError(`${files.name}: index ${descriptor.digest} lists no manifest`);
  return resolveManifest(files, next, platform, depth + 1);
}

function descriptorsOf(index: unknown): Descriptor[] {
  const manifests = isRecord(index) && Array.isArray(index.manifests) ? index.manifests.filter(isRecord) : [];
  return manifests.flatMap((m) => {
    if (!isString(m.digest)) return [];
    const annotations = isRecord(m.annotations)
      ? Object.fromEntries(Object.entries(m.annotations).filter((e): e is [string, string] => isString(e[1])))
      : {};
    const p = isRecord(m.platform) ? m.platform : undefined;
    const platform = p && isString(p.os) && isString(p.architecture)
      ? { os: p.os, architecture: p.architecture, ...(isString(p.variant) ? { variant: p.variant } : {}) }
      : undefined;
    return [{ mediaType: isString(m.mediaType) ? m.mediaType : '', digest: m.digest, annotations, ...(platform ? { platform } : {}) }];
  });
}

/** The host's platform when listed, else the first real image (attestations `unknown/unknown` skipped). */
function pickByPlatform(descriptors: Descriptor[], platform: Platform): Descriptor | undefined {
  const images = descriptors.filter((d) => d.platform?.os !== 'unknown' && d.annotations['vnd.docker.reference.type'] !== 'attestation-manifest');
  const same = images.filter((d) => d.platform?.os === platform.os && d.platform.architecture === platform.architecture);
  return same.find((d) => d.platform?.variant === platform.variant) ?? same[0] ?? images[0] ?? descriptors[0];
}

async function readConfig(files: ImageFiles, path: string): Promise<ImageConfig> {
  const result = readImageConfig(await files.readJson(path));
  if (!result.ok) throw new ImageSourceError(`${files.name}: ${result.problem}`);
  return result.config;
}

/** The config's sha256 is the image id; its file name already says it in every export we know. */
async function digestOfConfig(files: ImageFiles, path: string): Promise<string> {
  const named = /([0-9a-f]{64})(?:\.json)?$/.exec(path);
  if (named) return named[1];
  return createHash('sha256').update(await files.readText(path)).digest('hex');
}

export function blobPath(digest: string): string {
  const [algorithm, hex] = digest.split(':');
  return `blobs/${algorithm}/${hex}`;
}

/**
 * Whether a stored name answers to the ref the user gave: `t` means `t:latest`, Docker Hub names may be
 * stored in full (`docker.io/library/t:1`), and an OCI ref annotation may hold just the tag (`kit`).
 */
export function sameRef(candidate: string, ref: string): boolean {
  const withTag = (r: string): string => (/:[^/]+$/.test(r) || r.includes('@') ? r : `${r}:latest`);
  const stored = withTag(candidate);
  const wanted = withTag(ref);
  return [wanted, `docker.io/${wanted}`, `docker.io/library/${wanted}`].includes(stored) || candidate === ref;
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}
