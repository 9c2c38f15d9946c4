/**
 * Reads a history entry's `created_by` back into the instruction that wrote it. Builders spell it
 * differently: BuildKit `RUN /bin/sh -c x # buildkit`, `COPY a /a # buildkit`; the legacy builder and
 * buildah `/bin/sh -c x`, `/bin/sh -c #(nop) COPY file:<hash> in /a`; with ARGs in scope `|1 X=1 /bin/sh -c x`.
 */

export interface CreatedBy {
  /** Instruction keyword in upper case, or null when the text names none (`bb rootfs`, an import). */
  keyword: string | null;
  /** The instruction's arguments as recorded, shell prefix and `# buildkit` suffix removed. */
  args: string;
}

const KEYWORDS = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'HEALTHCHECK', 'LABEL', 'MAINTAINER',
  'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);

const SHELL_PREFIX = /^(?:\/bin\/sh -c |cmd \/S \/C |powershell -command )/;

export function parseCreatedBy(createdBy: string): CreatedBy {
  let text = createdBy.trim().replace(/\s*# buildkit$/, '');
  const nop = /^\/bin\/sh -c #\(nop\)\s*(.*)$/s.exec(text);
  if (nop) return keywordAndArgs(nop[1]) ?? { keyword: null, args: nop[1] };
  const explicit = keywordAndArgs(text);
  if (explicit && explicit.keyword !== 'RUN') return explicit;
  if (explicit) text = explicit.args;
  text = stripBuildArgs(text);
  const shell = SHELL_PREFIX.exec(text);
  if (shell) return { keyword: 'RUN', args: text.slice(shell[0].length) };
  return explicit ? { keyword: 'RUN', args: text } : { keyword: null, args: text };
}

function keywordAndArgs(text: string): CreatedBy | null {
  const match = /^([A-Za-z]+)(?:\s+(.*))?$/s.exec(text);
  if (!match || !KEYWORDS.has(match[1]) || match[1] !== match[1].toUpperCase()) return null;
  return { keyword: match[1], args: match[2] ?? '' };
}

/** `|2 A=1 B=2 /bin/sh -c x` → `/bin/sh -c x` (the build args in scope of a RUN). */
function stripBuildArgs(text: string): string {
  const match = /^\|(\d+)\s+/.exec(text);
  if (!match) return text;
  let rest = text.slice(match[0].length);
  for (let i = 0; i < Number(match[1]); i++) rest = rest.replace(/^\S+\s*/, '');
  return rest;
}

/** Collapses whitespace and line continuations so Dockerfile text and recorded text compare. */
export function normalizeCommand(text: string): string {
  return text.replace(/\\\r?\n/g, ' ').replace(/\s+/g, ' ').trim();
}
