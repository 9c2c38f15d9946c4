/** What completion offers: instruction snippets, flags per instruction, mount keys, platforms, directives. */
import type { InstructionKind } from '../syntax';

export type KnownKind = Exclude<InstructionKind, 'UNKNOWN'>;

/** Snippet body after the keyword (LSP snippet syntax). */
export const INSTRUCTION_SNIPPETS: Record<KnownKind, string> = {
  ADD: '${1:source} ${2:destination}',
  ARG: '${1:NAME}',
  CMD: '["${1:executable}"]',
  COPY: '${1:source} ${2:destination}',
  ENTRYPOINT: '["${1:executable}"]',
  ENV: '${1:NAME}=${2:value}',
  EXPOSE: '${1:8080}',
  FROM: '${1:image}',
  HEALTHCHECK: '--interval=${1:30s} CMD ${2:command}',
  LABEL: '${1:key}="${2:value}"',
  MAINTAINER: '${1:name}',
  ONBUILD: '${1:instruction}',
  RUN: '${1:command}',
  SHELL: '["${1:/bin/sh}", "${2:-c}"]',
  STOPSIGNAL: '${1:SIGTERM}',
  USER: '${1:user}',
  VOLUME: '["${1:/data}"]',
  WORKDIR: '${1:/app}',
};

/** Instructions an ONBUILD may register (BuildKit rejects ONBUILD ONBUILD, FROM and MAINTAINER). */
export const ONBUILD_TRIGGERS: readonly KnownKind[] = ['ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'HEALTHCHECK', 'LABEL', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR'];

export type FlagValues = 'stage' | 'platform' | 'mount' | 'chmod' | 'chown' | 'boolean' | 'network' | 'security' | 'duration' | 'number' | 'text';

export interface FlagInfo {
  readonly name: string;
  readonly values: FlagValues;
  readonly doc: string;
  /** May be given more than once (`--mount`, `--exclude`). */
  readonly repeatable?: boolean;
}

const CHOWN: FlagInfo = { name: 'chown', values: 'chown', doc: 'Owner (`user:group`, names or ids) of the copied files; the default is root (0:0).' };
const CHMOD: FlagInfo = { name: 'chmod', values: 'chmod', doc: 'Permissions of the copied files, octal (`755`) or symbolic (`u+x`).' };
const LINK: FlagInfo = { name: 'link', values: 'boolean', doc: 'Copies into an independent layer that does not depend on the layers below: it stays cached when they change and can be rebased without rebuilding.' };
const EXCLUDE: FlagInfo = { name: 'exclude', values: 'text', doc: 'Path pattern to leave out of the copy.', repeatable: true };

export const FLAGS: Partial<Record<KnownKind, readonly FlagInfo[]>> = {
  FROM: [{ name: 'platform', values: 'platform', doc: 'Platform of the base image, such as `linux/amd64` or `$BUILDPLATFORM` to build natively when cross-compiling.' }],
  COPY: [
    { name: 'from', values: 'stage', doc: 'Copy from a build stage (by name or index) or an image instead of the build context. Only the copied files reach this layer.' },
    CHOWN, CHMOD, LINK,
    { name: 'parents', values: 'boolean', doc: 'Keep the parent directories of the sources (like `cp --parents`).' },
    EXCLUDE,
  ],
  ADD: [
    CHOWN, CHMOD, LINK,
    { name: 'checksum', values: 'text', doc: 'Expected `sha256:` digest of a remote source: the build fails on a mismatch and the cache can trust it.' },
    { name: 'keep-git-dir', values: 'boolean', doc: 'Keep the `.git` directory when adding a git repository.' },
    { name: 'unpack', values: 'boolean', doc: 'Whether to unpack a tar archive (local archives unpack by default).' },
    EXCLUDE,
  ],
  RUN: [
    { name: 'mount', values: 'mount', doc: 'Mount a cache, secret, SSH agent, tmpfs or files of another stage while the command runs; the mounted content is not stored in the layer.', repeatable: true },
    { name: 'network', values: 'network', doc: 'Network of the command: `default`, `none` (no network) or `host`.' },
    { name: 'security', values: 'security', doc: '`insecure` runs the command with extra privileges (needs the entitlement); `sandbox` is the default.' },
  ],
  HEALTHCHECK: [
    { name: 'interval', values: 'duration', doc: 'Time between checks (default 30s).' },
    { name: 'timeout', values: 'duration', doc: 'A check taking longer fails (default 30s).' },
    { name: 'start-period', values: 'duration', doc: 'Start-up time during which failures do not count (default 0s).' },
    { name: 'start-interval', values: 'duration', doc: 'Time between checks during the start period (default 5s).' },
    { name: 'retries', values: 'number', doc: 'Consecutive failures before the container is unhealthy (default 3).' },
  ],
};

