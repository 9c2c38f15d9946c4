/** Places a LayerView on a canvas: stage columns side by side, containers above the target, legend below. */
import type { ViewFinding } from '../../protocol';
import { el, type SceneElement, type SceneNode } from './scene';
import type { ConfigEntry, ContainerCard, LayerBlock, LayerView, StageColumn } from './viewModel';

const MARGIN = 16;
const COL_W = 280;
const COL_GAP = 70;
const BLOCK_H = 26;
const FINDING_H = 15;
const BLOCK_GAP = 3;
/** Average advance of a 12px monospace glyph: enough to shorten labels so they fit their block. */
const CHAR_W = 7.4;
const TITLE_H = 40;
const CONTAINER_W = 140;
const CONTAINER_GAP = 12;
const CONTAINER_H = 24;
/** A real container's card: its name, then its state and read-write layer size. */
const REAL_CONTAINER_W = 180;
const REAL_CONTAINER_H = 36;
/** Size bars sit along the bottom edge of a block, as wide as its share of the largest block. */
const BAR_H = 3;
const VOLUME_W = 160;
const VOLUMES_H = 44;
const CONTAINERS_H = VOLUMES_H + 20 + CONTAINER_H + 46;
const HEADER_H = 40;
const CONFIG_ROW_H = 18;

export const LEGEND = [
  'Image layers are read-only, shared by every container of the image.',
  'Each container adds one thin read-write layer: a file it changes is',
  'first copied up from the image into that layer (copy-on-write).',
  'Removing a container deletes its read-write layer and every change',
  'in it; volumes live outside the container and persist.',
] as const;

export interface SceneOptions {
  /** First line of the picture, e.g. the file name. */
  readonly title: string;
  /** CSS embedded in the SVG (exports, CLI); omitted when the page styles the picture. */
  readonly css?: string;
  /** Layer blocks drawn last time: an unchanged block is the same object, so a redraw can skip it. */
  readonly memo?: SceneMemo;
  /**
   * Draw only the items that meet this rectangle (scene units, measured from the picture's top-left corner):
   * a long Dockerfile's picture then costs DOM nodes for what is on screen, not for its 1,000+ blocks.
   * Size, places and arrows stay those of the whole picture.
   */
  readonly clip?: Clip;
  /** Items drawn even outside the clip (the focused one, one about to be revealed), by nav column and row. */
  readonly keep?: (col: number, row: number) => boolean;
  /** Receives the place of every navigable item, drawn or not, in drawing order. */
  readonly places?: NavPlace[];
}

