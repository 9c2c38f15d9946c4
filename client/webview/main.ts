/**
 * Runs inside the layer webview: draws the LayerModel the host sends (no parsing here), keeps the
 * container count and the followed file in webview state, and posts the user's picks back to the host.
 */
import {
  buildLayerView, changesFailed, changesPending, changesView, clampContainers, DEFAULT_CONTAINERS, layoutScene, type ContainerCard, type SceneElement,
} from '../../server/src/core/view';
import type { HostMessage, LayerModel, ViewFinding, ViewMessage } from '../../server/src/protocol';
import { hideChanges, showChanges } from './changesPanel';
import { patch, toDom } from './dom';
import { pngDataUrl, svgMarkup } from './exporter';
import { makeCurrent, NAV_SELECTOR, neighbour } from './navigation';

interface VsCodeApi {
  postMessage(message: ViewMessage): void;
  getState(): unknown;
  setState(state: SavedState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

/** What survives hiding the panel and reloading the window. */
interface SavedState {
  readonly containers: number;
  readonly uri: string | null;
}

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
const changesPanel = document.getElementById('changes')!;
const fewerButton = document.getElementById('fewer') as HTMLButtonElement;
const moreButton = document.getElementById('more') as HTMLButtonElement;

let state: SavedState = readState(vscode.getState());
let drawing: Drawing | undefined;
let cursorLine: number | null = null;
let scheduled = false;
/** The scene on screen and its DOM: the next render patches it. */
let shown: { scene: SceneElement; dom: Node } | undefined;
/** Layer blocks of the last render by what they show: unchanged ones are reused, and patching skips them. */
let blockMemo = new Map<string, SceneElement>();
/** The real container whose changes were asked for last: only its answer is shown. */
let openedContainer: ContainerCard | undefined;

function readState(raw: unknown): SavedState {
  const value = typeof raw === 'object' && raw !== null ? (raw as Partial<Record<keyof SavedState, unknown>>) : {};
  return {
    containers: typeof value.containers === 'number' ? clampContainers(value.containers) : DEFAULT_CONTAINERS,
    uri: typeof value.uri === 'string' ? value.uri : null,
  };
}

function saveState(next: Partial<SavedState>): void {
  state = { ...state, ...next };
  vscode.setState(state);
}

function scene(css?: string): SceneElement | undefined {
  if (!drawing) return undefined;
  const view = buildLayerView(drawing.model, { containers: state.containers, findings: drawing.findings });
  return layoutScene(view, { title: drawing.fileName, css });
}

/** The scene for the screen: reuses the blocks of the previous render that did not change. */
function screenScene(): SceneElement | undefined {
  if (!drawing) return undefined;
  const previous = blockMemo;
  const next = new Map<string, SceneElement>();
  const view = buildLayerView(drawing.model, { containers: state.containers, findings: drawing.findings });
  const result = layoutScene(view, { title: drawing.fileName, memo: { get: (key) => previous.get(key), set: (key, element) => next.set(key, element) } });
  blockMemo = next;
  return result;
}

/** Coalesces bursts of messages (typing) into one render per frame. */
function scheduleRender(): void {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(() => {
    scheduled = false;
    render();
  });
}

/** Real containers replace the hypothetical ones: then the count is the engine's and + / − do nothing. */
function updateContainerControls(): void {
  const real = drawing?.model.image?.containers;
  fewerButton.disabled = real !== undefined;
  moreButton.disabled = real !== undefined;
  countLabel.textContent = real !== undefined
    ? `${real.length} real container${real.length === 1 ? '' : 's'}`
    : `${state.containers} container${state.containers === 1 ? '' : 's'}`;
}

function render(): void {
  const started = performance.now();
  const current = screenScene();
  updateContainerControls();
  if (!current || !drawing) return;
  // Keep keyboard focus on the same instruction (or container) across redraws.
  const focused = document.activeElement?.closest(NAV_SELECTOR);
  const focusedContainer = focused?.getAttribute('data-container-id');
  const focusedLine = focused?.getAttribute('data-line');
  const focusedRow = focused?.getAttribute('data-row');
  const focusedCol = focused?.getAttribute('data-col');
  let svg: Element;
  if (shown && shown.dom.parentNode === picture) {
    svg = patch(shown.dom, shown.scene, current) as Element;
  } else {
    svg = toDom(current);
    picture.replaceChildren(svg);
  }
  shown = { scene: current, dom: svg };
  fitWidth();
  message.hidden = true;
  fileLabel.textContent = drawing.fileName;
  const again = focusedContainer
    ? svg.querySelector(`${NAV_SELECTOR}[data-container-id="${CSS.escape(focusedContainer)}"]`) ?? undefined
    : focusedLine === undefined || focusedLine === null
    ? undefined
    : svg.querySelector(`${NAV_SELECTOR}[data-line="${CSS.escape(focusedLine)}"]`) ??
      svg.querySelector(`${NAV_SELECTOR}[data-col="${CSS.escape(focusedCol ?? '')}"][data-row="${CSS.escape(focusedRow ?? '')}"]`) ?? undefined;
  makeCurrent(svg, again ?? undefined, again !== undefined && again !== document.activeElement);
  highlightCursor(false);
  vscode.postMessage({ type: 'rendered', version: drawing.version, layerBlocks: svg.querySelectorAll('.lw-layer').length, drawMs: performance.now() - started });
}

/** Below this scale text gets too small to read: scroll instead of shrinking. */
const MIN_FIT_SCALE = 0.6;

/** Shrinks a picture a little wider than the panel to fit it; a much wider one keeps its size and scrolls. */
function fitWidth(): void {
  if (!shown) return;
  const svg = shown.dom as SVGSVGElement;
  const width = Number(shown.scene.attrs.width);
  const height = Number(shown.scene.attrs.height);
  const available = picture.clientWidth - 8;
  const scale = available > 0 && available < width && available / width >= MIN_FIT_SCALE ? available / width : 1;
  // Writing an unchanged size would still make the browser lay the whole picture out again.
  setIfChanged(svg, 'width', String(Math.floor(width * scale)));
  setIfChanged(svg, 'height', String(Math.floor(height * scale)));
}

function setIfChanged(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/** Marks the item of the cursor's line; scrolls to it only when the cursor moved (not on every redraw). */
function highlightCursor(scroll: boolean): void {
  const line = cursorLine;
  const hit = line === null ? undefined : Array.from(picture.querySelectorAll(NAV_SELECTOR)).find((item) => {
    const start = Number(item.getAttribute('data-line'));
    const end = Number(item.getAttribute('data-end-line'));
    return !item.classList.contains('lw-base') && !item.classList.contains('lw-inherited') && line >= start && line <= end;
  });
  for (const item of Array.from(picture.querySelectorAll('.lw-current'))) if (item !== hit) item.classList.remove('lw-current');
  if (!hit) return;
  if (!hit.classList.contains('lw-current')) hit.classList.add('lw-current');
  if (scroll) hit.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

function showMessage(text: string): void {
  drawing = undefined;
  openedContainer = undefined;
  hideChanges(changesPanel);
  shown = undefined;
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

function containerCard(id: string): ContainerCard | undefined {
  if (!drawing) return undefined;
  const view = buildLayerView(drawing.model, { containers: state.containers, findings: [] });
  return view.realContainers?.find((card) => card.id === id);
}

/** An answer is shown only for the container opened last, and only while its panel was not closed. */
function isAwaited(id: string): boolean {
  return openedContainer?.id === id && changesPanel.getAttribute('data-container-id') === id;
}

function openContainer(id: string): void {
  const card = containerCard(id);
  if (!card) return;
  openedContainer = card;
  showChanges(changesPanel, changesPending(card), card.id);
  vscode.postMessage({ type: 'openContainer', id: card.id });
}

function onHostMessage(data: HostMessage): void {
  switch (data.type) {
    case 'model':
      drawing = { uri: data.uri, fileName: data.fileName, version: data.version, model: data.model, findings: data.findings };
      if (state.uri !== data.uri) saveState({ uri: data.uri });
      scheduleRender();
      return;
    case 'findings':
      if (drawing && drawing.uri === data.uri) {
        drawing.findings = data.findings;
        scheduleRender();
      }
      return;
    case 'cursor':
      cursorLine = data.line;
      highlightCursor(true);
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
  const next = neighbour(picture, item, event.key);
  if (next) {
    event.preventDefault();
    makeCurrent(picture, next, true);
    next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
});

function changeContainers(delta: number): void {
  saveState({ containers: clampContainers(state.containers + delta) });
  scheduleRender();
}

// Escape closes the list of changes and gives the focus back to the container it belongs to.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || changesPanel.hidden) return;
  const id = changesPanel.getAttribute('data-container-id');
  hideChanges(changesPanel);
  openedContainer = undefined;
  const card = id === null ? null : picture.querySelector(`${NAV_SELECTOR}[data-container-id="${CSS.escape(id)}"]`);
  if (card) makeCurrent(picture, card, true);
});

window.addEventListener('resize', fitWidth);
fewerButton.addEventListener('click', () => changeContainers(-1));
moreButton.addEventListener('click', () => changeContainers(1));
document.getElementById('export-svg')!.addEventListener('click', () => void exportPicture('svg'));
document.getElementById('export-png')!.addEventListener('click', () => void exportPicture('png'));

updateContainerControls();
vscode.postMessage({ type: 'ready' });
