/** Builds small image exports in the test: layer tars, `docker save` archives and OCI layouts. */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pack, type Header } from 'tar-stream';

export type TarItem = Partial<Header> & { name: string; body?: string | Buffer };

export async function tarOf(items: TarItem[]): Promise<Buffer> {
  const p = pack();
  const chunks: Buffer[] = [];
  // Read while writing: pack holds back entry callbacks once its buffer is full.
  const done = new Promise<void>((resolve, reject) => {
    p.on('data', (chunk) => chunks.push(chunk as Buffer));
    p.on('end', () => resolve());
    p.on('error', reject);
  });
  for (const { body, ...header } of items) {
    const content = body ?? (header.type === undefined || header.type === 'file' ? '' : null);
    await new Promise<void>((resolve, reject) => {
      const callback = (error?: Error | null): void => (error ? reject(error) : resolve());
      if (content === null) p.entry({ mtime: new Date(0), ...header }, callback);
      else p.entry({ mtime: new Date(0), ...header }, content, callback);
    });
  }
  p.finalize();
  await done;
  return Buffer.concat(chunks);
}

export const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');

export interface TestImage {
  layers: Buffer[];
  history: { created_by: string; empty_layer?: boolean }[];
  tag?: string;
}

export function configOf(image: TestImage): string {
  return JSON.stringify({
    architecture: 'amd64',
    os: 'linux',
    config: { Cmd: ['/bin/sh'] },
    rootfs: { type: 'layers', diff_ids: image.layers.map((l) => `sha256:${sha256(l)}`) },
    history: image.history,
  });
}

/** `docker save` layout of Docker 20.10: `<id>/layer.tar`, a repeated layer as a symlink to the first. */
export async function dockerArchive(image: TestImage, options: { configLast?: boolean } = {}): Promise<Buffer> {
  const config = configOf(image);
  const configName = `${sha256(config)}.json`;
  const items: TarItem[] = [];
  const layerPaths: string[] = [];
  const firstByDiff = new Map<string, string>();
  image.layers.forEach((layer, i) => {
    const dir = sha256(`${i}:${sha256(layer)}`);
    const path = `${dir}/layer.tar`;
    layerPaths.push(path);
    items.push({ name: `${dir}/`, type: 'directory' });
    const first = firstByDiff.get(sha256(layer));
    if (first) items.push({ name: path, type: 'symlink', linkname: `../${first}` });
    else {
      firstByDiff.set(sha256(layer), path);
      items.push({ name: path, body: layer });
    }
  });
  const manifest = JSON.stringify([{ Config: configName, RepoTags: image.tag ? [image.tag] : null, Layers: layerPaths }]);
  const meta: TarItem[] = [{ name: configName, body: config }, { name: 'manifest.json', body: manifest }];
  return tarOf(options.configLast === false ? [...meta, ...items] : [...items, ...meta]);
}

/** OCI image layout in `dir`: gzip layers (uncompressed when `plain`), optional nested index per platform. */
export function ociLayout(dir: string, images: (TestImage & { platform?: { os: string; architecture: string }; plain?: boolean })[], nested: boolean): void {
  mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true });
  const blob = (data: Buffer | string): { digest: string; size: number } => {
    const buffer = Buffer.from(data);
    const hex = sha256(buffer);
    writeFileSync(join(dir, 'blobs', 'sha256', hex), buffer);
    return { digest: `sha256:${hex}`, size: buffer.length };
  };
  const manifests = images.map((image) => {
    const config = blob(configOf(image));
    const layers = image.layers.map((l) => ({
      mediaType: image.plain ? 'application/vnd.oci.image.layer.v1.tar' : 'application/vnd.oci.image.layer.v1.tar+gzip',
      ...blob(image.plain ? l : gzipSync(l)),
    }));
    const manifest = blob(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config }, layers }));
    return {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      ...manifest,
      ...(image.platform ? { platform: image.platform } : {}),
      ...(image.tag && !nested ? { annotations: { 'org.opencontainers.image.ref.name': image.tag } } : {}),
    };
  });
  let top = manifests;
  if (nested) {
    const index = blob(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests }));
    top = [{ mediaType: 'application/vnd.oci.image.index.v1+json', ...index, annotations: { 'org.opencontainers.image.ref.name': 'multi' } }];
  }
  writeFileSync(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  writeFileSync(join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: top }));
}
