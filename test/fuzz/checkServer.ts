/**
 * Drives the real server over stdio with fuzz inputs: every request the server advertises, at random
 * positions, checked for in-range results, edits that apply, and answers within a size-proportional time.
 */
import type { CodeLens, Diagnostic, Position, Range, ServerCapabilities } from 'vscode-languageserver-protocol';
import { analyze } from '../../server/src/core/analysis';
import type { TestServer } from '../support/lspClient';
import { FuzzFailure } from './checkCore';
import type { Random } from './random';

interface Doc {
  readonly uri: string;
  readonly text: string;
  /** Line lengths in UTF-16 code units, as LSP counts lines (\r\n, \n, \r). */
  readonly lines: readonly number[];
  readonly diagnostics: readonly Diagnostic[];
}

type RequestMaker = (doc: Doc, random: Random) => readonly { method: string; params: object }[];

/** Capabilities that are not requests about a document position. */
const NOT_REQUESTS = new Set(['textDocumentSync', 'positionEncoding', 'workspace', 'experimental', 'executeCommandProvider', 'notebookDocumentSync']);

const textDocument = (doc: Doc) => ({ uri: doc.uri });
const FORMAT_OPTIONS = { tabSize: 4, insertSpaces: true };

/** A position somewhere in the document, sometimes past a line end or past the last line (clients do that). */
export function randomPosition(doc: Doc, random: Random): Position {
  const line = random.chance(0.05) ? doc.lines.length + random.int(3) : random.int(doc.lines.length);
  const length = doc.lines[line] ?? 0;
  return { line, character: random.chance(0.05) ? length + random.int(5) : random.int(length + 1) };
}

function randomRange(doc: Doc, random: Random): Range {
  const a = randomPosition(doc, random);
  const b = randomPosition(doc, random);
  return a.line < b.line || (a.line === b.line && a.character <= b.character) ? { start: a, end: b } : { start: b, end: a };
}

const at = (method: string, extra: object = {}): RequestMaker => (doc, random) => [{ method, params: { textDocument: textDocument(doc), position: randomPosition(doc, random), ...extra } }];
const whole = (method: string, extra: object = {}): RequestMaker => (doc) => [{ method, params: { textDocument: textDocument(doc), ...extra } }];

/** How to exercise each LSP capability a server can advertise. */
export const REQUESTS: Readonly<Record<string, RequestMaker>> = {
  hoverProvider: at('textDocument/hover'),
  completionProvider: at('textDocument/completion', { context: { triggerKind: 1 } }),
  signatureHelpProvider: at('textDocument/signatureHelp'),
  definitionProvider: at('textDocument/definition'),
  declarationProvider: at('textDocument/declaration'),
  typeDefinitionProvider: at('textDocument/typeDefinition'),
  implementationProvider: at('textDocument/implementation'),
  referencesProvider: at('textDocument/references', { context: { includeDeclaration: true } }),
  documentHighlightProvider: at('textDocument/documentHighlight'),
  renameProvider: (doc, random) => [
    { method: 'textDocument/prepareRename', params: { textDocument: textDocument(doc), position: randomPosition(doc, random) } },
    { method: 'textDocument/rename', params: { textDocument: textDocument(doc), position: randomPosition(doc, random), newName: random.pick(['x', 'new_name', 'a b', '']) } },
  ],
  linkedEditingRangeProvider: at('textDocument/linkedEditingRange'),
  callHierarchyProvider: at('textDocument/prepareCallHierarchy'),
  typeHierarchyProvider: at('textDocument/prepareTypeHierarchy'),
  monikerProvider: at('textDocument/moniker'),
  documentOnTypeFormattingProvider: at('textDocument/onTypeFormatting', { ch: '\n', options: FORMAT_OPTIONS }),
  codeLensProvider: whole('textDocument/codeLens'),
  documentSymbolProvider: whole('textDocument/documentSymbol'),
  foldingRangeProvider: whole('textDocument/foldingRange'),
  documentLinkProvider: whole('textDocument/documentLink'),
  colorProvider: whole('textDocument/documentColor'),
  documentFormattingProvider: whole('textDocument/formatting', { options: FORMAT_OPTIONS }),
  diagnosticProvider: whole('textDocument/diagnostic'),
  semanticTokensProvider: whole('textDocument/semanticTokens/full'),
  documentRangeFormattingProvider: (doc, random) => [{ method: 'textDocument/rangeFormatting', params: { textDocument: textDocument(doc), range: randomRange(doc, random), options: FORMAT_OPTIONS } }],
  inlayHintProvider: (doc) => [{ method: 'textDocument/inlayHint', params: { textDocument: textDocument(doc), range: { start: { line: 0, character: 0 }, end: { line: doc.lines.length, character: 0 } } } }],
  inlineValueProvider: (doc, random) => [{ method: 'textDocument/inlineValue', params: { textDocument: textDocument(doc), range: randomRange(doc, random), context: { frameId: 1, stoppedLocation: randomRange(doc, random) } } }],
  selectionRangeProvider: (doc, random) => [{ method: 'textDocument/selectionRange', params: { textDocument: textDocument(doc), positions: [randomPosition(doc, random), randomPosition(doc, random)] } }],
  codeActionProvider: (doc, random) => [
    { method: 'textDocument/codeAction', params: { textDocument: textDocument(doc), range: randomRange(doc, random), context: { diagnostics: [] } } },
    ...doc.diagnostics.slice(0, 5).map((d) => ({ method: 'textDocument/codeAction', params: { textDocument: textDocument(doc), range: d.range, context: { diagnostics: [d] } } })),
  ],
  workspaceSymbolProvider: () => [{ method: 'workspace/symbol', params: { query: '' } }],
};

