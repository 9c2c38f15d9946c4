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

// The report shapes live in protocol.ts so the client and the webview can read them too.
export type { ContainerInfo, ImageReport, ReportLayer, WastedFile, WasteKind } from '../../protocol';
