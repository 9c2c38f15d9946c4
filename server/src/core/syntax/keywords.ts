import { INSTRUCTION_KINDS, type InstructionKind } from './nodes';

const KINDS: ReadonlySet<string> = new Set(INSTRUCTION_KINDS);

export function instructionKind(keyword: string): InstructionKind {
  const upper = keyword.toUpperCase();
  return KINDS.has(upper) ? (upper as InstructionKind) : 'UNKNOWN';
}

/** Instructions whose arguments may be a JSON array (exec form). */
export const EXEC_FORM_KINDS: ReadonlySet<InstructionKind> = new Set<InstructionKind>([
  'ADD', 'CMD', 'COPY', 'ENTRYPOINT', 'HEALTHCHECK', 'RUN', 'SHELL', 'VOLUME',
]);

/** Instructions that can take heredocs (`RUN <<EOF`, `COPY <<EOF /file`). */
export const HEREDOC_KINDS: ReadonlySet<InstructionKind> = new Set<InstructionKind>(['ADD', 'COPY', 'RUN']);
