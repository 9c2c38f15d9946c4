/**
 * `docker:REF`: an image and its containers from the Docker Engine API. The layers' file lists come from
 * `GET /images/{name}/get` (what `docker save` writes), read as it streams.
 */
import { isRecord, type ContainerInfo } from '../core/image';
import type { ChangeKind, ContainerChange } from '../protocol';
import type { EngineClient } from './engineApi';
import { ImageSourceError } from './errors';
import { readImageTar } from './imageSource';
import type { ImageData } from './imageStore';

export interface EngineImage {
  data: ImageData;
  containers: ContainerInfo[];
}

export async function readEngineImage(client: EngineClient, ref: string): Promise<EngineImage> {
  const inspect = await inspectImage(client, ref);
  const id = typeof inspect.Id === 'string' ? inspect.Id : ref;
  const tags = Array.isArray(inspect.RepoTags) ? inspect.RepoTags.filter((t): t is string => typeof t === 'string') : [];
  // Export by id: a tag could move to another image while we read.
  const archive = await client.stream({ path: `/images/${refPath(id)}/get` });
  const data = await readImageTar(archive, `image ${ref} from the Docker engine`);
  return { data: { ...data, id, tags }, containers: await listContainers(client, id) };
}

export async function inspectImage(client: EngineClient, ref: string): Promise<Record<string, unknown>> {
  const inspect = await client.json({ path: `/images/${refPath(ref)}/json` }).catch((error: unknown) => {
    if (error instanceof ImageSourceError && /No such image|not found|404/i.test(error.message)) {
      throw new ImageSourceError(`no such image in the Docker engine at ${client.endpoint.label}: ${ref}`);
    }
    throw error;
  });
  if (!isRecord(inspect)) throw new ImageSourceError(`Docker engine: unexpected answer for image ${ref}`);
  return inspect;
}

/** Every container created from exactly this image (running or not), with its read-write layer size. */
export async function listContainers(client: EngineClient, imageId: string): Promise<ContainerInfo[]> {
  const filters = encodeURIComponent(JSON.stringify({ ancestor: [imageId] }));
  const list = await client.json({ path: `/containers/json?all=1&size=1&filters=${filters}` });
  if (!Array.isArray(list)) return [];
  return list.filter(isRecord).filter((c) => c.ImageID === imageId).map((c) => ({
    id: String(c.Id ?? ''),
    name: Array.isArray(c.Names) && typeof c.Names[0] === 'string' ? c.Names[0].replace(/^\//, '') : '',
    state: typeof c.State === 'string' ? c.State : '',
    sizeRw: typeof c.SizeRw === 'number' ? c.SizeRw : 0,
    sizeRootFs: typeof c.SizeRootFs === 'number' ? c.SizeRootFs : 0,
  }));
}

export type { ChangeKind, ContainerChange };

/** What a container wrote on top of its image (`GET /containers/{id}/changes`): Kind 0 changed, 1 added, 2 deleted. */
export async function containerChanges(client: EngineClient, id: string): Promise<ContainerChange[]> {
  const list = await client.json({ path: `/containers/${encodeURIComponent(id)}/changes` });
  const kinds: ChangeKind[] = ['changed', 'added', 'deleted'];
  if (!Array.isArray(list)) return [];
  return list.filter(isRecord).flatMap((c) => {
    const kind = typeof c.Kind === 'number' ? kinds[c.Kind] : undefined;
    return typeof c.Path === 'string' && kind ? [{ path: c.Path, kind }] : [];
  });
}

/** The engine's own history (`docker history`): newest first, `Size` per entry. */
export async function imageHistory(client: EngineClient, ref: string): Promise<{ createdBy: string; size: number }[]> {
  const list = await client.json({ path: `/images/${refPath(ref)}/history` });
  if (!Array.isArray(list)) return [];
  return list.filter(isRecord).map((h) => ({ createdBy: typeof h.CreatedBy === 'string' ? h.CreatedBy : '', size: typeof h.Size === 'number' ? h.Size : 0 }));
}

/** An image name in a URL path: slashes of `registry/repo:tag` kept, everything else escaped. */
export function refPath(ref: string): string {
  return ref.split('/').map(encodeURIComponent).join('/');
}
