// Shared by the suites: the demo Dockerfile of the fixture workspace, the activated extension, polling.
const assert = require('assert');
const vscode = require('vscode');

const EXTENSION_ID = 'layerwise.layerwise';

/** Polls get() until ok(value) holds; the deadline turns a silent hang into a message with the last value. */
async function poll(what, get, ok, timeoutMs = 30000) {
  let last;
  for (const end = Date.now() + timeoutMs; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    last = await get();
    if (ok(last)) return last;
  }
  throw new Error(`${what}: not within ${timeoutMs} ms (last value ${JSON.stringify(last)})`);
}

/** Opens the demo Dockerfile in an editor; opening it is what activates the extension (onLanguage:dockerfile). */
async function openDemo() {
  const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'Dockerfile');
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc);
  assert.strictEqual(doc.languageId, 'dockerfile');
  return { uri, doc, editor };
}

/** The exports of the activated extension (LayerwiseApi: `{ client }`). */
async function activeApi() {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed`);
  const api = await ext.activate();
  assert.ok(ext.isActive);
  return api;
}

/** The layer model the server holds for uri, through the custom request `layerwise/layers`. */
function requestLayers(api, uri) {
  return api.client.sendRequest('layerwise/layers', {
    textDocument: { uri: api.client.code2ProtocolConverter.asUri(uri) },
  });
}

/** Resolved CodeLens of uri (the third argument makes VS Code resolve them, so titles are filled in). */
function codeLenses(uri) {
  return vscode.commands.executeCommand('vscode.executeCodeLensProvider', uri, 100);
}

/** 0-based lines whose text matches re. */
function linesMatching(doc, re) {
  const lines = [];
  for (let i = 0; i < doc.lineCount; i++) if (re.test(doc.lineAt(i).text)) lines.push(i);
  return lines;
}

/** Text of a hover's contents, whatever form each part has. */
function hoverText(hovers) {
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

module.exports = { EXTENSION_ID, poll, openDemo, activeApi, requestLayers, codeLenses, linesMatching, hoverText };
