/**
 * The layer view panel: follows the active Dockerfile editor, feeds the webview the server's LayerModel
 * (request on follow, `layerwise/layersChanged` on each edit), and acts on the webview's validated messages.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CONTAINER_CHANGES_REQUEST, LAYERS_CHANGED_NOTIFICATION, LAYERS_REQUEST, WATCH_LAYERS_NOTIFICATION,
  type ContainerChange, type ContainerChangesParams, type ExportFormat, type HostMessage, type LayerModel, type LayersChangedParams, type ViewFinding, type ViewMessage, type WatchLayersParams,
} from '../../../server/src/protocol';
import { applyStages, postedStage, stageChanges, type PostedStage } from '../../../server/src/core/view/modelChange';
import { readViewState } from '../../../server/src/core/view/viewState';
import type { Ctx } from '../ctx';
import { findingsOf } from './findings';
import { newNonce, shellHtml } from './html';
import { exportBytes, parseViewMessage } from './viewMessages';

export const VIEW_TYPE = 'layerwise.layers';

/** The document of a saved uri: open already, or opened (not shown) when it is a file that still exists. */
async function savedDocument(uri: string | null): Promise<vscode.TextDocument | undefined> {
  if (uri === null) return undefined;
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (open) return open;
  const parsed = vscode.Uri.parse(uri, true);
  // An untitled document is gone after a reload: opening its uri would make a new, empty one.
  if (parsed.scheme === 'untitled') return undefined;
  return vscode.workspace.openTextDocument(parsed).then((d) => d, () => undefined);
}
const LANGUAGE = 'dockerfile';
/** How long an export requested by command waits for the webview's picture. */
const EXPORT_TIMEOUT_MS = 20000;

export interface RenderInfo {
  readonly uri: string;
  readonly version: number;
  /** Layer blocks in the picture. */
  readonly layerBlocks: number;
  /** Layer blocks with DOM nodes: a long stack draws only those near the viewport. */
  readonly drawnBlocks: number;
  /** Time the webview spent building the picture's DOM. */
  readonly drawMs: number;
  /** From the model's arrival in the webview to the start of its render (frame wait, other messages). */
  readonly waitMs: number;
  /**
   * Epoch ms (the clocks of the extension host and the webview, one machine): when the notification
   * arrived and the model was posted (null when unknown), when the webview received it, finished its DOM
   * update, and when its report reached the host. They split a keystroke's latency into its hops.
   */
  readonly notifiedAt: number | null;
  readonly postedAt: number | null;
  readonly receivedAt: number;
  readonly drawnAt: number;
  readonly reportedAt: number;
}

interface PendingExport {
  readonly format: ExportFormat;
  readonly target: vscode.Uri | undefined;
  readonly done: (saved: vscode.Uri | undefined) => void;
}

