/** Per-instruction help for hovers, read from the reference texts in core/docs. */
import { INSTRUCTION_DOCS } from '../docs';
import type { InstructionKind } from '../syntax';

export interface InstructionHelp {
  readonly summary: string;
  readonly cache: string;
  readonly container: string;
  readonly url: string;
}

export function instructionHelp(kind: InstructionKind): InstructionHelp {
  if (kind === 'UNKNOWN') {
    return { summary: 'Not a Dockerfile instruction: the builder stops with "unknown instruction".', cache: '', container: '', url: 'https://docs.docker.com/reference/dockerfile/' };
  }
  const doc = INSTRUCTION_DOCS[kind];
  return { summary: doc.summary, cache: doc.cache, container: doc.container, url: doc.url };
}