/** The advertised capabilities this harness does not know how to drive (a new one must be added above). */
export function unknownCapabilities(capabilities: ServerCapabilities): string[] {
  return Object.keys(capabilities).filter((key) => !NOT_REQUESTS.has(key) && !(key in REQUESTS));
}

export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

function isPosition(value: unknown): value is Position {
  return typeof value === 'object' && value !== null && typeof (value as Position).line === 'number' && typeof (value as Position).character === 'number';
}

function checkPosition(doc: Doc, position: Position, where: string): void {
  const { line, character } = position;
  if (!(line >= 0 && line < doc.lines.length && character >= 0 && character <= doc.lines[line])) {
    throw new FuzzFailure(`${where}: position ${line}:${character} outside the document (${doc.lines.length} lines)`);
  }
}

/** Every {start, end} position pair (a Range) in an LSP result must lie inside the document. */
function checkRanges(doc: Doc, value: unknown, where: string): void {
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  if (isPosition(record.start) && isPosition(record.end)) {
    checkPosition(doc, record.start, where);
    checkPosition(doc, record.end, where);
  }
  for (const child of Object.values(record)) checkRanges(doc, child, where);
}

function offsetOf(doc: Doc, position: Position): number {
  let offset = 0;
  const breaks = doc.text.match(/\r\n|\r|\n/g) ?? [];
  for (let line = 0; line < position.line; line++) offset += doc.lines[line] + breaks[line].length;
  return offset + position.character;
}

/** Text edits of a result (formatting, code action, rename) must not overlap; applied, the text must analyse. */
function checkEdits(doc: Doc, edits: readonly { range: Range; newText: string }[], where: string): void {
  const spans = edits.map((e) => ({ start: offsetOf(doc, e.range.start), end: offsetOf(doc, e.range.end), newText: e.newText })).sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor || span.end < span.start) throw new FuzzFailure(`${where}: overlapping or reversed edits at ${span.start}`);
    out += doc.text.slice(cursor, span.start) + span.newText;
    cursor = span.end;
  }
  out += doc.text.slice(cursor);
  try {
    analyze(out);
  } catch (error) {
    throw new FuzzFailure(`${where}: edited text does not analyse: ${String(error)}`);
  }
}

