/**
 * Stacks layer entry lists the way overlay filesystems do and records every byte a higher layer hides:
 * whiteouts and opaque directories delete lower content, a later entry at the same path replaces it.
 * Within one layer, deletions apply to the layers below first, then the layer's own entries are added.
 */
import { classifyEntry, entryBytes, type EntryMeaning } from './entries';
import type { LayerEntry, WasteKind } from './types';

interface FsNode {
  /** Null for files, symlinks, links and devices; a map for directories. */
  children: Map<string, FsNode> | null;
  bytes: number;
  layer: number;
}

/** Bytes of one layer's file hidden by a higher layer (line numbers are joined later). */
export interface HiddenFile {
  path: string;
  bytes: number;
  how: WasteKind;
  addedInLayer: number;
  hiddenInLayer: number;
}

export interface StackedLayers {
  /** Per layer: bytes as `docker history` counts them. */
  layerSizes: number[];
  /** Per layer: entries in its tar. */
  entryCounts: number[];
  /** Bytes visible in the final filesystem. */
  visibleSize: number;
  /** Hidden files with bytes > 0, in the order they were hidden. */
  hidden: HiddenFile[];
}

export function stackLayers(layers: readonly (readonly LayerEntry[])[]): StackedLayers {
  const root: FsNode = { children: new Map(), bytes: 0, layer: -1 };
  const hidden: HiddenFile[] = [];
  const layerSizes: number[] = [];
  layers.forEach((entries, layer) => {
    const meanings = entries.map(classifyEntry);
    for (const meaning of meanings) applyDeletion(root, meaning, layer, hidden);
    let size = 0;
    for (const meaning of meanings) {
      if (meaning.kind !== 'add') continue;
      size += entryBytes(meaning.entry);
      addEntry(root, meaning.path, meaning.entry, layer, hidden);
    }
    layerSizes.push(size);
  });
  return { layerSizes, entryCounts: layers.map((l) => l.length), visibleSize: sumBytes(root), hidden };
}

function applyDeletion(root: FsNode, meaning: EntryMeaning, layer: number, hidden: HiddenFile[]): void {
  if (meaning.kind === 'whiteout') {
    const { parent, name } = findParent(root, meaning.path);
    const node = parent?.children?.get(name);
    if (!parent?.children || !node) return;
    parent.children.delete(name);
    collectHidden(node, `/${meaning.path}`, 'deleted', layer, hidden);
  } else if (meaning.kind === 'opaque') {
    const dir = meaning.dir === '' ? root : findNode(root, meaning.dir);
    if (!dir?.children) return;
    for (const [name, child] of dir.children) collectHidden(child, `${prefix(meaning.dir)}${name}`, 'deleted', layer, hidden);
    dir.children.clear();
  }
}

function addEntry(root: FsNode, path: string, entry: LayerEntry, layer: number, hidden: HiddenFile[]): void {
  const names = path.split('/');
  let dir = root;
  for (let i = 0; i < names.length - 1; i++) dir = ensureDir(dir, names[i], names.slice(0, i + 1).join('/'), layer, hidden);
  const name = names[names.length - 1];
  const children = dir.children as Map<string, FsNode>;
  const existing = children.get(name);
  if (entry.type === 'dir' && existing?.children) return; // directories merge
  if (existing) collectHidden(existing, `/${path}`, 'replaced', layer, hidden);
  children.set(name, { children: entry.type === 'dir' ? new Map() : null, bytes: entryBytes(entry), layer });
}

/** The directory `name` under `dir`, created implicitly when missing; a file in its way is replaced. */
function ensureDir(dir: FsNode, name: string, path: string, layer: number, hidden: HiddenFile[]): FsNode {
  const children = dir.children as Map<string, FsNode>;
  const existing = children.get(name);
  if (existing?.children) return existing;
  if (existing) collectHidden(existing, `/${path}`, 'replaced', layer, hidden);
  const created: FsNode = { children: new Map(), bytes: 0, layer };
  children.set(name, created);
  return created;
}

function collectHidden(node: FsNode, path: string, how: WasteKind, layer: number, hidden: HiddenFile[]): void {
  if (node.children) {
    for (const [name, child] of node.children) collectHidden(child, `${path}/${name}`, how, layer, hidden);
  } else if (node.bytes > 0) {
    hidden.push({ path, bytes: node.bytes, how, addedInLayer: node.layer, hiddenInLayer: layer });
  }
}

function findNode(root: FsNode, path: string): FsNode | undefined {
  let node: FsNode | undefined = root;
  for (const name of path.split('/')) node = node?.children?.get(name);
  return node;
}

function findParent(root: FsNode, path: string): { parent: FsNode | undefined; name: string } {
  const slash = path.lastIndexOf('/');
  return slash < 0
    ? { parent: root, name: path }
    : { parent: findNode(root, path.slice(0, slash)), name: path.slice(slash + 1) };
}

function prefix(dir: string): string {
  return dir === '' ? '/' : `/${dir}/`;
}

function sumBytes(node: FsNode): number {
  if (!node.children) return node.bytes;
  let total = 0;
  for (const child of node.children.values()) total += sumBytes(child);
  return total;
}
