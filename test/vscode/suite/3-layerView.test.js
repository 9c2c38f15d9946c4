// The layer view as a user meets it: run "Layerwise: Show Layers" on a multi-stage Dockerfile, read what the
// webview drew, type a new RUN line and watch the stack grow, click a layer and see the editor follow.
// Screenshots (light, dark) go to test-artifacts/; the update latency on a 2,000-line file is printed.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const vscode = require('vscode');
const ui = require('../ui-bridge');
const { poll, activeApi } = require('./demo');

const MARKER = '[data-layerwise-view]';
const DEMO = fs.readFileSync(path.join(__dirname, '../../fixtures/workspace/Dockerfile'), 'utf8');

/** Resolves with the first render of `doc` that satisfies ok (the latest one may already). */
function nextRender(api, doc, ok, timeoutMs = 20000) {
  const last = api.layerView.lastRender;
  if (last && last.uri === doc.uri.toString() && ok(last)) return Promise.resolve(last);
  return renderAfter(api, doc, () => undefined, ok, timeoutMs);
}

async function openDockerfile(content) {
  const doc = await vscode.workspace.openTextDocument({ language: 'dockerfile', content });
  const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
  return { doc, editor };
}

function layerCount(model) {
  return model.stages.reduce((n, s) => n + s.layerCount, 0);
}

/** A CPU profile of this extension host process, through the inspector. */
async function startProfile() {
  const inspector = require('inspector');
  const session = new inspector.Session();
  session.connect();
  const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (err, result) => (err ? reject(err) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.start');
  return {
    async stop() {
      const { profile } = await post('Profiler.stop');
      session.disconnect();
      return profile;
    },
  };
}

/** Opening an editor in the panel's group hides the webview (its page is discarded), then bring it back. */
async function hideAndShowPanel(doc) {
  const other = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'hide the layer view' });
  await vscode.window.showTextDocument(other, vscode.ViewColumn.Two);
  await ui.waitFor(() => ui.evaluate(`!!Array.from(document.querySelectorAll('iframe.webview')).find((f) => f.offsetParent !== null)`), (v) => v === false);
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
  await vscode.commands.executeCommand('layerwise.showLayers');
}