export interface Clip {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** A navigable item of the picture: where it is and which lines it stands for. */
export interface NavPlace {
  readonly col: number;
  readonly row: number;
  readonly line: number;
  readonly endLine: number;
  readonly kind: NavKind;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export type NavKind = 'layer' | 'inherited' | 'base' | 'header' | 'config' | 'container';

export interface SceneMemo {
  get(key: string): SceneElement | undefined;
  set(key: string, element: SceneElement): void;
}

interface Placed {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Decides per item whether it gets elements, and records its place. */
interface Drawer {
  shows(at: Placed, col: number, row: number): boolean;
  place(kind: NavKind, col: number, row: number, line: number, endLine: number, at: Placed): void;
}

function drawer(options: SceneOptions, minY: number): Drawer {
  const { clip, keep, places } = options;
  const meets = (at: Placed): boolean => !clip ||
    (at.x < clip.left + clip.width && at.x + at.w > clip.left && at.y < minY + clip.top + clip.height && at.y + at.h > minY + clip.top);
  return {
    shows: (at, col, row) => meets(at) || (keep?.(col, row) ?? false),
    place: (kind, col, row, line, endLine, at) => places?.push({ col, row, line, endLine, kind, x: at.x, y: at.y, w: at.w, h: at.h }),
  };
}

export function layoutScene(view: LayerView, options: SceneOptions): SceneElement {
  const columns = view.columns;
  const stackHeights = columns.map(stackHeight);
  const maxStack = Math.max(0, ...stackHeights);
  // The stacks stand on y = 0 and grow upwards: a new top layer moves nothing already drawn,
  // so the webview's patch of an edit touches only what changed.
  const stackBottom = 0;
  const minY = stackBottom - maxStack - (view.target >= 0 ? CONTAINERS_H : 0) - TITLE_H - MARGIN;
  const blockBoxes = new Map<string, Placed>();
  const draw = drawer(options, minY);
  const columnTops: number[] = [];
  const nodes: SceneNode[] = [];
  let cardsBottom = stackBottom;

  columns.forEach((column, c) => {
    const x = MARGIN + c * (COL_W + COL_GAP);
    const drawn = drawColumn(column, c, x, stackBottom, blockBoxes, draw, options.memo);
    columnTops.push(stackBottom - stackHeights[c]);
    cardsBottom = Math.max(cardsBottom, drawn.bottom);
    nodes.push(drawn.node);
  });

  let width = MARGIN * 2 + Math.max(1, columns.length) * COL_W + Math.max(0, columns.length - 1) * COL_GAP;
  if (view.target >= 0 && columns[view.target]) {
    const x = MARGIN + view.target * (COL_W + COL_GAP);
    const drawn = drawContainers(view, view.target, x, columnTops[view.target], draw);
    width = Math.max(width, drawn.right + MARGIN);
    nodes.push(drawn.node);
  }
  nodes.push(drawArrows(view, blockBoxes, columnTops));

  const legendTop = cardsBottom + 22;
  const legend = el('g', { class: 'lw-legend-group' },
    ...LEGEND.map((line, i) => el('text', { class: 'lw-legend', x: MARGIN, y: legendTop + i * 16 }, line)));
  width = Math.max(width, MARGIN * 2 + Math.max(...LEGEND.map((l) => l.length)) * 6.8);
  const height = legendTop + LEGEND.length * 16 + MARGIN - minY;

  const title = el('g', {},
    el('text', { class: 'lw-title', x: MARGIN, y: minY + MARGIN + 14 }, options.title),
    el('text', { class: 'lw-sub', x: MARGIN, y: minY + MARGIN + 31 }, summary(view)));
  const defs = el('defs', {},
    el('marker', { id: 'lw-head', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
      el('path', { class: 'lw-arrowhead', d: 'M0,0 L10,5 L0,10 z' })));
  const children: SceneNode[] = [];
  if (options.css !== undefined) children.push(el('style', {}, options.css));
  children.push(defs, el('rect', { class: 'lw-bg', x: 0, y: minY, width: Math.ceil(width), height }), title, ...nodes, legend);
  return el('svg', {
    class: 'lw-root',
    width: Math.ceil(width),
    height,
    viewBox: `0 ${minY} ${Math.ceil(width)} ${height}`,
    role: 'group',
    'aria-label': `Layers of ${options.title}`,
  }, ...children);
}

function summary(view: LayerView): string {
  if (view.target < 0 && view.columns.length === 1 && view.targetName !== null) {
    const only = view.columns[0];
    return `Stage ${only.name} alone (${roleText(only)}): ${plural(only.layers.length, 'layer')} of its own; the final image is stage ${view.targetName}`;
  }
  if (view.target < 0) return 'No stage: the file has no FROM instruction.';
  const column = view.columns[view.target];
  const base = view.finalBaseLayers === null ? ' + base image layers (count unknown)' : view.finalBaseLayers > 0 ? ` + ${plural(view.finalBaseLayers, 'base layer')}` : '';
  const missing = view.targetNotFound !== null ? ` (no stage "${view.targetNotFound}": using the last)` : '';
  return `Final image (stage ${column.name}${missing}): ${plural(view.finalLayers, 'layer')} from this Dockerfile${base}`;
}

function blockHeight(findings: readonly ViewFinding[]): number {
  return BLOCK_H + (findings.length > 0 ? FINDING_H : 0);
}

function stackHeight(column: StageColumn): number {
  const heights = [BLOCK_H, ...(column.inherited ? [BLOCK_H] : []), ...column.layers.map((b) => blockHeight(b.findings))];
  return heights.reduce((sum, h) => sum + h + BLOCK_GAP, 0);
}

/** Nav attributes: columns and rows for arrow-key movement, the line range a click reveals. */
function nav(col: number, row: number, line: number, endLine: number, label: string): Record<string, string | number> {
  return { class: 'lw-nav', tabindex: -1, role: 'button', 'aria-label': label, 'data-col': col, 'data-row': row, 'data-line': line, 'data-end-line': endLine };
}

function drawColumn(column: StageColumn, c: number, x: number, stackBottom: number, boxes: Map<string, Placed>, draw: Drawer, memo: SceneMemo | undefined): { node: SceneElement; bottom: number } {
  const parts: SceneNode[] = [];
  // Rows count from the base (0): upwards negative, so a new top layer renumbers nothing below it.
  const below = column.inherited ? 2 : 1;
  let row = -(below + column.layers.length - 1);
  let y = stackBottom - stackHeight(column);
  for (const block of [...column.layers].reverse()) {
    const h = blockHeight(block.findings);
    const at = { x, y, w: COL_W, h };
    boxes.set(block.id, at);
    draw.place('layer', c, row, block.line, block.endLine, at);
    if (draw.shows(at, c, row)) {
      const key = `${c}|${row}|${x},${y},${h}|${JSON.stringify(block)}`;
      let drawn = memo?.get(key);
      if (!drawn) drawn = drawLayer(block, c, row, at);
      memo?.set(key, drawn);
      parts.push(drawn);
    }
    row++;
    y += h + BLOCK_GAP;
  }
  if (column.inherited) {
    const text = `${plural(column.inherited.count, 'layer')} from stage ${column.inherited.fromName}`;
    const at = { x, y, w: COL_W, h: BLOCK_H };
    draw.place('inherited', c, row, column.line, column.line, at);
    if (draw.shows(at, c, row)) {
      parts.push(el('g', { ...classed(nav(c, row, column.line, column.line, `${text} (collapsed)`), 'lw-block lw-inherited'), 'data-stage': column.stage },
        box(at), label(x, y, text), lineText(x, y, column.line)));
    }
    row++;
    y += BLOCK_H + BLOCK_GAP;
  }
  const layers = column.base.count === null ? '? layers' : column.base.count === 0 ? 'no layers' : plural(column.base.count, 'base layer');
  const count = column.base.size !== null && column.base.count !== 0 ? `${layers} · ${column.base.size}` : layers;
  const baseSize = column.base.size !== null ? `, ${column.base.size}` : '';
  const baseAria = `Base image ${column.base.image}: ${column.base.count === null ? 'layer count unknown' : plural(column.base.count, 'layer')}${baseSize}`;
  const baseAt = { x, y, w: COL_W, h: BLOCK_H };
  draw.place('base', c, row, column.line, column.line, baseAt);
  if (draw.shows(baseAt, c, row)) {
    parts.push(el('g', { ...classed(nav(c, row, column.line, column.line, baseAria), 'lw-block lw-base') },
      box(baseAt),
      ...sizeBar(baseAt, column.base.share),
      el('text', { class: 'lw-label', x: x + 8, y: y + 17 }, fit(column.base.image, (COL_W - 24 - (count.length + 5) * 6.6) / CHAR_W)),
      lineText(x, y, column.line, count)));
  }
  row++;
  y += BLOCK_H + BLOCK_GAP;

  const header = drawHeader(column, c, row++, x, y + 6, draw);
  parts.push(header.node);
  const card = drawConfig(column.config, c, row, x, header.bottom + 8, draw);
  parts.push(card.node);
  const cls = `lw-stage lw-${column.role}`;
  return { node: el('g', { class: cls, 'data-stage': column.stage, role: 'group', 'aria-label': `Stage ${column.name}, ${roleText(column)}` }, ...parts), bottom: card.bottom };
}

function roleText(column: StageColumn): string {
  switch (column.role) {
    case 'target':
      return 'target: the shipped image';
    case 'ships':
      return 'ships: the target is built on it';
    case 'build-only':
      return 'build-only: not shipped';
  }
}

function roleBadge(column: StageColumn): string {
  switch (column.role) {
    case 'target':
      return 'TARGET · shipped';
    case 'ships':
      return 'ships (target builds on it)';
    case 'build-only':
      return 'build-only';
  }
}

function drawHeader(column: StageColumn, c: number, row: number, x: number, y: number, draw: Drawer): { node: SceneElement; bottom: number } {
  const lines: SceneNode[] = [
    el('text', { class: 'lw-stage-name', x: x + 2, y: y + 13 }, fit(`Stage ${column.name}`, 26)),
    el('text', { class: column.role === 'target' ? 'lw-target-badge' : 'lw-sub', x: x + COL_W - 2, y: y + 13, 'text-anchor': 'end' }, roleBadge(column)),
    el('text', { class: 'lw-sub', x: x + 2, y: y + 29 }, fit(`FROM ${column.baseImage}`, (COL_W - 40) / 6.8)),
    el('text', { class: 'lw-line', x: x + COL_W - 2, y: y + 29, 'text-anchor': 'end' }, `L${column.line + 1}`),
  ];
  let bottom = y + HEADER_H;
  for (const finding of column.findings.slice(0, 2)) {
    lines.push(findingText(finding, x + 2, bottom + 10));
    bottom += FINDING_H;
  }
  const frame: SceneNode[] = [];
  if (column.role === 'target') {
    const stackTop = y - 6 - stackHeight(column);
    frame.push(el('rect', { class: 'lw-target-frame', x: x - 6, y: stackTop - 6, width: COL_W + 12, height: bottom - stackTop + 10, rx: 6 }));
  }
  const aria = `Stage ${column.name}, FROM ${column.baseImage}, line ${column.line + 1}, ${roleText(column)}${findingsAria(column.findings)}`;
  const at = { x, y, w: COL_W, h: bottom - y };
  draw.place('header', c, row, column.line, column.line, at);
  const shown = draw.shows(at, c, row)
    ? [el('g', { ...classed(nav(c, row, column.line, column.line, aria), 'lw-header') },
      el('rect', { class: 'lw-box lw-header-box', x, y, width: COL_W, height: bottom - y, fill: 'transparent' }), ...lines, ...titleOf(column.findings))]
    : [];
  return { node: el('g', {}, ...frame, ...shown), bottom };
}

function drawConfig(entries: readonly ConfigEntry[], c: number, firstRow: number, x: number, y: number, draw: Drawer): { node: SceneElement; bottom: number } {
  const rows: SceneNode[] = [el('text', { class: 'lw-sub', x: x + 8, y: y + 15 }, entries.length > 0 ? 'Config (metadata, no layers)' : 'Config: nothing set in this stage')];
  let rowY = y + 22;
  entries.forEach((entry, i) => {
    const h = CONFIG_ROW_H + (entry.findings.length > 0 ? FINDING_H : 0);
    const at = { x: x + 4, y: rowY, w: COL_W - 8, h };
    draw.place('config', c, firstRow + i, entry.line, entry.endLine, at);
    if (!draw.shows(at, c, firstRow + i)) {
      rowY += h;
      return;
    }
    const aria = `Config ${entry.keyword}, line ${entry.line + 1}: ${entry.label}${findingsAria(entry.findings)}`;
    const parts: SceneNode[] = [
      el('rect', { class: 'lw-box', x: x + 4, y: rowY, width: COL_W - 8, height: h, rx: 2 }),
      el('text', { x: x + 10, y: rowY + 13 }, fit(entry.label, (COL_W - 60) / CHAR_W)),
      el('text', { class: 'lw-line', x: x + COL_W - 10, y: rowY + 13, 'text-anchor': 'end' }, `L${entry.line + 1}`),
    ];
    if (entry.findings.length > 0) parts.push(findingText(entry.findings[0], x + 10, rowY + CONFIG_ROW_H + 10, entry.findings.length - 1));
    rows.push(el('g', { ...classed(nav(c, firstRow + i, entry.line, entry.endLine, aria), 'lw-config') }, ...parts, ...titleOf(entry.findings)));
    rowY += h;
  });
  const bottom = rowY + 6;
  return { node: el('g', { class: 'lw-card' }, el('rect', { x, y, width: COL_W, height: bottom - y, rx: 4 }), ...rows), bottom };
}

function drawLayer(block: LayerBlock, c: number, row: number, at: Placed): SceneElement {
  const tags = [block.link ? 'link' : '', block.mounts.length > 0 ? `mount:${block.mounts.join(',')}` : '', block.size ?? ''].filter(Boolean);
  const right = [...tags, `L${block.line + 1}`].join(' · ');
  const room = (COL_W - 20 - right.length * 6.6) / CHAR_W;
  const parts: SceneNode[] = [
    box(at),
    ...sizeBar({ ...at, h: BLOCK_H }, block.share),
    el('text', { class: 'lw-label', x: at.x + 8, y: at.y + 17 }, fit(block.label, room)),
    el('text', { class: 'lw-line', x: at.x + COL_W - 8, y: at.y + 17, 'text-anchor': 'end' }, right),
  ];
  if (block.findings.length > 0) parts.push(findingText(block.findings[0], at.x + 8, at.y + BLOCK_H + 9, block.findings.length - 1));
  const via = block.onbuildLine !== null ? ` (ONBUILD trigger, line ${block.onbuildLine + 1})` : '';
  const from = block.fromImage !== null ? `, copies from image ${block.fromImage}` : '';
  const aria = `Layer ${block.layerIndex + 1}, line ${block.line + 1}${via}: ${block.label}${from}${block.size ? `, ${block.size}` : ''}${findingsAria(block.findings)}`;
  return el('g', { ...classed(nav(c, row, block.line, block.endLine, aria), 'lw-block lw-layer'), 'data-layer': block.id, 'data-keyword': block.keyword },
    ...parts, ...titleOf(block.findings));
}

function drawContainers(view: LayerView, col: number, x: number, stackTop: number, draw: Drawer): { node: SceneElement; right: number } {
  const y = stackTop - (CONTAINERS_H - VOLUMES_H) + 20;
  const real = view.realContainers;
  const parts: SceneNode[] = [];
  const cards = real === null ? hypotheticalContainers(view.containers, x, y) : realContainers(real, col, x, y, draw);
  const tops: { x: number; y: number }[] = [];
  for (const card of cards) {
    tops.push({ x: card.center, y: card.top });
    parts.push(card.node);
    // Every container points at the same top of the one image stack.
    parts.push(el('path', { class: 'lw-share', d: `M${card.center},${card.bottom} L${x + COL_W / 2},${stackTop - 2}` }));
  }
  const rowRight = cards.length === 0 ? x + COL_W : Math.max(...cards.map((card) => card.right)) + CONTAINER_GAP;
  parts.push(el('text', { class: 'lw-sub', x: x + COL_W / 2 + 8, y: stackTop - 8 }, 'shared, read-only'));
  // Volumes sit above the containers, outside every one of them, each linked to all the containers.
  const volumes = view.volumes;
  const labels = volumes.length > 0 ? volumes.map((v) => `volume ${fit(v, 14)}`) : ['no VOLUME declared'];
  let right = rowRight;
  const vy = y - VOLUMES_H - 16;
  labels.forEach((text, i) => {
    const vx = x + i * (VOLUME_W + CONTAINER_GAP);
    parts.push(el('g', { class: `lw-volume${volumes.length === 0 ? ' lw-volume-none' : ''}`, role: 'img', 'aria-label': `${text}: stored outside every container, kept when a container is removed` },
      el('rect', { class: 'lw-box', x: vx, y: vy, width: VOLUME_W, height: 26, rx: 10 }),
      el('text', { x: vx + 10, y: vy + 17 }, text)));
    for (const to of tops) parts.push(el('path', { class: 'lw-volume-link', d: `M${vx + VOLUME_W / 2},${vy + 26} L${to.x},${to.y}` }));
    right = Math.max(right, vx + VOLUME_W);
  });
  // Drawn last, with a halo, so the volume links behind it never cross out its words.
  parts.push(el('text', { class: 'lw-sub lw-halo', x, y: y - 6 }, containersHeading(view)));
  return { node: el('g', { class: 'lw-containers' }, ...parts), right };
}

function containersHeading(view: LayerView): string {
  if (view.realContainers === null) return `${plural(view.containers, 'container')} of this image (adjust with + / −)`;
  if (view.realContainers.length === 0) return `No container of ${fit(shortSource(view.imageSource), 36)} yet: run one, then inspect again`;
  return `${plural(view.realContainers.length, 'container')} of ${fit(shortSource(view.imageSource), 36)} · open one to list its changes`;
}

/** `docker:sha256:<64 hex>` → `docker:<12 hex>`, as `docker ps` shows ids. */
function shortSource(source: string | null): string {
  return (source ?? 'the image').replace(/sha256:([0-9a-f]{12})[0-9a-f]{52}/g, '$1');
}

interface DrawnContainer {
  readonly node: SceneElement;
  readonly top: number;
  readonly center: number;
  readonly bottom: number;
  readonly right: number;
}

function hypotheticalContainers(count: number, x: number, y: number): DrawnContainer[] {
  return Array.from({ length: count }, (_, i) => {
    const cx = x + i * (CONTAINER_W + CONTAINER_GAP);
    const node = el('g', { class: 'lw-container', role: 'img', 'aria-label': `Container ${i + 1}: its own thin read-write layer on top of the shared image` },
      el('rect', { class: 'lw-box', x: cx, y, width: CONTAINER_W, height: CONTAINER_H, rx: 3 }),
      el('text', { x: cx + 8, y: y + 16 }, `container ${i + 1} · R/W`));
    return { node, top: y, center: cx + CONTAINER_W / 2, bottom: y + CONTAINER_H, right: cx + CONTAINER_W };
  });
}

/** At most this many real container cards side by side; the rest is one "+ N more" note (the heading has the count). */
export const REAL_CONTAINERS_SHOWN = 6;

/** Real containers are items of the target's column, above its top layer: arrow keys reach them, Enter opens one. */
function realContainers(all: readonly ContainerCard[], col: number, x: number, y: number, draw: Drawer): DrawnContainer[] {
  const top = y;
  const cards = all.slice(0, REAL_CONTAINERS_SHOWN);
  const drawn = cards.map((card, i): DrawnContainer => {
    const cx = x + i * (REAL_CONTAINER_W + CONTAINER_GAP);
    const row = -1_000_000 - cards.length + i;
    // A handful of small cards: always drawn, and placed so the arrow keys reach them from the stack.
    draw.place('container', col, row, -1, -1, { x: cx, y: top, w: REAL_CONTAINER_W, h: REAL_CONTAINER_H });
    const aria = `Container ${card.name}, ${card.state}: read-write layer ${card.sizeRw}. Enter lists the files it added, changed and deleted`;
    const node = el('g', {
      class: `lw-nav lw-container lw-real-container${card.running ? ' lw-running' : ''}`,
      tabindex: -1,
      role: 'button',
      'aria-label': aria,
      'data-col': col,
      // Above the stack's rows (the top layer has the most negative row, minus its layer count), left to right.
      'data-row': row,
      'data-line': -1,
      'data-end-line': -1,
      'data-container-id': card.id,
    },
    el('rect', { class: 'lw-box', x: cx, y: top, width: REAL_CONTAINER_W, height: REAL_CONTAINER_H, rx: 3 }),
    el('text', { class: 'lw-label', x: cx + 8, y: top + 14 }, fit(card.name, (REAL_CONTAINER_W - 16) / CHAR_W)),
    el('text', { class: 'lw-line', x: cx + 8, y: top + 29 }, fit(`${card.state} · R/W ${card.sizeRw}`, (REAL_CONTAINER_W - 16) / 6.6)),
    el('title', {}, aria));
    return { node, top, center: cx + REAL_CONTAINER_W / 2, bottom: top + REAL_CONTAINER_H, right: cx + REAL_CONTAINER_W };
  });
  const hidden = all.length - cards.length;
  if (hidden <= 0) return drawn;
  const last = drawn[drawn.length - 1];
  const note = el('text', { class: 'lw-sub lw-more-containers', x: last.right + CONTAINER_GAP, y: top + 22 }, `+ ${hidden} more`);
  return [...drawn.slice(0, -1), { ...last, node: el('g', {}, last.node, note), right: last.right + CONTAINER_GAP + 60 }];
}

function drawArrows(view: LayerView, boxes: Map<string, Placed>, columnTops: number[]): SceneElement {
  const paths: SceneNode[] = [];
  for (const arrow of view.arrows) {
    const to = boxes.get(arrow.toBlock);
    const sourceColumn = view.columns.findIndex((c) => c.stage === arrow.fromStage);
    if (!to || sourceColumn < 0) continue;
    const source = view.columns[sourceColumn];
    const top = source.layers.length > 0 ? boxes.get(source.layers[source.layers.length - 1].id) : undefined;
    const sx = MARGIN + sourceColumn * (COL_W + COL_GAP);
    const sy = top ? top.y + top.h / 2 : columnTops[sourceColumn] + BLOCK_H / 2;
    const rightward = sx <= to.x;
    const x1 = rightward ? sx + COL_W : sx;
    const x2 = rightward ? to.x : to.x + COL_W;
    const y2 = to.y + to.h / 2;
    const bend = Math.max(30, Math.abs(x2 - x1) / 2) * (rightward ? 1 : -1);
    paths.push(el('path', {
      class: `lw-arrow lw-arrow-${arrow.kind}`,
      d: `M${x1},${sy} C${x1 + bend},${sy} ${x2 - bend},${y2} ${x2},${y2}`,
      'marker-end': 'url(#lw-head)',
      'data-from-stage': arrow.fromStage,
      'data-to-layer': arrow.toBlock,
    }, el('title', {}, `${arrow.kind === 'copy' ? 'COPY --from' : 'RUN --mount from'} stage ${source.name}`)));
  }
  return el('g', { class: 'lw-arrows' }, ...paths);
}

/** A bar along the bottom of the block's first row, its width the block's share of the largest block's bytes. */
function sizeBar(at: Placed, share: number | null): SceneElement[] {
  if (share === null) return [];
  const inner = at.w - 2;
  // A layer of a few bytes beside one of 300 MB still gets a visible sliver; an empty layer gets none.
  const width = share > 0 ? Math.max(2, Math.round(share * inner)) : 0;
  return [el('rect', { class: 'lw-size-bar', x: at.x + 1, y: at.y + at.h - BAR_H - 1, width, height: BAR_H, 'data-share': Number(share.toFixed(4)) })];
}

function box(at: Placed): SceneElement {
  return el('rect', { class: 'lw-box', x: at.x, y: at.y, width: at.w, height: at.h, rx: 3 });
}

function label(x: number, y: number, text: string): SceneElement {
  return el('text', { class: 'lw-label', x: x + 8, y: y + 17 }, fit(text, (COL_W - 60) / CHAR_W));
}

function lineText(x: number, y: number, line: number, before?: string): SceneElement {
  return el('text', { class: 'lw-line', x: x + COL_W - 8, y: y + 17, 'text-anchor': 'end' }, `${before ? `${before} · ` : ''}L${line + 1}`);
}

function findingText(finding: ViewFinding, x: number, y: number, more = 0): SceneElement {
  const mark = finding.severity === 'error' ? '✖' : finding.severity === 'warning' ? '⚠' : 'ℹ';
  const suffix = more > 0 ? ` (+${more} more)` : '';
  return el('text', { class: `lw-finding lw-sev-${finding.severity}`, x, y }, `${mark} ${fit(finding.message, (COL_W - 40) / 6.6 - suffix.length)}${suffix}`);
}

function titleOf(findings: readonly ViewFinding[]): SceneElement[] {
  if (findings.length === 0) return [];
  return [el('title', {}, findings.map((f) => `${f.severity}: ${f.message}${f.code ? ` (${f.code})` : ''}`).join('\n'))];
}

function findingsAria(findings: readonly ViewFinding[]): string {
  if (findings.length === 0) return '';
  return `. ${plural(findings.length, 'finding')}: ${findings.map((f) => `${f.severity} ${f.message}`).join('; ')}`;
}

function classed(attrs: Record<string, string | number>, extra: string): Record<string, string | number> {
  return { ...attrs, class: `${attrs.class} ${extra}` };
}

/** Shortens text to at most `chars` characters with an ellipsis. */
export function fit(text: string, chars: number): string {
  const max = Math.max(4, Math.floor(chars));
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
