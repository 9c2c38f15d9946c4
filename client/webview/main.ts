/**
 * Runs inside the layer webview: draws the LayerModel the host sends (no parsing here) with DOM nodes only
 * near the viewport, keeps the container count, the chosen stage and the followed file in webview state,
 * and posts the user's picks back to the host.
 */
import {
  applyStages, buildLayerView, changesFailed, changesPending, changesView, clampContainers, layoutScene, onlyStage, readViewState, sceneCss,
  type Clip, type ContainerCard, type LayerView, type NavPlace, type SceneElement, type ViewState,
} from '../../server/src/core/view';
import type { HostMessage, LayerModel, ViewFinding, ViewMessage } from '../../server/src/protocol';
import { hideChanges, showChanges } from './changesPanel';
import { patch, toDom } from './dom';
import { pngDataUrl, svgMarkup } from './exporter';
import { itemAt, makeCurrent, NAV_SELECTOR, NavGrid, spotOf, type NavSpot } from './navigation';
import { stageChoices, syncStageSelect } from './stageSelect';

interface VsCodeApi {
  postMessage(message: ViewMessage): void;
  getState(): unknown;
  setState(state: ViewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

interface Drawing {
  uri: string;
  fileName: string;
  version: number;
  model: LayerModel;
  findings: ViewFinding[];
}

const vscode = acquireVsCodeApi();
const picture = document.getElementById('picture')!;
const message = document.getElementById('message')!;
const fileLabel = document.getElementById('file')!;
const countLabel = document.getElementById('count')!;
const stageSelect = document.getElementById('stage') as HTMLSelectElement;
const changesPanel = document.getElementById('changes')!;
const fewerButton = document.getElementById('fewer') as HTMLButtonElement;
const moreButton = document.getElementById('more') as HTMLButtonElement;

let state: ViewState = readViewState(vscode.getState());
let drawing: Drawing | undefined;
let cursorLine: number | null = null;
/**
 * A model or a cursor move came in since the last render: the next one keeps the cursor's item in view (a
 * layer added above it moves it). Done inside that render's frame, so the browser lays the page out once.
 */
let followCursor = false;
/** A render is queued for the next frame; `report` when it draws new content (the host is told). */
let scheduled: { report: boolean } | undefined;
/** When the model being drawn arrived: performance clock for the wait, epoch for the host's transit figure. */
let arrived = { at: 0, epoch: 0 };
/** The scene on screen, its DOM, its scale on the page and the rectangle it was drawn for. */
let shown: { scene: SceneElement; dom: SVGSVGElement; scale: number; clip: Clip } | undefined;
/** Layer blocks of the last render by what they show: unchanged ones are reused, and patching skips them. */
let blockMemo = new Map<string, SceneElement>();
/** Every navigable item of the picture on screen, drawn or not. */
let grid = new NavGrid([]);
/** The view of the current drawing and settings: rebuilt only when one of them changes, not on scroll. */
let viewCache: { key: readonly unknown[]; view: LayerView } | undefined;
/** The real container whose changes were asked for last: only its answer is shown. */
let openedContainer: ContainerCard | undefined;

function saveState(next: Partial<ViewState>): void {
  state = { ...state, ...next };
  vscode.setState(state);
}

/** The picture's view: all stages, or the chosen one alone when it exists. */
function currentView(): LayerView | undefined {
  if (!drawing) return undefined;
  const key = [drawing.model, drawing.findings, state.containers, state.stage];
  if (viewCache && viewCache.key.every((part, i) => part === key[i])) return viewCache.view;
  const all = buildLayerView(drawing.model, { containers: state.containers, findings: drawing.findings });
  const chosen = all.columns.find((c) => c.name === state.stage);
  syncStageSelect(stageSelect, stageChoices(all), chosen ? chosen.name : null);
  const view = chosen ? onlyStage(all, chosen.stage) : all;
  viewCache = { key, view };
  return view;
}

function scene(css?: string): SceneElement | undefined {
  const view = currentView();
  return view && drawing ? layoutScene(view, { title: drawing.fileName, css }) : undefined;
}

/** Coalesces bursts of messages (typing) and scroll events into one render per frame. */
function scheduleRender(report: boolean): void {
  if (scheduled) {
    scheduled.report ||= report;
    return;
  }
  scheduled = { report };
  requestAnimationFrame(() => {
    const { report: wanted } = scheduled ?? { report: false };
    scheduled = undefined;
    render({ report: wanted });
  });
}

/** Extra area drawn around the viewport, in viewport sizes: a short scroll never shows a gap. */
const OVERSCAN = 1;
/** Viewport assumed while the page has no size yet. */
const FALLBACK_VIEW = 1200;

/** The part of the picture the viewport shows, in scene units from the picture's top-left corner. */
function viewportRect(overscan: number): Clip {
  const scale = shown?.scale ?? 1;
  const origin = (shown?.dom ?? picture).getBoundingClientRect();
  const area = picture.getBoundingClientRect();
  const left = Math.max(area.left, 0);
  const top = Math.max(area.top, 0);
  const width = Math.min(area.right, window.innerWidth) - left;
  const height = Math.min(area.bottom, window.innerHeight) - top;
  const w = width > 0 ? width : FALLBACK_VIEW;
  const h = height > 0 ? height : FALLBACK_VIEW;
  return {
    left: (left - origin.left - w * overscan) / scale,
    top: (top - origin.top - h * overscan) / scale,
    width: (w * (1 + 2 * overscan)) / scale,
    height: (h * (1 + 2 * overscan)) / scale,
  };
}

function inside(inner: Clip, outer: Clip): boolean {
  return inner.left >= outer.left && inner.top >= outer.top &&
    inner.left + inner.width <= outer.left + outer.width && inner.top + inner.height <= outer.top + outer.height;
}

/** Below this scale text gets too small to read: scroll instead of shrinking. */
const MIN_FIT_SCALE = 0.6;

/** Shrinks a picture a little wider than the panel to fit it; a much wider one keeps its size and scrolls. */
function fitScale(sceneWidth: number, available: number): number {
  return available > 0 && available < sceneWidth && available / sceneWidth >= MIN_FIT_SCALE ? available / sceneWidth : 1;
}

/**
 * Draws the current view for the viewport: only the items near it get DOM nodes (plus `keep`, an item about
 * to be focused or revealed). Reads the page first, then writes, so the browser lays out once, after it.
 */
/** Real containers replace the hypothetical ones: then the count is the engine's and + / − do nothing. */
function updateContainerControls(): void {
  const real = drawing?.model.image?.containers;
  fewerButton.disabled = real !== undefined;
  moreButton.disabled = real !== undefined;
  countLabel.textContent = real !== undefined
    ? `${real.length} real container${real.length === 1 ? '' : 's'}`
    : `${state.containers} container${state.containers === 1 ? '' : 's'}`;
}

function render(options: { report: boolean; keep?: NavSpot }): void {
  const started = performance.now();
  const view = currentView();
  updateContainerControls();
  if (!view || !drawing) return;
  const focusedItem = document.activeElement instanceof Element ? document.activeElement.closest(NAV_SELECTOR) : null;
  // A container card stands for no line (data-line -1): it is found again by its place alone.
  const focusedLine = focusedItem?.getAttribute('data-line');
  const focused = focusedItem && picture.contains(focusedItem) ? { spot: spotOf(focusedItem), line: focusedLine === '-1' ? null : focusedLine ?? null } : undefined;
  const clip = viewportRect(OVERSCAN);
  const available = picture.clientWidth - 8;

  const kept = [focused?.spot, options.keep].filter((s): s is NavSpot => s !== undefined);
  const places: NavPlace[] = [];
  const previous = blockMemo;
  const next = new Map<string, SceneElement>();
  const current = layoutScene(view, {
    title: drawing.fileName,
    memo: { get: (key) => previous.get(key), set: (key, element) => next.set(key, element) },
    clip,
    keep: (col, row) => kept.some((s) => s.col === col && s.row === row),
    places,
  });
  blockMemo = next;
  grid = new NavGrid(places);

  let svg: SVGSVGElement;
  if (shown && shown.dom.parentNode === picture) {
    svg = patch(shown.dom, shown.scene, current) as SVGSVGElement;
  } else {
    svg = toDom(current) as SVGSVGElement;
    picture.replaceChildren(svg);
  }
  const width = Number(current.attrs.width);
  const height = Number(current.attrs.height);
  const scale = fitScale(width, available);
  // Writing an unchanged size would still make the browser lay the whole picture out again.
  setIfChanged(svg, 'width', String(Math.floor(width * scale)));
  setIfChanged(svg, 'height', String(Math.floor(height * scale)));
  shown = { scene: current, dom: svg, scale, clip };
  message.hidden = true;
  fileLabel.textContent = drawing.fileName;

  // Keep keyboard focus on the same instruction across redraws.
  const again = focused === undefined
    ? undefined
    : (focused.line !== null ? svg.querySelector(`${NAV_SELECTOR}[data-line="${CSS.escape(focused.line)}"]`) : null) ?? itemAt(svg, focused.spot);
  makeCurrent(svg, again ?? undefined, again !== undefined && again !== null && again !== document.activeElement);
  // Reported at the end of the DOM update, as before: the browser's layout and paint of this frame follow.
  if (options.report) {
    vscode.postMessage({
      type: 'rendered', version: drawing.version, layerBlocks: view.columns.reduce((n, c) => n + c.layers.length, 0),
      drawnBlocks: svg.querySelectorAll('.lw-layer').length, drawMs: performance.now() - started, waitMs: Math.max(0, started - arrived.at), receivedAt: arrived.epoch, drawnAt: Date.now(),
    });
  }
  const follow = followCursor;
  followCursor = false;
  highlightCursor(follow);
}

/** Scrolling only draws again when the viewport nears the edge of what was drawn for it. */
function onScroll(): void {
  if (shown && !inside(viewportRect(0), shown.clip)) scheduleRender(false);
}

function setIfChanged(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/** Marks the item of the cursor's line; scrolls to it when the cursor moved or the model changed, not on scroll redraws. */
function highlightCursor(scroll: boolean): void {
  const hit = cursorLine === null ? undefined : grid.atLine(cursorLine);
  let item = hit ? itemAt(picture, hit) : undefined;
  if (hit && !item && scroll) {
    render({ report: false, keep: hit });
    item = itemAt(picture, hit);
  }
  for (const other of Array.from(picture.querySelectorAll('.lw-current'))) if (other !== item) other.classList.remove('lw-current');
  if (!item) return;
  if (!item.classList.contains('lw-current')) item.classList.add('lw-current');
  if (scroll) item.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

function showMessage(text: string): void {
  drawing = undefined;
  openedContainer = undefined;
  hideChanges(changesPanel);
  shown = undefined;
  viewCache = undefined;
  grid = new NavGrid([]);
  blockMemo = new Map();
  picture.replaceChildren();
  fileLabel.textContent = '';
  message.textContent = text;
  message.hidden = false;
}

async function exportPicture(format: 'svg' | 'png'): Promise<void> {
  const root = scene('');
  if (!root) return;
  const svg = svgMarkup((css) => scene(css)!);
  if (format === 'svg') return vscode.postMessage({ type: 'export', format, data: svg });
  const data = await pngDataUrl(svg, Number(root.attrs.width), Number(root.attrs.height));
  vscode.postMessage({ type: 'export', format, data });
}

/** A layer or config item reveals its line; a real container lists its changes. */
function activate(item: Element): void {
  const containerId = item.getAttribute('data-container-id');
  if (containerId !== null) return openContainer(containerId);
  const line = Number(item.getAttribute('data-line'));
  if (Number.isInteger(line) && line >= 0) vscode.postMessage({ type: 'reveal', line });
}

function openContainer(id: string): void {
  const card = currentView()?.realContainers?.find((c) => c.id === id);
  if (!card) return;
  openedContainer = card;
  showChanges(changesPanel, changesPending(card), card.id);
  vscode.postMessage({ type: 'openContainer', id: card.id });
}

/** An answer is shown only for the container opened last, and only while its panel was not closed. */
function isAwaited(id: string): boolean {
  return openedContainer?.id === id && changesPanel.getAttribute('data-container-id') === id;
}

function onHostMessage(data: HostMessage): void {
  switch (data.type) {
    case 'model':
      arrived = { at: performance.now(), epoch: Date.now() };
      drawing = { uri: data.uri, fileName: data.fileName, version: data.version, model: data.model, findings: data.findings };
      if (state.uri !== data.uri) saveState({ uri: data.uri });
      followCursor = true;
      scheduleRender(true);
      return;
    case 'modelChange': {
      const base = drawing && drawing.uri === data.uri && drawing.version === data.since ? drawing.model.stages : undefined;
      const stages = base && applyStages(base, data.stages);
      if (!stages) {
        // Not the version this change is based on (a message lost to a reload): ask for the whole model.
        vscode.postMessage({ type: 'ready' });
        return;
      }
      arrived = { at: performance.now(), epoch: Date.now() };
      drawing = { uri: data.uri, fileName: data.fileName, version: data.version, model: { ...data.model, stages }, findings: data.findings ?? drawing!.findings };
      followCursor = true;
      scheduleRender(true);
      return;
    }
    case 'findings':
      if (drawing && drawing.uri === data.uri) {
        drawing.findings = data.findings;
        scheduleRender(true);
      }
      return;
    case 'cursor':
      cursorLine = data.line;
      // A render is due (a model came first): it finds the item in the new picture and scrolls to it.
      if (scheduled) followCursor = true;
      else highlightCursor(true);
      return;
    case 'empty':
      showMessage(data.reason);
      return;
    case 'requestExport':
      void exportPicture(data.format);
      return;
    case 'containerChanges':
      if (isAwaited(data.id) && Array.isArray(data.changes)) showChanges(changesPanel, changesView(openedContainer!, data.changes), data.id);
      return;
    case 'containerChangesFailed':
      if (isAwaited(data.id)) showChanges(changesPanel, changesFailed(openedContainer!, String(data.reason)), data.id);
      return;
  }
}

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  if (typeof event.data === 'object' && event.data !== null && typeof event.data.type === 'string') onHostMessage(event.data);
});

picture.addEventListener('click', (event) => {
  const item = (event.target as Element).closest(NAV_SELECTOR);
  if (!item) return;
  makeCurrent(picture, item, true);
  activate(item);
});

picture.addEventListener('keydown', (event) => {
  const item = (event.target as Element).closest(NAV_SELECTOR);
  if (!item) return;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    activate(item);
    return;
  }
  const next = grid.neighbour(spotOf(item), event.key);
  if (!next) return;
  event.preventDefault();
  if (!itemAt(picture, next)) render({ report: false, keep: next });
  const target = itemAt(picture, next);
  if (!target) return;
  makeCurrent(picture, target, true);
  target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
});

function changeContainers(delta: number): void {
  saveState({ containers: clampContainers(state.containers + delta) });
  scheduleRender(true);
}

window.addEventListener('resize', () => scheduleRender(false));
window.addEventListener('scroll', onScroll, { passive: true });
picture.addEventListener('scroll', onScroll, { passive: true });
stageSelect.addEventListener('change', () => {
  saveState({ stage: stageSelect.value === '' ? null : stageSelect.value });
  scheduleRender(true);
});
fewerButton.addEventListener('click', () => changeContainers(-1));
moreButton.addEventListener('click', () => changeContainers(1));
// Escape closes the list of changes and gives the focus back to the container it belongs to.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || changesPanel.hidden) return;
  const id = changesPanel.getAttribute('data-container-id');
  hideChanges(changesPanel);
  openedContainer = undefined;
  const card = id === null ? null : picture.querySelector(`${NAV_SELECTOR}[data-container-id="${CSS.escape(id)}"]`);
  if (card) makeCurrent(picture, card, true);
});
document.getElementById('export-svg')!.addEventListener('click', () => void exportPicture('svg'));
document.getElementById('export-png')!.addEventListener('click', () => void exportPicture('png'));

// The shell's nonced style element, empty until now: the picture's rules, coloured by the theme's variables.
document.getElementById('picture-css')!.textContent = sceneCss((role) => `var(--lw-${role})`, 'var(--vscode-editor-font-family, monospace)');
updateContainerControls();
vscode.postMessage({ type: 'ready' });