export const MOUNT_TYPES: readonly { name: string; doc: string }[] = [
  { name: 'bind', doc: 'Files of the build context or of another stage (`from=`), read-only by default. Nothing is copied into the layer.' },
  { name: 'cache', doc: 'A persistent cache directory (package managers, compilers) kept between builds and never stored in the layer.' },
  { name: 'tmpfs', doc: 'An empty in-memory directory for the command only.' },
  { name: 'secret', doc: 'A secret passed with `--secret`, readable as a file (or `env=`) during the command and never stored in the image.' },
  { name: 'ssh', doc: 'The SSH agent socket passed with `--ssh`, for cloning private repositories without storing keys.' },
];

export const MOUNT_KEYS: Record<string, readonly string[]> = {
  bind: ['target', 'source', 'from', 'rw'],
  cache: ['id', 'target', 'sharing', 'from', 'source', 'ro', 'mode', 'uid', 'gid'],
  tmpfs: ['target', 'size'],
  secret: ['id', 'target', 'env', 'required', 'mode', 'uid', 'gid'],
  ssh: ['id', 'target', 'required', 'mode', 'uid', 'gid'],
};

export const MOUNT_VALUES: Record<string, readonly string[]> = {
  sharing: ['shared', 'private', 'locked'],
  rw: ['true', 'false'],
  ro: ['true', 'false'],
  required: ['true', 'false'],
};

export const PLATFORMS: readonly string[] = [
  '$BUILDPLATFORM', '$TARGETPLATFORM', 'linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/arm/v6', 'linux/386', 'linux/ppc64le', 'linux/s390x', 'linux/riscv64', 'windows/amd64',
];

export const FLAG_VALUES: Partial<Record<FlagValues, readonly string[]>> = {
  chmod: ['755', '644', '0755', '0644', '700', '600'],
  chown: ['root:root', '1000:1000', 'nobody:nogroup'],
  boolean: ['true', 'false'],
  network: ['default', 'none', 'host'],
  security: ['sandbox', 'insecure'],
  duration: ['5s', '10s', '30s', '1m'],
  number: ['3', '5'],
};

/** ARGs the builder defines for every build; inside a stage they need `ARG NAME` to be visible. */
export const PLATFORM_ARGS: readonly { name: string; doc: string }[] = [
  { name: 'TARGETPLATFORM', doc: 'Platform of the image being built, e.g. `linux/arm64/v8`.' },
  { name: 'TARGETOS', doc: 'OS part of TARGETPLATFORM, e.g. `linux`.' },
  { name: 'TARGETARCH', doc: 'Architecture part of TARGETPLATFORM, e.g. `arm64`.' },
  { name: 'TARGETVARIANT', doc: 'Variant part of TARGETPLATFORM, e.g. `v8`.' },
  { name: 'BUILDPLATFORM', doc: 'Platform of the machine running the build.' },
  { name: 'BUILDOS', doc: 'OS part of BUILDPLATFORM.' },
  { name: 'BUILDARCH', doc: 'Architecture part of BUILDPLATFORM.' },
  { name: 'BUILDVARIANT', doc: 'Variant part of BUILDPLATFORM.' },
];

export const DIRECTIVES: readonly { name: string; values: readonly string[]; doc: string }[] = [
  { name: 'syntax', values: ['docker/dockerfile:1', 'docker/dockerfile:1-labs'], doc: 'The Dockerfile frontend image BuildKit uses to read this file; `docker/dockerfile:1` tracks the latest stable syntax.' },
  { name: 'escape', values: ['\\', '`'], doc: 'The escape and line-continuation character: `\\` (default) or `` ` `` (handy for Windows paths).' },
  { name: 'check', values: ['skip=all', 'error=true', 'skip=JSONArgsRecommended'], doc: 'Configures the builder\'s build checks: `skip=<names>` or `error=true`.' },
];
