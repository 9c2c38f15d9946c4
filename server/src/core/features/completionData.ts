/**
 * What completion offers, derived from the reference texts in core/docs: the flags of each instruction and the
 * kind of value each takes, mount types with their options, directives, platform ARGs, and a few value lists.
 */
import type { InstructionKind } from '../syntax';
import { DIRECTIVE_DOCS, FLAG_DOCS, INSTRUCTION_DOCS, MOUNT_TYPES, PLATFORM_ARGS as PLATFORM_ARG_DOCS, PLATFORM_ARGS_SCOPE, type FlagDoc, type Keyword, type MountType } from '../docs';

export type KnownKind = Keyword;

/** Instructions an ONBUILD may register (BuildKit rejects ONBUILD ONBUILD, FROM and MAINTAINER). */
export const ONBUILD_TRIGGERS: readonly KnownKind[] = ['ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'HEALTHCHECK', 'LABEL', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR'];

/** Snippet body after the keyword (LSP snippet syntax), so the keyword can follow the file's case. */
export function snippetAfterKeyword(kind: KnownKind): string {
  return INSTRUCTION_DOCS[kind].snippet.replace(/^\S+\s*/, '');
}

export type FlagValues = 'stage' | 'platform' | 'mount' | 'chmod' | 'chown' | 'boolean' | 'duration' | 'number' | 'listed' | 'text';

export interface FlagInfo {
  readonly name: string;
  readonly values: FlagValues;
  readonly doc: FlagDoc | null;
  /** May be given more than once (`--mount`, `--exclude`). */
  readonly repeatable: boolean;
}

const VALUE_KIND: Readonly<Record<string, FlagValues>> = {
  from: 'stage',
  platform: 'platform',
  mount: 'mount',
  chmod: 'chmod',
  chown: 'chown',
  interval: 'duration',
  timeout: 'duration',
  'start-period': 'duration',
  'start-interval': 'duration',
  retries: 'number',
};

export function flagsOf(kind: InstructionKind): FlagInfo[] {
  if (kind === 'UNKNOWN') return [];
  return INSTRUCTION_DOCS[kind].flags.map((name) => {
    const doc = FLAG_DOCS[kind]?.[name] ?? null;
    const values: FlagValues = VALUE_KIND[name] ?? (doc?.boolean ? 'boolean' : doc && doc.values.length > 0 ? 'listed' : 'text');
    return { name, values, doc, repeatable: doc?.repeatable ?? false };
  });
}

export function flagDocumentation(flag: FlagInfo): string {
  if (!flag.doc) return '';
  return `${flag.doc.summary}\n\nValue: \`${flag.doc.valueHint}\`\n\n[Dockerfile reference](${flag.doc.url})`;
}

export const MOUNT_TYPE_NAMES = Object.keys(MOUNT_TYPES) as MountType[];

export function mountTypeDoc(type: string): { summary: string; options: readonly { key: string; description: string; values: readonly string[] }[] } | null {
  return (MOUNT_TYPE_NAMES as string[]).includes(type) ? MOUNT_TYPES[type as MountType] : null;
}

export const PLATFORMS: readonly string[] = [
  '$BUILDPLATFORM', '$TARGETPLATFORM', 'linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/arm/v6', 'linux/386', 'linux/ppc64le', 'linux/s390x', 'linux/riscv64', 'windows/amd64',
];

/** Suggestions for flags whose docs list no fixed values. */
export const SAMPLE_VALUES: Partial<Record<FlagValues, readonly string[]>> = {
  chmod: ['755', '644', '0755', '0644', '700', '600'],
  chown: ['root:root', '1000:1000', 'nobody:nogroup'],
  boolean: ['true', 'false'],
  duration: ['5s', '10s', '30s', '1m'],
  number: ['3', '5'],
};

/** ARGs the builder defines for every build; inside a stage they need `ARG NAME` to be visible. */
export const PLATFORM_ARGS: readonly { name: string; doc: string }[] = PLATFORM_ARG_DOCS.map((a) => ({
  name: a.name,
  doc: `${a.summary} Example: \`${a.example}\`.\n\n${PLATFORM_ARGS_SCOPE}`,
}));

export const DIRECTIVES: readonly { name: string; values: readonly { value: string; description: string }[]; doc: string }[] = Object.values(DIRECTIVE_DOCS).map((d) => ({
  name: d.name,
  values: d.values,
  doc: `${d.summary}\n\nExample: \`${d.example}\`\n\n[Dockerfile reference](${d.url})`,
}));
