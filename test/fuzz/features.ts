/**
 * How the fuzzer calls each pure feature of server/src/core/features/. `coverage.test.ts` fails when a
 * feature file exports a function that is not listed here, so new features cannot escape the fuzzer.
 */
import type { Analysis } from '../../server/src/core/analysis';
import { codeLenses } from '../../server/src/core/features/codeLens';
import { hoverAt } from '../../server/src/core/features/hover';
import { instructionHelp } from '../../server/src/core/features/instructionHelp';
import { INSTRUCTION_KINDS } from '../../server/src/core/syntax';

/** Calls one feature on an analysis; `offset` is a random position in the document (0..length). */
export type FeatureDriver = (analysis: Analysis, offset: number) => unknown;

/** Keyed by `<file>#<export>`, as coverage.test.ts lists them. */
export const FEATURE_DRIVERS: Readonly<Record<string, FeatureDriver>> = {
  'codeLens.ts#codeLenses': (analysis) => codeLenses(analysis),
  'hover.ts#hoverAt': (analysis, offset) => hoverAt(analysis, offset),
  'instructionHelp.ts#instructionHelp': () => [...INSTRUCTION_KINDS, 'UNKNOWN' as const].map((kind) => instructionHelp(kind)),
};

/** Features that take a position are also called at these many random offsets per input. */
export const OFFSETS_PER_INPUT = 8;
