/** Short per-instruction help used by hovers (summary, cache and container notes, reference link). */
import type { InstructionKind } from '../syntax';

export interface InstructionHelp {
  readonly summary: string;
  readonly cache: string;
  readonly container: string;
  readonly url: string;
}

const REFERENCE = 'https://docs.docker.com/reference/dockerfile/';
const CONFIG_CACHE = 'Cheap to rebuild, but a change here still invalidates the cache of every later instruction.';

const HELP: Record<Exclude<InstructionKind, 'UNKNOWN'>, Omit<InstructionHelp, 'url'>> = {
  FROM: { summary: 'Starts a build stage from a base image (or `scratch`, an empty one).', cache: 'The base image is resolved by tag; a new image behind the same tag changes every layer above it.', container: 'The base layers are the bottom of the read-only stack every container of the image shares.' },
  RUN: { summary: 'Runs a command in a temporary container and commits what it writes to the filesystem.', cache: 'Reused while the command text (and everything above it) is unchanged; what the command downloads is not checked.', container: 'The files are read-only in every container; a container that writes to one copies the whole file up into its own thin read-write layer first.' },
  COPY: { summary: 'Copies files from the build context, another stage (`--from`) or an image into the image.', cache: 'Reused while the checksums of the copied files are unchanged; an edited file rebuilds this layer and every later one.', container: 'Shared read-only by every container; changing a copied file in a container copies it up into that container\'s read-write layer.' },
  ADD: { summary: 'Like COPY, but also fetches URLs and git repositories and unpacks local tar archives.', cache: 'Local files: reused while their checksums are unchanged. Remote sources are fetched again to compare unless pinned with `--checksum`.', container: 'Shared read-only by every container of the image, like any image layer.' },
  WORKDIR: { summary: 'Sets the working directory for the instructions that follow and for the container, creating it if needed.', cache: CONFIG_CACHE, container: 'The directory a container\'s process starts in.' },
  ENV: { summary: 'Sets environment variables for later instructions and for containers of the image.', cache: CONFIG_CACHE, container: 'Every container starts with these variables; `docker run -e` overrides them.' },
  ARG: { summary: 'Declares a build argument, settable with `--build-arg`; before the first FROM it can be used in FROM lines.', cache: 'A changed value invalidates the cache of the first instruction that uses it and everything after.', container: 'Not present in the running container (unlike ENV), but values used by RUN are visible in the image history.' },
  LABEL: { summary: 'Adds key/value metadata to the image.', cache: CONFIG_CACHE, container: 'Visible with `docker inspect`; no effect on the running process.' },
  EXPOSE: { summary: 'Documents the ports the program listens on.', cache: CONFIG_CACHE, container: 'Publishes nothing by itself: `docker run -p` or `-P` does.' },
  USER: { summary: 'Sets the user (and group) for later RUN, CMD and ENTRYPOINT.', cache: CONFIG_CACHE, container: 'The container\'s process runs as this user unless `docker run --user` overrides it.' },
  VOLUME: { summary: 'Marks a path as a volume mount point.', cache: CONFIG_CACHE, container: 'Each container gets a volume there, stored outside its read-write layer: the data survives removing the container. Changes later RUN steps make to the path are discarded in legacy builds.' },
  CMD: { summary: 'Sets the default command (or default arguments of the ENTRYPOINT).', cache: CONFIG_CACHE, container: 'Runs when a container starts; arguments to `docker run` replace it. In exec form (JSON) the program is PID 1 and gets signals.' },
  ENTRYPOINT: { summary: 'Sets the program a container runs; CMD supplies its default arguments.', cache: CONFIG_CACHE, container: 'Runs at container start; override with `docker run --entrypoint`. Exec form (JSON) lets signals reach the program.' },
  HEALTHCHECK: { summary: 'Sets a command the engine runs periodically to tell whether the container is healthy.', cache: CONFIG_CACHE, container: 'Runs inside each running container; its status shows in `docker ps`.' },
  SHELL: { summary: 'Sets the shell used by shell-form RUN, CMD and ENTRYPOINT.', cache: CONFIG_CACHE, container: 'Affects shell-form CMD/ENTRYPOINT of the container.' },
  STOPSIGNAL: { summary: 'Sets the signal sent to stop the container.', cache: CONFIG_CACHE, container: '`docker stop` sends this signal, then SIGKILL after the timeout.' },
  ONBUILD: { summary: 'Registers an instruction to run later, in a build that uses this image as its base.', cache: CONFIG_CACHE, container: 'No effect on containers of this image.' },
  MAINTAINER: { summary: 'Deprecated: sets the author field. Use `LABEL org.opencontainers.image.authors=...`.', cache: CONFIG_CACHE, container: 'No effect on the running container.' },
};

export function instructionHelp(kind: InstructionKind): InstructionHelp {
  if (kind === 'UNKNOWN') {
    return { summary: 'Not a Dockerfile instruction: the builder stops with "unknown instruction".', cache: '', container: '', url: REFERENCE };
  }
  return { ...HELP[kind], url: `${REFERENCE}#${kind.toLowerCase()}` };
}