function editsOf(method: string, result: unknown, uri: string): { range: Range; newText: string }[][] {
  if (!result) return [];
  if (method === 'textDocument/formatting' || method === 'textDocument/rangeFormatting' || method === 'textDocument/onTypeFormatting') return [result as { range: Range; newText: string }[]];
  const workspaceEdits: unknown[] = method === 'textDocument/rename' ? [result] : method === 'textDocument/codeAction' ? (result as { edit?: unknown }[]).map((a) => a.edit) : [];
  return workspaceEdits.flatMap((edit) => {
    const changes = (edit as { changes?: Record<string, { range: Range; newText: string }[]> } | undefined)?.changes?.[uri];
    const documentChanges = (edit as { documentChanges?: { textDocument?: { uri: string }; edits?: { range: Range; newText: string }[] }[] } | undefined)?.documentChanges;
    return [...(changes ? [changes] : []), ...(documentChanges ?? []).filter((c) => c.textDocument?.uri === uri && c.edits).map((c) => c.edits!)];
  });
}

/** Generous: the transport and a busy CI machine are included. */
export function serverBudgetMs(length: number): number {
  return 2000 + (10 * length) / 1024;
}

/** Lenses sent without a command are resolved (a few at random): each must get a titled command. */
async function resolveLenses(server: TestServer, doc: Doc, lenses: readonly CodeLens[], random: Random): Promise<number> {
  const unresolved = lenses.filter((lens) => !lens.command);
  if (unresolved.length === 0) return 0;
  const codeLensProvider = server.capabilities.codeLensProvider;
  if (!codeLensProvider?.resolveProvider) throw new FuzzFailure('CodeLens without a command, but the server does not resolve lenses');
  let sent = 0;
  for (let i = 0; i < 3; i++) {
    const lens = random.pick(unresolved);
    const resolved = await server.connection.sendRequest<CodeLens>('codeLens/resolve', lens);
    checkRanges(doc, resolved, 'codeLens/resolve');
    if (!resolved.command?.title) throw new FuzzFailure(`codeLens/resolve gave no title for ${JSON.stringify(lens)}`);
    sent++;
  }
  return sent;
}

/** Opens `text`, waits for its diagnostics, sends every advertised request a few times and closes it. */
export async function checkServer(server: TestServer, uri: string, text: string, random: Random): Promise<number> {
  const published = server.diagnostics(uri);
  server.open(uri, text);
  const diagnostics = await published;
  const doc: Doc = { uri, text, lines: lineLengths(text), diagnostics };
  checkRanges(doc, diagnostics, 'publishDiagnostics');
  let requests = 0;
  for (const [capability, make] of Object.entries(REQUESTS)) {
    if (!(capability in server.capabilities) || !server.capabilities[capability as keyof ServerCapabilities]) continue;
    for (let round = 0; round < 3; round++) {
      for (const { method, params } of make(doc, random)) {
        const started = performance.now();
        let result: unknown;
        try {
          result = await server.connection.sendRequest(method, params);
        } catch (error) {
          // A rename may be refused with an error message (LSP allows it); anything else is a failure.
          const code = (error as { code?: number }).code;
          const refusal = (method === 'textDocument/prepareRename' || method === 'textDocument/rename') && code !== undefined && code !== -32603;
          if (!refusal) throw new FuzzFailure(`${method} ${JSON.stringify(params).slice(0, 200)} failed: ${String(error)}`);
        }
        const elapsed = performance.now() - started;
        if (elapsed > serverBudgetMs(text.length)) throw new FuzzFailure(`${method} took ${elapsed.toFixed(0)} ms on ${text.length} chars`);
        checkRanges(doc, result, method);
        for (const edits of editsOf(method, result, uri)) checkEdits(doc, edits, method);
        requests++;
        if (method === 'textDocument/codeLens' && Array.isArray(result)) requests += await resolveLenses(server, doc, result as CodeLens[], random);
      }
    }
  }
  await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  if (server.process.exitCode !== null) throw new FuzzFailure(`server exited with ${server.process.exitCode}`);
  return requests;
}
