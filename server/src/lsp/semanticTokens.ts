import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend, type SemanticTokensParams, type SemanticTokensRangeParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { semanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES, type Token } from '../core/features/semanticTokens';
import type { ServerContext } from './context';

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

function encode(document: TextDocument, tokens: readonly Token[]): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  for (const token of tokens) {
    const start = document.positionAt(token.span.start);
    const modifiers = token.modifiers.reduce((bits, m) => bits | (1 << TOKEN_MODIFIERS.indexOf(m)), 0);
    builder.push(start.line, start.character, token.span.end - token.span.start, TOKEN_TYPES.indexOf(token.type), modifiers);
  }
  return builder.build();
}

export function registerSemanticTokens(context: ServerContext): void {
  const { connection, documents, cache, guard } = context;
  connection.languages.semanticTokens.on(guard('semanticTokens', { data: [] } as SemanticTokens, (params: SemanticTokensParams) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { data: [] };
    return encode(document, semanticTokens(cache.get(document)));
  }));
  connection.languages.semanticTokens.onRange(guard('semanticTokensRange', { data: [] } as SemanticTokens, (params: SemanticTokensRangeParams) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { data: [] };
    const span = { start: document.offsetAt(params.range.start), end: document.offsetAt(params.range.end) };
    return encode(document, semanticTokens(cache.get(document), span));
  }));
}