/** Resolves with the first render of `doc` after `action` that satisfies ok. */
function renderAfter(api, doc, action, ok, timeoutMs = 20000) {
  const uri = doc.uri.toString();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no matching render within ${timeoutMs} ms (last ${JSON.stringify(api.layerView.lastRender)})`));
    }, timeoutMs);
    const sub = api.layerView.onDidRender((r) => {
      if (r.uri !== uri || !ok(r)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(r);
    });
    Promise.resolve().then(action).catch((error) => {
      clearTimeout(timer);
      sub.dispose();
      reject(error);
    });
  });
}

const STAGE_SELECT = "document.getElementById('stage')";

async function chooseStage(value) {
  await ui.webviewEval(MARKER, `(() => { const s = ${STAGE_SELECT}; s.value = ${JSON.stringify(value)}; s.dispatchEvent(new Event('change')); })()`);
}

async function setTheme(name) {
  await vscode.workspace.getConfiguration('workbench').update('colorTheme', name, vscode.ConfigurationTarget.Global);
}

describe('Layer view', function () {
  this.timeout(120000);
  let api;
  let demo;
  let model;
  /** The 2,000-line file of the latency test and its layer count, for the test after it. */
  let big;
  let bigBlocks = 0;

  before(async () => {
    api = await activeApi();
    demo = await openDockerfile(DEMO);
    const uri = api.client.code2ProtocolConverter.asUri(demo.doc.uri);
    model = await poll('layer model', () => api.client.sendRequest('layerwise/layers', { textDocument: { uri } }), (m) => m && m.stages.length === 2);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('workbench').update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
  });

  it('opens beside the editor and draws one block per layer of the model', async () => {
    await vscode.commands.executeCommand('layerwise.showLayers');
    const render = await nextRender(api, demo.doc, (r) => r.version === demo.doc.version);
    assert.strictEqual(render.layerBlocks, layerCount(model));
    assert.ok(api.layerView.isOpen);
  });

  it('shows containers, the target stage and COPY --from arrows in the webview DOM', async function () {
    if (!ui.available()) this.skip();
    const seen = await ui.waitFor(() => ui.webviewEval(MARKER, `({
      layers: document.querySelectorAll('.lw-layer').length,
      targetLayers: document.querySelectorAll('.lw-stage.lw-target .lw-layer').length,
      containers: document.querySelectorAll('.lw-container').length,
      target: document.querySelector('.lw-stage.lw-target .lw-stage-name')?.textContent,
      buildOnly: document.querySelectorAll('.lw-stage.lw-build-only').length,
      arrows: Array.from(document.querySelectorAll('.lw-arrow')).map((a) => a.getAttribute('data-to-layer')),
      config: Array.from(document.querySelectorAll('.lw-stage.lw-target .lw-config')).length,
      tabStops: document.querySelectorAll('.lw-nav[tabindex="0"]').length,
      labelled: Array.from(document.querySelectorAll('.lw-nav')).every((n) => n.getAttribute('aria-label')),
      pictureRules: document.getElementById('picture-css')?.sheet?.cssRules.length ?? 0,
    })`), (v) => v && v.layers > 0, 20000);
    assert.strictEqual(seen.layers, layerCount(model));
    assert.strictEqual(seen.targetLayers, model.stages[1].layerCount);
    assert.strictEqual(seen.containers, 2);
    assert.strictEqual(seen.target, 'Stage runtime');
    assert.strictEqual(seen.buildOnly, 1);
    assert.deepStrictEqual(seen.arrows, ['s1-l2', 's1-l3']);
    assert.strictEqual(seen.config, model.stages[1].instructions.filter((i) => i.effect === 'metadata').length);
    assert.strictEqual(seen.tabStops, 1);
    assert.ok(seen.labelled);
    assert.ok(seen.pictureRules > 10, `${seen.pictureRules} rules in the picture's style element (the CSP let the script fill it)`);
  });

  it('adds a container with the + button', async function () {
    if (!ui.available()) this.skip();
    await ui.webviewClick(MARKER, '#more');
    const count = await ui.waitFor(() => ui.webviewEval(MARKER, "document.querySelectorAll('.lw-container').length"), (n) => n === 3);
    assert.strictEqual(count, 3);
    await ui.webviewClick(MARKER, '#fewer');
    await ui.waitFor(() => ui.webviewEval(MARKER, "document.querySelectorAll('.lw-container').length"), (n) => n === 2);
  });

  it('grows the stack when a RUN line is typed, without reopening', async () => {
    const before = api.layerView.lastRender.layerBlocks;
    const end = demo.doc.lineAt(demo.doc.lineCount - 1).range.end;
    await demo.editor.edit((e) => e.insert(end, '\nRUN echo "a new layer"'));
    const render = await nextRender(api, demo.doc, (r) => r.version === demo.doc.version);
    assert.strictEqual(render.layerBlocks, before + 1);
    if (ui.available()) {
      const top = await ui.waitFor(() => ui.webviewEval(MARKER, "document.querySelector('.lw-stage.lw-target .lw-layer .lw-label')?.textContent ?? ''"), (t) => /a new layer/.test(t || ''));
      assert.match(top, /RUN echo "a new layer"/);
    }
  });

  it('shows a rule finding on the layer it is about', async function () {
    if (!ui.available()) this.skip();
    const end = demo.doc.lineAt(demo.doc.lineCount - 1).range.end;
    await demo.editor.edit((e) => e.insert(end, '\nCOPY --bogus=1 a /a'));
    const line = demo.doc.lineCount - 1;
    const finding = await ui.waitFor(() => ui.webviewEval(MARKER, `document.querySelector('.lw-layer[data-line="${line}"] .lw-finding')?.textContent ?? ''`),
      (t) => /--bogus/.test(t || ''), 20000);
    assert.match(finding, /COPY has no flag --bogus/);
    const label = await ui.webviewEval(MARKER, `document.querySelector('.lw-layer[data-line="${line}"]').getAttribute('aria-label')`);
    assert.match(label, /1 finding: error COPY has no flag --bogus/);
  });

  it('keeps the container count when the panel is hidden and shown again', async function () {
    if (!ui.available()) this.skip();
    await ui.webviewClick(MARKER, '#more');
    await ui.waitFor(() => ui.webviewEval(MARKER, "document.querySelectorAll('.lw-container').length"), (n) => n === 3);
    await hideAndShowPanel(demo.doc);
    const count = await ui.waitFor(() => ui.webviewEval(MARKER, "document.querySelectorAll('.lw-container').length").catch(() => 0), (n) => n === 3, 20000);
    assert.strictEqual(count, 3);
    await ui.webviewClick(MARKER, '#fewer');
    await ui.waitFor(() => ui.webviewEval(MARKER, "document.querySelectorAll('.lw-container').length"), (n) => n === 2);
  });

  it('runs Show Layers from the final-image CodeLens', async () => {
    const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', demo.doc.uri, 100);
    const finalLens = lenses.find((l) => l.command && /^Final image/.test(l.command.title));
    assert.ok(finalLens, 'no final-image lens');
    assert.strictEqual(finalLens.command.command, 'layerwise.showLayers');
    const others = lenses.filter((l) => l !== finalLens && l.command && l.command.command === 'layerwise.showLayers');
    assert.deepStrictEqual(others, []);
  });

  it('selects the instruction in the editor when its layer is clicked', async function () {
    if (!ui.available()) this.skip();
    const runLine = model.stages[0].instructions.find((i) => i.keyword === 'RUN');
    await ui.webviewClick(MARKER, `.lw-layer[data-line="${runLine.line}"]`);
    const selection = await poll('editor selection', () => vscode.window.visibleTextEditors.find((e) => e.document === demo.doc)?.selection,
      (s) => s && s.start.line === runLine.line);
    assert.strictEqual(selection.start.line, runLine.line);
    assert.strictEqual(selection.end.line, runLine.endLine);
  });

  it('highlights the layer of the line the cursor moves to', async function () {
    if (!ui.available()) this.skip();
    const copy = model.stages[1].instructions.find((i) => i.keyword === 'COPY');
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === demo.doc);
    editor.selection = new vscode.Selection(copy.line, 3, copy.line, 3);
    const current = await ui.waitFor(() => ui.webviewEval(MARKER, "document.querySelector('.lw-current')?.getAttribute('data-line') ?? ''"), (l) => l === String(copy.line));
    assert.strictEqual(current, String(copy.line));
  });

  it('moves between layers with the arrow keys', async function () {
    if (!ui.available()) this.skip();
    const moved = await ui.webviewEval(MARKER, `(() => {
      const first = document.querySelector('.lw-stage.lw-target .lw-layer');
      first.focus();
      first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
      const now = document.activeElement;
      const second = document.querySelectorAll('.lw-stage.lw-target .lw-layer')[1];
      return { moved: now === second, tabStop: now.getAttribute('tabindex'), stops: document.querySelectorAll('.lw-nav[tabindex="0"]').length };
    })()`);
    assert.deepStrictEqual(moved, { moved: true, tabStop: '0', stops: 1 });
  });

  it('draws one stage alone when chosen in the selector, and keeps the choice when hidden and shown', async function () {
    if (!ui.available()) this.skip();
    const options = await ui.waitFor(() => ui.webviewEval(MARKER, `Array.from(${STAGE_SELECT}.options).map((o) => o.value + '=' + o.textContent)`), (o) => o.length === 3);
    assert.deepStrictEqual(options, ['=All stages', 'build=Stage build (build-only)', 'runtime=Stage runtime (target)']);
    const blocks = api.layerView.lastRender.layerBlocks;
    const stagesDrawn = () => ui.webviewEval(MARKER, "Array.from(document.querySelectorAll('.lw-stage')).map((s) => s.getAttribute('data-stage')).join(',')");
    const alone = await renderAfter(api, demo.doc, () => chooseStage('build'), (r) => r.layerBlocks === model.stages[0].layerCount);
    assert.strictEqual(alone.layerBlocks, model.stages[0].layerCount);
    assert.strictEqual(await stagesDrawn(), '0');
    assert.strictEqual(await ui.webviewEval(MARKER, "document.querySelectorAll('.lw-container').length"), 0);
    await hideAndShowPanel(demo.doc);
    const kept = await ui.waitFor(() => ui.webviewEval(MARKER, `${STAGE_SELECT}?.value + '|' + document.querySelectorAll('.lw-stage').length`).catch(() => ''), (v) => v === 'build|1', 20000);
    assert.strictEqual(kept, 'build|1');
    const all = await renderAfter(api, demo.doc, () => chooseStage(''), (r) => r.layerBlocks === blocks);
    assert.strictEqual(all.layerBlocks, blocks);
    assert.strictEqual(await stagesDrawn(), '0,1');
  });

  it('saves the picture as SVG and as PNG', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerwise-export-'));
    try {
      const svg = await vscode.commands.executeCommand('layerwise.exportLayers', 'svg', vscode.Uri.file(path.join(dir, 'layers.svg')));
      assert.ok(svg, 'no SVG saved');
      const markup = fs.readFileSync(path.join(dir, 'layers.svg'), 'utf8');
      assert.match(markup, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      assert.strictEqual(markup.match(/class="lw-nav lw-block lw-layer"/g).length, api.layerView.lastRender.layerBlocks);
      const png = await vscode.commands.executeCommand('layerwise.exportLayers', 'png', vscode.Uri.file(path.join(dir, 'layers.png')));
      assert.ok(png, 'no PNG saved');
      const bytes = fs.readFileSync(path.join(dir, 'layers.png'));
      assert.deepStrictEqual([...bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
      assert.ok(bytes.length > 5000, `PNG of ${bytes.length} bytes`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes screenshots in the light, dark and high-contrast themes', async function () {
    if (!ui.available()) this.skip();
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    for (const [theme, name] of [['Default Light Modern', 'layer-view-light'], ['Default Dark Modern', 'layer-view-dark'], ['Default High Contrast', 'layer-view-hc']]) {
      await setTheme(theme);
      await ui.waitFor(() => ui.evaluate("document.querySelector('.monaco-workbench')?.className"),
        (c) => (name.endsWith('light') ? /vs(?!-dark)/.test(c) && !/vs-dark|hc-black/.test(c) : name.endsWith('dark') ? /vs-dark/.test(c) : /hc-black/.test(c)));
      await ui.waitFor(() => ui.webviewEval(MARKER, "document.body.className"), (c) => c.includes(name.endsWith('light') ? 'vscode-light' : name.endsWith('dark') ? 'vscode-dark' : 'vscode-high-contrast'));
      await ui.webviewEval(MARKER, "document.getElementById('picture').scrollLeft = 0");
      await ui.screenshot(name);
    }
  });

  it('restores the panel through its registered serializer, following the saved file', async () => {
    // A real window reload cannot be driven from here: it restarts the extension host that runs this suite.
    // So the serializer registered for the view type is called as VS Code calls it after a reload: with a new
    // panel of that type and the webview's saved state, while the active editor shows another Dockerfile.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerwise-restore-'));
    try {
      const file = vscode.Uri.file(path.join(dir, 'Dockerfile'));
      fs.writeFileSync(file.fsPath, 'FROM alpine AS saved\nRUN echo one\nRUN echo two\nCOPY three /three\n');
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === file.toString()), 'the saved file must not be open yet');
      await openDockerfile('FROM busybox\nRUN echo other\n');
      const panel = vscode.window.createWebviewPanel('layerwise.layers', 'Layers', { viewColumn: vscode.ViewColumn.Two, preserveFocus: true }, {});
      const saved = JSON.parse(JSON.stringify({ containers: 3, uri: file.toString(), stage: null })); // as VS Code stores it
      const restored = await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no render of the saved file')), 20000);
        const sub = api.layerView.onDidRender((r) => {
          if (r.uri !== file.toString()) return;
          clearTimeout(timer);
          sub.dispose();
          resolve(r);
        });
        Promise.resolve(api.layerView.serializer.deserializeWebviewPanel(panel, saved)).catch(reject);
      });
      assert.strictEqual(restored.layerBlocks, 3);
      assert.ok(api.layerView.isOpen);
      assert.strictEqual(panel.title, 'Layers: Dockerfile');
      if (ui.available()) {
        const title = await ui.waitFor(() => ui.webviewEval(MARKER, "document.querySelector('.lw-title')?.textContent ?? ''"), (t) => t === 'Dockerfile');
        assert.strictEqual(title, 'Dockerfile');
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('follows the active Dockerfile and measures the update latency on a 2,000-line file', async function () {
    this.timeout(300000); // measured, not asserted: a loaded machine only makes it slow
    const stages = [];
    for (let s = 0; s < 10; s++) {
      stages.push(`FROM debian:bookworm AS stage${s}`, 'WORKDIR /src');
      for (let i = 0; i < 198; i++) stages.push(i % 4 === 0 ? `ENV STEP_${s}_${i}=${i}` : i % 4 === 1 ? `COPY part${s}-${i}.txt /src/` : `RUN echo "step ${s}.${i}" >> /log`);
      if (s > 0) stages.push(`COPY --from=stage${s - 1} /log /prev.log`);
    }
    // LAYERWISE_PROFILE_DIR=dir: CPU profiles of the extension host over the edits, and of the workbench page
    // (its main thread runs the webview too) over the keystrokes.
    const profileDir = process.env.LAYERWISE_PROFILE_DIR;
    big = await openDockerfile(stages.join('\n') + '\n');
    assert.ok(big.doc.lineCount >= 2000, `${big.doc.lineCount} lines`);
    await vscode.commands.executeCommand('layerwise.showLayers');
    const first = await nextRender(api, big.doc, (r) => r.version === big.doc.version, 60000);
    bigBlocks = first.layerBlocks;
    assert.ok(first.layerBlocks > 1000, `${first.layerBlocks} blocks`);
    const samples = [];
    const phases = { drawn: [], changed: [], toNotification: [], hostWork: [], transit: [], wait: [], draw: [], back: [], afterModel: [] };
    // Epoch ms on the performance clocks of this process and of the webview (one machine): one timeline per edit.
    const epochNow = () => performance.timeOrigin + performance.now();
    let changedAt = 0;
    const changes = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === big.doc) changedAt = epochNow();
    });
    const cpu0 = process.cpuUsage();
    const profiler = profileDir ? await startProfile() : undefined;
    for (let k = 0; k < 20; k++) {
      const at = big.doc.lineAt(big.doc.lineCount - 1).range.end;
      const t0 = epochNow();
      await big.editor.edit((e) => e.insert(at, `\nRUN echo "typed ${k}"`));
      const render = await nextRender(api, big.doc, (r) => r.version === big.doc.version, 30000);
      samples.push(render.reportedAt - t0);
      phases.drawn.push(render.drawnAt - t0);
      phases.changed.push(changedAt - t0);
      phases.draw.push(render.drawMs);
      phases.wait.push(render.waitMs);
      phases.back.push(render.reportedAt - render.drawnAt);
      if (render.postedAt !== null) phases.transit.push(render.receivedAt - render.postedAt);
      if (render.notifiedAt !== null) {
        phases.afterModel.push(render.reportedAt - render.notifiedAt);
        phases.toNotification.push(render.notifiedAt - changedAt);
        if (render.postedAt !== null) phases.hostWork.push(render.postedAt - render.notifiedAt);
      }
      assert.strictEqual(render.layerBlocks, first.layerBlocks + k + 1);
    }
    const cpu = process.cpuUsage(cpu0);
    changes.dispose();
    if (profiler) {
      fs.writeFileSync(path.join(profileDir, 'extension-host.cpuprofile'), JSON.stringify(await profiler.stop()));
    }
    const stats = (xs) => {
      const s = [...xs].sort((a, b) => a - b);
      const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))].toFixed(1);
      return s.length === 0 ? 'n/a' : `median ${at(0.5)} ms, p90 ${at(0.9)}, min ${s[0].toFixed(1)}, max ${s[s.length - 1].toFixed(1)} (n=${s.length})`;
    };
    console.log(`layer view update latency on ${big.doc.lineCount} lines (${first.layerBlocks} layer blocks, ${api.layerView.lastRender.drawnBlocks} with DOM nodes; ` +
      `load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs; wall time)`);
    console.log(`  edit -> webview drawn: ${stats(phases.drawn)}`);
    console.log(`    edit (editor.edit) -> document changed in the extension host: ${stats(phases.changed)}`);
    console.log(`    document changed -> server notification at the client: ${stats(phases.toNotification)}`);
    console.log(`    notification -> host postMessage: ${stats(phases.hostWork)}`);
    console.log(`    host postMessage -> webview received: ${stats(phases.transit)}`);
    console.log(`    received -> render starts: ${stats(phases.wait)}`);
    console.log(`    webview DOM update: ${stats(phases.draw)}`);
    console.log(`  edit -> the webview's report back at the host: ${stats(samples)}`);
    console.log(`    webview drawn -> report at the host: ${stats(phases.back)}`);
    console.log(`    server notification -> report at the host: ${stats(phases.afterModel)}`);
    console.log(`  extension host CPU over the ${samples.length} edits: ${((cpu.user + cpu.system) / 1000 / samples.length).toFixed(1)} ms per edit`);
    if (!ui.available()) return;
    await ui.screenshot('layer-view-2000-lines');
    // Real keystrokes, as a user types them at the end of the file: from the key's time in the workbench page to
    // the end of the webview's DOM update (browser clocks). editor.edit above adds a trip host -> page that typing has not.
    const last = big.doc.lineAt(big.doc.lineCount - 1).range.end;
    await vscode.window.showTextDocument(big.doc, { viewColumn: big.editor.viewColumn, selection: new vscode.Range(last, last), preserveFocus: false });
    await ui.evaluate("(window.__layerwiseKeys = [], document.addEventListener('keydown', () => window.__layerwiseKeys.push(performance.timeOrigin + performance.now()), true), 0)");
    const typed = { drawn: [], changed: [], toNotification: [], transit: [] };
    if (profileDir) await ui.profileStart();
    for (let k = 0; k < 15; k++) {
      const version = big.doc.version;
      const rendered = nextRender(api, big.doc, (r) => r.version > version, 30000);
      const changed = new Promise((resolve) => {
        const sub = vscode.workspace.onDidChangeTextDocument((e) => {
          if (e.document !== big.doc) return;
          sub.dispose();
          resolve(epochNow());
        });
      });
      await ui.press(String(k % 10));
      const [render, changedAtKey] = await Promise.all([rendered, changed]);
      const keyAt = await ui.evaluate('window.__layerwiseKeys[window.__layerwiseKeys.length - 1]');
      assert.strictEqual(await ui.evaluate('window.__layerwiseKeys.length'), k + 1);
      typed.drawn.push(render.drawnAt - keyAt);
      typed.changed.push(changedAtKey - keyAt);
      if (render.notifiedAt !== null) typed.toNotification.push(render.notifiedAt - changedAtKey);
      if (render.postedAt !== null) typed.transit.push(render.receivedAt - render.postedAt);
    }
    if (profileDir) await ui.profileStop(path.join(profileDir, 'workbench-page.cpuprofile'));
    console.log(`  keystroke (page) -> webview drawn: ${stats(typed.drawn)}`);
    console.log(`    keystroke -> document changed in the extension host: ${stats(typed.changed)}`);
    console.log(`    document changed -> server notification at the client: ${stats(typed.toNotification)}`);
    console.log(`    host postMessage -> webview received: ${stats(typed.transit)}`);
  });

  it('draws a long file near the viewport only, and reaches any layer by cursor and keyboard', async function () {
    if (!ui.available() || !big) this.skip();
    const dom = await ui.webviewEval(MARKER, "document.querySelectorAll('.lw-layer').length");
    assert.ok(dom > 0 && dom < bigBlocks / 3, `${dom} of ${bigBlocks} blocks have DOM nodes`);
    const uri = api.client.code2ProtocolConverter.asUri(big.doc.uri);
    const bigModel = await api.client.sendRequest('layerwise/layers', { textDocument: { uri } });
    const stage0 = bigModel.stages[0].instructions.filter((i) => i.effect === 'layer');
    // The bottom layer of the first stack is far below the viewport: the cursor brings it in and marks it.
    const bottom = stage0[0];
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === big.doc);
    editor.selection = new vscode.Selection(bottom.line, 0, bottom.line, 0);
    const current = await ui.waitFor(() => ui.webviewEval(MARKER, "document.querySelector('.lw-current')?.getAttribute('data-line') ?? ''"), (l) => l === String(bottom.line), 20000);
    assert.strictEqual(current, String(bottom.line));
    // Home goes to the top of that stack, which has no DOM node now: it is drawn and focused.
    const top = stage0[stage0.length - 1];
    const focused = await ui.webviewEval(MARKER, `(() => {
      const from = document.querySelector('.lw-current');
      const before = !!document.querySelector('.lw-layer[data-line="${top.line}"]');
      from.focus();
      from.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
      return { before, line: document.activeElement.getAttribute('data-line'), stops: document.querySelectorAll('.lw-nav[tabindex="0"]').length };
    })()`);
    assert.deepStrictEqual(focused, { before: false, line: String(top.line), stops: 1 });
  });
});
