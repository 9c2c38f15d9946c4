/**
 * The one typed contract between the Layerwise server, the VS Code client and the layer webview.
 * Pure types and method names: no imports, so the core, the client and the webview bundle can all read it.
 * The JSON shapes marked "stable" are public (DESIGN.md §3): add fields, never rename or change meaning.
 */

// ---------------------------------------------------------------------------------------------------------------
// Layer model (stable)

/** What an instruction does to the image: a new filesystem layer, config only, or the start of a stage. */
export type LayerEffect = 'layer' | 'metadata' | 'stage';

export interface LayerInstruction {
  /** Instruction keyword in upper case (`RUN`, `COPY`, ...). For ONBUILD triggers run by FROM, the trigger's. */
  keyword: string;
  /** 0-based line of the instruction's keyword. */
  line: number;
  effect: LayerEffect;
  /**
   * 0-based index of the layer this instruction creates, counted over the layers this Dockerfile puts in
   * the stage's image (layers inherited from earlier stages first; the external base image's own layers
   * are not counted). Null when the instruction makes no layer.
   */
  layerIndex: number | null;
  /** 0-based line of the instruction's last line (continuations and heredocs included). */
  endLine: number;
  /** Short one-line text of the instruction for labels (`RUN apt-get update && …`). */
  text: string;
  /** For `COPY --from` / `RUN --mount=from=`: the stage index it reads from, when it names a stage. */
  fromStage?: number;
  /** For `COPY --from=image`: the external image it copies from. */
  fromImage?: string;
  /** `COPY --link` / `ADD --link`: an independent layer that survives changes of the layers below. */
  link?: boolean;
  /** `RUN --mount=type=cache|secret|bind|ssh|tmpfs`: mount types whose content is not stored in the layer. */
  mounts?: string[];
  /** Set on layers run by an ONBUILD trigger of the base stage: the line of that ONBUILD. */
  onbuildLine?: number;
  /** Bytes in this layer, when known from real image data (never guessed): an inspected image attached and not stale. */
  size?: number;
  /** Bytes of this layer that later layers delete or replace (still shipped), when an image is attached. */
  wastedBytes?: number;
}

export interface LayerStage {
  /** The `AS` name, or null when unnamed. */
  name: string | null;
  /** 0-based stage number. */
  index: number;
  /** The FROM argument as written (`node:20`, `scratch`, `build`, `${BASE}`). */
  baseImage: string;
  /** Layers of the external base image at the bottom of this stage's chain: 0 for scratch, null when unknown. */
  baseLayers: number | null;
  /** Bytes in those base layers, when known from real image data (an inspected image attached and not stale). */
  baseSize?: number;
  /** Layers this file created in earlier stages that this stage builds on (`FROM earlierStage`, transitively). */
  inheritedLayers: number;
  /** True for the target stage (last, or `layerwise.target` / `--target`). */
  isFinal: boolean;
  instructions: LayerInstruction[];
  /** Layers created by this stage's own instructions. */
  layerCount: number;
  /** Index of the earlier stage used as base (`FROM build`), or null for an external image / scratch. */
  baseStage: number | null;
  /** True when the stage's layers end up in the shipped image (the target or a stage it builds on). */
  ships: boolean;
  /** 0-based lines where the stage starts (its FROM) and ends. */
  line: number;
  endLine: number;
}

export interface LayerModel {
  stages: LayerStage[];
  finalImage: {
    /** 0-based index of the target stage; -1 when the file has no stage. */
    stage: number;
    /** The final stage's inheritedLayers + layerCount: every layer this Dockerfile puts in the shipped image. */
    layerCount: number;
    baseLayers: number | null;
    /** Bytes in the base image's layers, when known from real image data. */
    baseSize?: number;
  };
  /** Set when `layerwise.target` / `--target` names a stage that does not exist (the last stage is used). */
  targetNotFound?: string;
  /** The inspected or built image attached to this document, when there is one. */
  image?: AttachedImage;
}

