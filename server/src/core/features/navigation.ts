/** Go to definition, references, document highlights and rename for stage names and ARG/ENV variables. */
import type { Analysis } from '../analysis';
import type { Span } from '../syntax';
import { groupOf, isRenamable, isValidName, occurrenceAt, type Occurrence, type SymbolKind } from './symbolIndex';

export interface Highlight {
  readonly span: Span;
  readonly kind: 'read' | 'write';
}

export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

/** Where the thing under the cursor is declared: the value-giving declaration for variables. */
export function definitionAt(analysis: Analysis, offset: number): Span[] {
  const occurrence = occurrenceAt(analysis, offset);
  if (!occurrence) return [];
  if (occurrence.role === 'definition') return [occurrence.span];
  if (occurrence.declaration) return [occurrence.declaration.span];
  const definitions = groupOf(analysis, occurrence).filter((o) => o.role === 'definition');
  return definitions.length > 0 ? [definitions[0].span] : [];
}

export function referencesAt(analysis: Analysis, offset: number, includeDeclaration: boolean): Span[] {
  const occurrence = occurrenceAt(analysis, offset);
  if (!occurrence) return [];
  return groupOf(analysis, occurrence).filter((o) => includeDeclaration || o.role === 'reference').map((o) => o.span);
}

export function highlightsAt(analysis: Analysis, offset: number): Highlight[] {
  const occurrence = occurrenceAt(analysis, offset);
  if (!occurrence) return [];
  return groupOf(analysis, occurrence).map((o) => ({ span: o.span, kind: o.role === 'definition' ? 'write' : 'read' }));
}

export type PrepareRename = { readonly span: Span; readonly placeholder: string } | { readonly error: string };

export function prepareRenameAt(analysis: Analysis, offset: number): PrepareRename {
  const occurrence = occurrenceAt(analysis, offset);
  if (!occurrence) return { error: 'Only stage names and ARG/ENV variables can be renamed.' };
  if (!isRenamable(analysis, occurrence)) return { error: `\`${occurrence.name}\` is not declared in this Dockerfile (it may come from the base image), so it cannot be renamed here.` };
  return { span: occurrence.span, placeholder: occurrence.name };
}

export type RenameResult = { readonly edits: TextEdit[] } | { readonly error: string };

export function renameAt(analysis: Analysis, offset: number, newName: string): RenameResult {
  const prepared = prepareRenameAt(analysis, offset);
  if ('error' in prepared) return prepared;
  const occurrence = occurrenceAt(analysis, offset)!;
  if (!isValidName(occurrence.kind, newName)) return { error: invalidNameMessage(occurrence.kind, newName) };
  const clash = clashing(analysis, occurrence, newName);
  if (clash) return { error: clash };
  return { edits: groupOf(analysis, occurrence).map((o) => ({ span: o.span, newText: newName })) };
}

function invalidNameMessage(kind: SymbolKind, name: string): string {
  return kind === 'stage'
    ? `"${name}" is not a valid stage name: start with a letter, then letters, digits, "-", "_" or ".".`
    : `"${name}" is not a valid variable name: use letters, digits and "_", not starting with a digit.`;
}

/** Renaming a stage onto another stage's name would make the build ambiguous. */
function clashing(analysis: Analysis, occurrence: Occurrence, newName: string): string | null {
  if (occurrence.kind !== 'stage') return null;
  const other = analysis.image.stages.find((s) => s.index !== occurrence.stage && s.name?.toLowerCase() === newName.toLowerCase());
  return other ? `Stage ${other.index} is already named "${other.name}".` : null;
}
