/** The editor language features (completion … inlay hints): their capabilities and handlers, in one place. */
import type { ServerCapabilities } from 'vscode-languageserver';
import { COMPLETION_TRIGGERS, registerCompletion } from './completion';
import type { ServerContext } from './context';
import { registerDocumentLinks } from './documentLinks';
import { registerFolding } from './folding';
import { registerFormatting } from './formatting';
import { registerInlayHints } from './inlayHints';
import { registerNavigation } from './navigation';
import { registerSelectionRanges } from './selectionRanges';
import { registerSemanticTokens, SEMANTIC_TOKENS_LEGEND } from './semanticTokens';
import { registerSignatureHelp, SIGNATURE_TRIGGERS } from './signatureHelp';
import { registerSymbols } from './symbols';

export const LANGUAGE_FEATURE_CAPABILITIES: ServerCapabilities = {
  completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false },
  signatureHelpProvider: { triggerCharacters: SIGNATURE_TRIGGERS, retriggerCharacters: [','] },
  documentSymbolProvider: true,
  workspaceSymbolProvider: true,
  foldingRangeProvider: true,
  selectionRangeProvider: true,
  definitionProvider: true,
  referencesProvider: true,
  documentHighlightProvider: true,
  renameProvider: { prepareProvider: true },
  documentLinkProvider: { resolveProvider: false },
  documentFormattingProvider: true,
  documentRangeFormattingProvider: true,
  documentOnTypeFormattingProvider: { firstTriggerCharacter: '\n' },
  semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: true },
  inlayHintProvider: true,
};

export function registerLanguageFeatures(context: ServerContext): void {
  registerCompletion(context);
  registerSignatureHelp(context);
  registerSymbols(context);
  registerFolding(context);
  registerSelectionRanges(context);
  registerNavigation(context);
  registerDocumentLinks(context);
  registerFormatting(context);
  registerSemanticTokens(context);
  registerInlayHints(context);
}
