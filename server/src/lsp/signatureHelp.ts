import { MarkupKind, type SignatureHelp, type SignatureHelpParams } from 'vscode-languageserver';
import { signatureHelpAt } from '../core/features/signatureHelp';
import type { ServerContext } from './context';

export const SIGNATURE_TRIGGERS = [' ', '[', ','];

export function registerSignatureHelp(context: ServerContext): void {
  const { connection, documents, cache, guard } = context;
  connection.onSignatureHelp(guard('signatureHelp', null as SignatureHelp | null, (params: SignatureHelpParams) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const help = signatureHelpAt(cache.get(document), document.offsetAt(params.position));
    if (!help) return null;
    return {
      signatures: help.signatures.map((s) => ({
        label: s.label,
        documentation: { kind: MarkupKind.Markdown, value: s.documentation },
        parameters: s.parameters.map((p) => ({ label: [p.label[0], p.label[1]] as [number, number], documentation: { kind: MarkupKind.Markdown, value: p.documentation } })),
      })),
      activeSignature: help.activeSignature,
      activeParameter: help.activeParameter,
    };
  }));
}