export interface AttachedImage {
  /** The SOURCE it was read from (`docker:app:1`, `docker-archive:/tmp/app.tar`). */
  source: string;
  id: string;
  totalSize: number;
  /** True when the Dockerfile changed after the inspection: per-line sizes are then left out. */
  stale: boolean;
  /**
   * The real containers of the image with their read-write layer sizes, for images read from the engine
   * (`docker:` sources); absent for archives and OCI layouts, which know no containers. Kept when stale:
   * the containers still run that image.
   */
  containers?: ContainerInfo[];
}

// ---------------------------------------------------------------------------------------------------------------
// Image report (stable JSON of `layerwise image`, DESIGN.md §3)

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

/** One path a container changed on top of its image (`GET /containers/{id}/changes`). */
export type ChangeKind = 'added' | 'changed' | 'deleted';

export interface ContainerChange {
  /** Absolute path in the container's filesystem. */
  path: string;
  kind: ChangeKind;
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


// ---------------------------------------------------------------------------------------------------------------
// Custom LSP methods

/** Request `layerwise/layers`: params `{ textDocument: { uri } }`, result `LayerModel | null` (stable). */
export const LAYERS_REQUEST = 'layerwise/layers';

export interface LayersParams {
  textDocument: { uri: string };
}

/** Notification server → client: the layer model of a document changed (sent after each reparse). */
export const LAYERS_CHANGED_NOTIFICATION = 'layerwise/layersChanged';

export interface LayersChangedParams {
  uri: string;
  version: number;
  model: LayerModel;
  /**
   * Only to a client that sent `layerwise/watchLayers`: set when this is a change of the model notified for
   * version `since`; then `model.stages` is empty and `stages` holds the change, as in the webview's modelChange.
   */
  since?: number;
  stages?: (StagePatch | null)[];
}

/**
 * Notification client → server: the one document whose layersChanged the client wants (null: none), as
 * changes of the model notified before. Until a client sends it, every document's full model is notified.
 */
export const WATCH_LAYERS_NOTIFICATION = 'layerwise/watchLayers';

export interface WatchLayersParams {
  uri: string | null;
}

/** Request `layerwise/inspectImage`: reads SOURCE, joins it to the document, keeps it; result `ImageReport`. */
export const INSPECT_IMAGE_REQUEST = 'layerwise/inspectImage';

export interface InspectImageParams {
  textDocument: { uri: string };
  /** `docker:REF`, `docker-archive:PATH`, `oci:DIR[:REF]` or a bare path. */
  source: string;
}

/** Request `layerwise/buildImage`: builds the document with the user's builder, then as inspectImage. */
export const BUILD_IMAGE_REQUEST = 'layerwise/buildImage';

export interface BuildImageParams {
  textDocument: { uri: string };
  tag?: string;
  target?: string;
  /** Builder command (`docker build`, `podman build`, `engine`); empty or absent: auto. */
  command?: string;
}

/** Request `layerwise/listImages`: the engine's local images, result `LocalImage[]`. */
export const LIST_IMAGES_REQUEST = 'layerwise/listImages';

export interface LocalImage {
  id: string;
  tags: string[];
  size: number;
  /** Seconds since the epoch. */
  created: number;
}

/**
 * Request `layerwise/containerChanges`: what a container of the document's inspected image added, changed
 * and deleted in its read-write layer, asked of the engine on demand. Only containers the attached report
 * lists are answered. Result `ContainerChange[]`.
 */
export const CONTAINER_CHANGES_REQUEST = 'layerwise/containerChanges';

export interface ContainerChangesParams {
  textDocument: { uri: string };
  /** The engine's full container id, as in `ContainerInfo.id`. */
  containerId: string;
}

/** Client command that opens the layer view; the final-image CodeLens runs it. */
export const SHOW_LAYERS_COMMAND = 'layerwise.showLayers';

/** Settings the server reads under `layerwise.*`. */
export interface LayerwiseSettings {
  target: string | null;
  codeLens: { enabled: boolean };
  /** `layerwise.rules`: severity per rule id (or alias): `off`, `error`, `warning`, `info`, `hint`. */
  rules: Record<string, 'off' | 'error' | 'warning' | 'info' | 'hint'>;
  /** `layerwise.hadolintConfig`: path of a `.hadolint.yaml` to use instead of the nearest one. */
  hadolintConfig: string | null;
  /** `layerwise.buildkitCheck`: BuildKit check options (`skip=…;error=true`) replacing the file's `# check=`. */
  buildkitCheck: string | null;
  inlayHints: { enabled: boolean };
}

export const DEFAULT_SETTINGS: LayerwiseSettings = {
  target: null,
  codeLens: { enabled: true },
  rules: {},
  hadolintConfig: null,
  buildkitCheck: null,
  inlayHints: { enabled: true },
};

// ---------------------------------------------------------------------------------------------------------------
// Layer view: messages between the extension host and the layer webview (postMessage, JSON)

/** A finding shown on the layer of the instruction it is about (from diagnostics with source `layerwise`). */
export interface ViewFinding {
  /** 0-based line the finding starts on. */
  line: number;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  code?: string;
}

export type ExportFormat = 'svg' | 'png';

/**
 * Stage i of a `modelChange`: its fields, and its instructions as the ones posted before with the range
 * `[head, length - tail)` replaced by `instructions`.
 */
export interface StagePatch {
  fields: Omit<LayerStage, 'instructions'>;
  head: number;
  tail: number;
  instructions: LayerInstruction[];
}

/** Host → webview. */
export type HostMessage =
  | { type: 'model'; uri: string; fileName: string; version: number; model: LayerModel; findings: ViewFinding[] }
  /**
   * A new version as a change of the one posted before (`since`): `stages[i]` is null where stage i did not
   * change, else a patch of it, so a keystroke sends the instruction it changed, not every stage again.
   * `model.stages` is empty; `findings` is null when they are the ones posted last.
   */
  | { type: 'modelChange'; uri: string; fileName: string; version: number; since: number; model: LayerModel; stages: (StagePatch | null)[]; findings: ViewFinding[] | null }
  | { type: 'findings'; uri: string; findings: ViewFinding[] }
  | { type: 'cursor'; line: number | null }
  | { type: 'empty'; reason: string }
  /** Asks the webview to export its picture (the command palette route to the toolbar's buttons). */
  | { type: 'requestExport'; format: ExportFormat }
  /** The answer to an `openContainer`: the container's changes, or why they could not be read. */
  | { type: 'containerChanges'; id: string; changes: ContainerChange[] }
  | { type: 'containerChangesFailed'; id: string; reason: string };

/** Webview → host. Untrusted: the host validates each one with `parseViewMessage` before use. */
export type ViewMessage =
  | { type: 'ready' }
  /** The user picked the instruction at `line` (click, Enter): reveal and select it in the editor. */
  | { type: 'reveal'; line: number }
  /** The picture, serialized: SVG markup, or a `data:image/png;base64,` URL for PNG. */
  | { type: 'export'; format: ExportFormat; data: string }
  /** The user opened a real container (click, Enter): fetch its changes from the engine. */
  | { type: 'openContainer'; id: string }
  /**
   * Sent after each render, for tests and latency measurement: the picture's layer blocks, how many of them
   * have DOM nodes (a long stack draws only what is near the viewport), the time spent building the DOM,
   * the wait from the model's arrival to the render, when the model arrived and when the DOM update ended (epoch ms).
   */
  | { type: 'rendered'; version: number; layerBlocks: number; drawnBlocks: number; drawMs: number; waitMs: number; receivedAt: number; drawnAt: number };
