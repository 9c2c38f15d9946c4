/**
 * How the fuzzer calls each pure feature of server/src/core/features/. `coverage.test.ts` fails when a
 * feature file exports a function that is neither driven here nor listed as a helper of those drivers.
 */
import type { Analysis } from '../../server/src/core/analysis';
import { codeLenses } from '../../server/src/core/features/codeLens';
import { completionsAt } from '../../server/src/core/features/completion';
import { documentLinks } from '../../server/src/core/features/documentLinks';
import { foldingRanges } from '../../server/src/core/features/folding';
import { formatDocument, formatOnType, formatRange } from '../../server/src/core/features/formatting';
import { hoverAt } from '../../server/src/core/features/hover';
import { wastedBytesFindings, withImageModel, withImageSizes, type AttachedReport } from '../../server/src/core/features/imageData';
import { inlayHints } from '../../server/src/core/features/inlayHints';
import { instructionHelp } from '../../server/src/core/features/instructionHelp';
import { definitionAt, highlightsAt, prepareRenameAt, referencesAt, renameAt } from '../../server/src/core/features/navigation';
import { selectionRangesAt } from '../../server/src/core/features/selectionRanges';
import { semanticTokens } from '../../server/src/core/features/semanticTokens';
import { signatureHelpAt } from '../../server/src/core/features/signatureHelp';
import { documentSymbols, workspaceSymbols } from '../../server/src/core/features/symbols';
import { INSTRUCTION_KINDS } from '../../server/src/core/syntax';

/** Calls one feature on an analysis; `offset` is a random position in the document (0..length). */
export type FeatureDriver = (analysis: Analysis, offset: number) => unknown;

const OPTIONS = { insertSpaces: true, tabSize: 4 };
/** A span from `offset` of up to 500 characters. */
const spanFrom = (analysis: Analysis, offset: number) => ({ start: offset, end: Math.min(analysis.text.length, offset + 500) });

/**
 * A report as an inspection would attach it: one layer per layer-making line of the document plus a base
 * layer, and a file added by the first layer and deleted by the last, so every imageData path runs.
 */
function fakeReport(analysis: Analysis, offset: number): AttachedReport {
  const layers = analysis.layerModel.stages.flatMap((s) => s.instructions.filter((i) => i.effect === 'layer'));
  const reportLayers = [null, ...layers].map((l, index) => ({
    index, diffId: `sha256:${index}`, size: (offset % 997) * index, createdBy: l ? l.text : 'base', line: l ? l.line : null,
    instruction: l ? l.text : null, wastedBytes: index === 1 ? offset : 0, entries: index,
  }));
  const last = reportLayers.length - 1;
  const wasted = last >= 2 ? [{ path: '/tmp/x', bytes: offset, how: 'deleted' as const, addedInLayer: 1, hiddenInLayer: last, addedLine: reportLayers[1].line, hiddenLine: reportLayers[last].line }] : [];
  const totalSize = reportLayers.reduce((sum, l) => sum + l.size, 0);
  return {
    stale: offset % 5 === 0,
    report: { source: 'docker-archive:x.tar', id: 'sha256:x', tags: [], layers: reportLayers, totalSize, visibleSize: totalSize, wastedBytes: 0, efficiency: 1, wasted, containers: [], warnings: offset % 3 === 0 ? ['counts differ'] : [] },
  };
}

/** Keyed by `<file>#<export>`, as coverage.test.ts lists them. */
export const FEATURE_DRIVERS: Readonly<Record<string, FeatureDriver>> = {
  'codeLens.ts#codeLenses': (analysis) => codeLenses(analysis),
  'hover.ts#hoverAt': (analysis, offset) => hoverAt(analysis, offset),
  'imageData.ts#withImageSizes': (analysis, offset) => withImageSizes(codeLenses(analysis), analysis, fakeReport(analysis, offset)),
  'imageData.ts#withImageModel': (analysis, offset) => withImageModel(analysis.layerModel, fakeReport(analysis, offset)),
  'imageData.ts#wastedBytesFindings': (analysis, offset) => wastedBytesFindings(analysis, fakeReport(analysis, offset)),
  'instructionHelp.ts#instructionHelp': () => [...INSTRUCTION_KINDS, 'UNKNOWN' as const].map((kind) => instructionHelp(kind)),
  'completion.ts#completionsAt': (analysis, offset) => completionsAt(analysis, offset),
  'documentLinks.ts#documentLinks': (analysis) => documentLinks(analysis),
  'folding.ts#foldingRanges': (analysis) => foldingRanges(analysis),
  'formatting.ts#formatDocument': (analysis) => formatDocument(analysis, OPTIONS),
  'formatting.ts#formatRange': (analysis, offset) => formatRange(analysis, spanFrom(analysis, offset), OPTIONS),
  'formatting.ts#formatOnType': (analysis, offset) => formatOnType(analysis, offset, OPTIONS),
  'inlayHints.ts#inlayHints': (analysis, offset) => inlayHints(analysis, spanFrom(analysis, offset)),
  'navigation.ts#definitionAt': (analysis, offset) => definitionAt(analysis, offset),
  'navigation.ts#referencesAt': (analysis, offset) => referencesAt(analysis, offset, offset % 2 === 0),
  'navigation.ts#highlightsAt': (analysis, offset) => highlightsAt(analysis, offset),
  'navigation.ts#prepareRenameAt': (analysis, offset) => prepareRenameAt(analysis, offset),
  'navigation.ts#renameAt': (analysis, offset) => renameAt(analysis, offset, offset % 3 === 0 ? 'renamed_1' : 'a b'),
  'selectionRanges.ts#selectionRangesAt': (analysis, offset) => selectionRangesAt(analysis, offset),
  'semanticTokens.ts#semanticTokens': (analysis, offset) => [semanticTokens(analysis), semanticTokens(analysis, spanFrom(analysis, offset))],
  'signatureHelp.ts#signatureHelpAt': (analysis, offset) => signatureHelpAt(analysis, offset),
  'symbols.ts#documentSymbols': (analysis) => documentSymbols(analysis),
  'symbols.ts#workspaceSymbols': (analysis, offset) => workspaceSymbols(analysis, offset % 2 === 0 ? '' : 'a'),
};

/** Exports that are building blocks of the features above (reached through their drivers). */
export const FEATURE_HELPERS: ReadonlySet<string> = new Set([
  'codeLens.ts#finalImageTitle', 'codeLens.ts#stageTitle',
  'completion.ts#instructionDocumentation',
  'completionData.ts#flagDocumentation', 'completionData.ts#flagsOf', 'completionData.ts#mountTypeDoc', 'completionData.ts#snippetAfterKeyword',
  'documentLinks.ts#imagePageUrl',
  'imageData.ts#wastedMessage',
  'locate.ts#applyCase', 'locate.ts#contains', 'locate.ts#itemAt', 'locate.ts#effectNote', 'locate.ts#instructionAt', 'locate.ts#instructionAtOrContinued', 'locate.ts#keywordCase', 'locate.ts#stageAt',
  'symbolIndex.ts#groupOf', 'symbolIndex.ts#isRenamable', 'symbolIndex.ts#isValidName', 'symbolIndex.ts#mountFields', 'symbolIndex.ts#occurrenceAt', 'symbolIndex.ts#symbolIndex',
]);

/** Features that take a position are also called at these many random offsets per input. */
export const OFFSETS_PER_INPUT = 8;