export class LayerView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private model: LayerModel | undefined;
  private postedVersion = -1;
  /** Each stage of the model last posted, as JSON: the next post sends only what differs. */
  private postedStages: { uri: string; version: number; stages: PostedStage[] } | undefined;
  /**
   * The findings (JSON) and cursor line the webview has: each keystroke moves the cursor and republishes
   * diagnostics, and an unchanged one would cost the webview a render or a scroll for nothing.
   */
  private postedFindings: string | undefined;
  private postedCursor: number | null | undefined;
  /** When each notified model version arrived (epoch ms), to measure notification → drawn. */
  private readonly modelArrivedAt = new Map<number, number>();
  /** When each model version was posted to the webview (epoch ms), to measure the transit. */
  private readonly modelPostedAt = new Map<number, number>();
  private pendingExport: PendingExport | undefined;
  /** The document whose models the server sends (`layerwise/watchLayers`): the followed one while the panel shows. */
  private watchedUri: string | null | undefined;
  /** The model last notified for it: the server sends the next one as a change of it. */
  private notified: { uri: string; version: number; model: LayerModel } | undefined;
  private notifications: vscode.Disposable | undefined;
  private readonly panelDisposables: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private readonly rendered = new vscode.EventEmitter<RenderInfo>();
  /** Fires when the webview has drawn a model: tests and latency measurements wait on it. */
  readonly onDidRender = this.rendered.event;
  lastRender: RenderInfo | undefined;

  constructor(private readonly ctx: Ctx) {
    this.disposables.push(
      this.rendered,
      ctx.onDidStartClient((client) => this.listen(client)),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && editor.document.languageId === LANGUAGE && editor.document !== this.document) void this.follow(editor.document);
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document === this.document) this.postCursor(e.selections[0]?.active.line ?? null);
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const uri = this.document?.uri.toString();
        if (!uri || !this.panel || this.postedFindings === undefined || !e.uris.some((u) => u.toString() === uri)) return;
        const findings = this.newFindings(this.document!.uri);
        if (findings) this.post({ type: 'findings', uri, findings });
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('layerwise.target')) void this.refresh();
      }),
    );
    if (ctx.client) this.listen(ctx.client);
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  /** Opens the panel beside the editor (or reveals it) and follows the active Dockerfile. */
  async show(): Promise<void> {
    if (this.panel) {
      this.panel.reveal(undefined, true);
    } else {
      const panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Layers', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, this.options());
      this.adopt(panel);
    }
    const active = vscode.window.activeTextEditor?.document;
    if (active?.languageId === LANGUAGE) await this.follow(active);
    else if (!this.document) this.post({ type: 'empty', reason: 'Open a Dockerfile to see its layers.' });
  }

  /** Brings the panel back after a window reload: registered for VIEW_TYPE in index.ts. */
  readonly serializer: vscode.WebviewPanelSerializer = {
    deserializeWebviewPanel: (panel, state: unknown) => this.restore(panel, state),
  };

  /**
   * Takes over a restored panel and follows the file its webview last showed (the webview gets the rest of its
   * saved state back from VS Code itself): an open document, else the saved file itself, else the active Dockerfile.
   */
  private async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    this.panel?.dispose();
    this.adopt(panel);
    const document = await savedDocument(readViewState(state).uri);
    const active = vscode.window.activeTextEditor?.document;
    const followed = document ?? (active?.languageId === LANGUAGE ? active : undefined);
    if (followed) await this.follow(followed);
  }

  /** Asks the webview for its picture and saves it: to `target` when given, else where the user picks. */
  exportPicture(format: ExportFormat, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    if (!this.panel) return Promise.resolve(undefined);
    this.pendingExport?.done(undefined);
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish(undefined), EXPORT_TIMEOUT_MS);
      const finish = (saved: vscode.Uri | undefined) => {
        clearTimeout(timer);
        if (this.pendingExport === pending) this.pendingExport = undefined;
        resolve(saved);
      };
      const pending: PendingExport = { format, target, done: finish };
      this.pendingExport = pending;
      this.post({ type: 'requestExport', format });
    });
  }

  dispose(): void {
    this.panel?.dispose();
    this.notifications?.dispose();
    for (const d of this.disposables) d.dispose();
  }

  private options(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    const root = this.ctx.extensionUri;
    return {
      enableScripts: true,
      enableFindWidget: false,
      localResourceRoots: [vscode.Uri.joinPath(root, 'dist'), vscode.Uri.joinPath(root, 'media')],
    };
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.forgetPosted();
    panel.webview.options = this.options();
    panel.iconPath = vscode.Uri.joinPath(this.ctx.extensionUri, 'media', 'layers.svg');
    panel.webview.html = shellHtml({
      cspSource: panel.webview.cspSource,
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(this.ctx.extensionUri, 'dist', 'webview.js')).toString(),
      styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(this.ctx.extensionUri, 'media', 'layerView.css')).toString(),
    }, newNonce());
    this.panelDisposables.push(
      panel.webview.onDidReceiveMessage((raw: unknown) => {
        const message = parseViewMessage(raw);
        if (message) void this.handle(message);
        else this.ctx.output.warn('Layer view: ignored a malformed message from the webview');
      }),
      panel.onDidChangeViewState(() => this.watch()),
      panel.onDidDispose(() => {
        this.panel = undefined;
        this.watch();
        this.pendingExport?.done(undefined);
        for (const d of this.panelDisposables.splice(0)) d.dispose();
      }),
    );
  }

  private listen(client: LanguageClient): void {
    this.notifications?.dispose();
    this.notifications = client.onNotification(LAYERS_CHANGED_NOTIFICATION, (params: LayersChangedParams) => {
      const model = this.notifiedModel(params);
      const document = this.document;
      if (!document || !this.panel) return;
      if (params.uri !== client.code2ProtocolConverter.asUri(document.uri)) return;
      if (!model) {
        // A change of a model this host does not have (a race with a new watch): start again from a whole one.
        this.watch(true);
        void this.refresh();
        return;
      }
      this.modelArrivedAt.set(params.version, Date.now());
      this.postModel(document, model, params.version);
    });
    // A new server knows nothing of what we watch.
    this.watch(true);
  }

  /** The whole model of a notification, rebuilt from the one notified before when it is a change of it. */
  private notifiedModel(params: LayersChangedParams): LayerModel | undefined {
    let model: LayerModel | undefined = params.model;
    if (params.since !== undefined && params.stages !== undefined) {
      const base = this.notified;
      const stages = base && base.uri === params.uri && base.version === params.since ? applyStages(base.model.stages, params.stages) : undefined;
      model = stages && { ...params.model, stages };
    }
    this.notified = model && { uri: params.uri, version: params.version, model };
    return model;
  }

  /**
   * Asks the server for the models of the followed document only, and only while the panel shows: a hidden
   * webview is discarded and asks for the whole model when it comes back. `again` restarts the changes.
   */
  private watch(again = false): void {
    const client = this.ctx.client;
    if (!client) return;
    const uri = this.panel?.visible && this.document ? client.code2ProtocolConverter.asUri(this.document.uri) : null;
    if (uri === this.watchedUri && !again) return;
    this.watchedUri = uri;
    this.notified = undefined;
    void client.sendNotification(WATCH_LAYERS_NOTIFICATION, { uri } satisfies WatchLayersParams).catch(() => undefined);
  }

  private async follow(document: vscode.TextDocument): Promise<void> {
    this.document = document;
    this.postedVersion = -1;
    this.forgetPosted();
    this.watch();
    if (this.panel) this.panel.title = `Layers: ${path.basename(document.uri.path)}`;
    await this.refresh();
  }

  private async refresh(): Promise<void> {
    const client = this.ctx.client;
    const document = this.document;
    if (!client || !document || !this.panel) return;
    const version = document.version;
    try {
      const model = await client.sendRequest<LayerModel | null>(LAYERS_REQUEST, { textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) } });
      if (model && document === this.document) this.postModel(document, model, version);
    } catch (error) {
      this.ctx.output.error(`Layer view: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private postModel(document: vscode.TextDocument, model: LayerModel, version: number): void {
    // A request answered after a newer notification must not draw an older model.
    if (version < this.postedVersion) return;
    this.postedVersion = version;
    this.model = model;
    this.modelPostedAt.set(version, Date.now());
    const uri = document.uri.toString();
    const fileName = path.basename(document.uri.path);
    const posted = model.stages.map(postedStage);
    const base = this.postedStages?.uri === uri ? this.postedStages : undefined;
    this.postedStages = { uri, version, stages: posted };
    if (base) {
      const stages = stageChanges(base.stages, posted);
      this.post({ type: 'modelChange', uri, fileName, version, since: base.version, model: { ...model, stages: [] }, stages, findings: this.newFindings(document.uri) });
    } else {
      this.postedFindings = undefined;
      this.post({ type: 'model', uri, fileName, version, model, findings: this.newFindings(document.uri)! });
    }
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
    if (editor) this.postCursor(editor.selection.active.line);
  }

  /** The document's findings when they differ from the ones posted last (then they count as posted), else null. */
  private newFindings(uri: vscode.Uri): ViewFinding[] | null {
    const findings = findingsOf(uri);
    const json = JSON.stringify(findings);
    if (json === this.postedFindings) return null;
    this.postedFindings = json;
    return findings;
  }

  private postCursor(line: number | null): void {
    if (line === this.postedCursor || !this.panel) return;
    this.postedCursor = line;
    this.post({ type: 'cursor', line });
  }

  /** A new webview or followed document: it has nothing of ours yet. */
  private forgetPosted(): void {
    this.postedStages = undefined;
    this.postedFindings = undefined;
    this.postedCursor = undefined;
  }

  private post(message: HostMessage): void {
    void this.panel?.webview.postMessage(message);
  }

  private async handle(message: ViewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        // A webview (re)loaded after being hidden, or one that missed a version: give it the whole current model.
        this.postedVersion = -1;
        this.forgetPosted();
        if (this.document) await this.refresh();
        else this.post({ type: 'empty', reason: 'Open a Dockerfile to see its layers.' });
        return;
      case 'reveal':
        await this.reveal(message.line);
        return;
      case 'openContainer':
        await this.openContainer(message.id);
        return;
      case 'rendered':
        if (this.document) {
          const reportedAt = Date.now();
          const arrived = this.modelArrivedAt.get(message.version);
          const posted = this.modelPostedAt.get(message.version);
          // A render of an older version (a findings update) must not drop the times of a newer one.
          for (const times of [this.modelArrivedAt, this.modelPostedAt]) for (const version of times.keys()) if (version <= message.version) times.delete(version);
          this.lastRender = {
            uri: this.document.uri.toString(),
            version: message.version,
            layerBlocks: message.layerBlocks,
            drawnBlocks: message.drawnBlocks,
            drawMs: message.drawMs,
            waitMs: message.waitMs,
            notifiedAt: arrived ?? null,
            postedAt: posted ?? null,
            receivedAt: message.receivedAt,
            drawnAt: message.drawnAt,
            reportedAt,
          };
          this.rendered.fire(this.lastRender);
        }
        return;
      case 'export':
        await this.save(message.format, message.data);
        return;
    }
  }

  /** Asks the server for the changes of a container the drawn model lists, and gives them to the webview. */
  private async openContainer(id: string): Promise<void> {
    const client = this.ctx.client;
    const document = this.document;
    const listed = this.model?.image?.containers?.some((c) => c.id === id) ?? false;
    if (!listed || !client || !document) {
      this.post({ type: 'containerChangesFailed', id, reason: 'the container is not one of the inspected image\'s containers' });
      return;
    }
    const params: ContainerChangesParams = { textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) }, containerId: id };
    try {
      const changes = await client.sendRequest<ContainerChange[]>(CONTAINER_CHANGES_REQUEST, params);
      this.post({ type: 'containerChanges', id, changes });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.ctx.output.warn(`Layer view: ${reason}`);
      this.post({ type: 'containerChangesFailed', id, reason });
    }
  }

  /** Selects the whole instruction that starts on `line` in the editor of the followed document. */
  private async reveal(line: number): Promise<void> {
    const document = this.document;
    if (!document || line >= document.lineCount) return;
    const endLine = Math.min(document.lineCount - 1, this.endLineOf(line));
    const selection = new vscode.Range(line, 0, endLine, document.lineAt(endLine).text.length);
    const column = vscode.window.visibleTextEditors.find((e) => e.document === document)?.viewColumn ?? vscode.ViewColumn.One;
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column, selection, preserveFocus: false });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private endLineOf(line: number): number {
    for (const stage of this.model?.stages ?? []) {
      const hit = stage.instructions.find((i) => i.line === line && i.onbuildLine === undefined);
      if (hit) return hit.endLine;
    }
    return line;
  }

  private async save(format: ExportFormat, data: string): Promise<void> {
    const pending = this.pendingExport?.format === format ? this.pendingExport : undefined;
    let target = pending?.target;
    if (!target) {
      const base = this.document ? this.document.uri : vscode.workspace.workspaceFolders?.[0]?.uri;
      const defaultUri = base ? vscode.Uri.joinPath(base, '..', `${path.basename(base.path)}.layers.${format}`) : undefined;
      target = await vscode.window.showSaveDialog({ defaultUri, filters: { [format.toUpperCase()]: [format] }, saveLabel: `Save ${format.toUpperCase()}` });
    }
    if (!target) {
      pending?.done(undefined);
      return;
    }
    try {
      await vscode.workspace.fs.writeFile(target, exportBytes(format, data));
      pending?.done(target);
      if (!pending?.target) void vscode.window.setStatusBarMessage(`Layerwise: saved ${path.basename(target.path)}`, 3000);
    } catch (error) {
      pending?.done(undefined);
      void vscode.window.showErrorMessage(`Layerwise: could not save the picture: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
