import type { Instruction, InstructionKind } from '../syntax';
import type { Rule } from './rule';
import { closestMatch } from './shared/spelling';

/** Flags each instruction takes, per BuildKit's instruction parser. */
export const FLAGS_BY_INSTRUCTION: Partial<Record<InstructionKind, readonly string[]>> = {
  FROM: ['platform'],
  RUN: ['mount', 'network', 'security', 'device'],
  COPY: ['from', 'chown', 'chmod', 'link', 'parents', 'exclude'],
  ADD: ['chown', 'chmod', 'link', 'keep-git-dir', 'checksum', 'unpack', 'exclude'],
  HEALTHCHECK: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
};

/** dockerfile-utils names this finding per instruction. */
const DU_ALIAS: Partial<Record<InstructionKind, string>> = { ADD: 'UNKNOWN_ADD_FLAG', COPY: 'UNKNOWN_COPY_FLAG', FROM: 'UNKNOWN_FROM_FLAG', HEALTHCHECK: 'UNKNOWN_HEALTHCHECK_FLAG' };

export const unknownFlag: Rule = {
  id: 'unknown-flag',
  aliases: ['UNKNOWN_ADD_FLAG', 'UNKNOWN_COPY_FLAG', 'UNKNOWN_FROM_FLAG', 'UNKNOWN_HEALTHCHECK_FLAG'],
  severity: 'error',
  category: 'correctness',
  docs: 'docs/rules/unknown-flag.md',
  tier: 1,
  description: 'A flag the instruction does not take.',
  check({ analysis, report }) {
    for (const instruction of analysis.tree.instructions) {
      checkInstruction(instruction, report);
      if (instruction.trigger) checkInstruction(instruction.trigger, report);
    }
  },
};

function checkInstruction(instruction: Instruction, report: Parameters<typeof unknownFlag.check>[0]['report']): void {
  if (instruction.kind === 'UNKNOWN') return;
  const known = FLAGS_BY_INSTRUCTION[instruction.kind] ?? [];
  for (const flag of instruction.flags) {
    if (known.includes(flag.name.toLowerCase())) continue;
    const suggestion = closestMatch(flag.name.toLowerCase(), known);
    const takes = known.length > 0 ? `it takes ${known.map((f) => `--${f}`).join(', ')}` : 'it takes no flags';
    report({
      message: `${instruction.kind} has no flag --${flag.name}${suggestion ? `: did you mean --${suggestion}?` : ''} (${takes}). The builder rejects it.`,
      span: flag.span,
      alias: DU_ALIAS[instruction.kind],
      fixes: suggestion
        ? [{ title: `Change to --${suggestion}`, edits: [{ span: flag.nameSpan, newText: suggestion }], isPreferred: true }]
        : [{ title: `Remove --${flag.name}`, edits: [{ span: flag.span, newText: '' }], isPreferred: false }],
    });
  }
}
