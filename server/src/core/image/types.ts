/**
 * Inputs and output of the real-image analysis. Inputs are what an image source yields (config + per-layer
 * tar entry lists); the output `ImageReport` is the stable JSON of `layerwise image` (DESIGN.md §3).
 */

/** Kind of a tar entry, as far as layer sizes and whiteouts care. */
export type TarEntryType = 'file' | 'dir' | 'symlink' | 'hardlink' | 'char' | 'block' | 'fifo' | 'other';

/** One entry of a layer tar: its path as stored (`./usr/bin/x`, `etc/`), kind, content bytes and link target. */
export interface LayerEntry {
  readonly path: string;
  readonly type: TarEntryType;
  /** Content bytes in the tar (regular files); other kinds carry 0. */
  readonly size: number;
  /** Target of a symlink or hard link. */
  readonly linkTarget?: string;
}

/** One history entry of the image config (`history[]`). */
export interface HistoryEntry {
  readonly createdBy: string;
  readonly emptyLayer: boolean;
  readonly comment?: string;
  readonly created?: string;
}

/** The parts of an image config the analysis reads. */
export interface ImageConfig {
  /** `rootfs.diff_ids`, bottom layer first. */
  readonly diffIds: readonly string[];
  readonly history: readonly HistoryEntry[];
}

/** A container created from the image, as the engine lists it. */
export interface ContainerInfo {
  id: string;
  name: string;
  state: string;
  /** Bytes in the container's own read-write layer. */
  sizeRw: number;
  /** Bytes of the image's layers plus the read-write layer. */
  sizeRootFs: number;
}

export interface ReportLayer {
  index: number;
  diffId: string;
  /** Bytes as `docker history` counts them: regular files plus symlink target lengths. */
  size: number;
  createdBy: string;
  /** 0-based Dockerfile line of the instruction that made the layer; null for base-image layers. */
  line: number | null;
  /** Short text of that instruction (`RUN apt-get update && …`), or null. */
  instruction: string | null;
  /** Extra: bytes of this layer that later layers delete or replace. */
  wastedBytes: number;
  /** Extra: entries in the layer tar. */
  entries: number;
  /** Extra: the history entry's comment (`docker import` and buildah put the origin there), when it has one. */
  comment?: string;
}

export type WasteKind = 'deleted' | 'replaced';

export interface WastedFile {
  /** Absolute path in the image filesystem (`/tmp/big.bin`). */
  path: string;
  bytes: number;
  how: WasteKind;
  addedInLayer: number;
  hiddenInLayer: number;
  addedLine: number | null;
  hiddenLine: number | null;
}

/** The stable JSON of `layerwise image` (DESIGN.md §3); extra fields: `warnings`, per-layer extras. */
export interface ImageReport {
  source: string;
  id: string;
  tags: string[];
  layers: ReportLayer[];
  totalSize: number;
  visibleSize: number;
  wastedBytes: number;
  efficiency: number;
  wasted: WastedFile[];
  containers: ContainerInfo[];
  /** Why the join of layers to Dockerfile lines is uncertain (counts differ, history malformed, ...). */
  warnings: string[];
}
