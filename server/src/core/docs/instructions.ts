/** Reference text for every Dockerfile instruction: what it does, its layer, cache and container story. */
import type { InstructionDoc, Keyword } from './types';

const REFERENCE = 'https://docs.docker.com/reference/dockerfile/';

/** Cache text shared by config-only instructions that later build steps never read. */
const CONFIG_ONLY_CACHE =
  'Nothing to rebuild here: the builder only edits the image config. BuildKit keeps the cached results of ' +
  'later RUN, COPY and ADD steps because they do not read this setting (the legacy builder rebuilt every ' +
  'step after a changed instruction).';

const CONFIG_ONLY_LAYER =
  'Changes only the image config; no filesystem layer is added (image history lists it as a 0-byte entry).';

export const INSTRUCTION_DOCS: Readonly<Record<Keyword, InstructionDoc>> = {
  FROM: {
    keyword: 'FROM',
    summary:
      'Begins a new build stage on top of a base image: a registry image (by tag or digest), `scratch` for an ' +
      'empty start, or the name of an earlier stage. `AS name` lets later `FROM`, `COPY --from` and ' +
      '`RUN --mount=from=` refer to the stage, and `--platform` chooses one variant of a multi-platform image. ' +
      'ARGs declared before the first FROM may be used in the image reference.',
    effect: 'stage',
    layerEffect:
      'Starts a stage that inherits every layer of its base (`scratch` has none). Only the target stage (the ' +
      'last one, or the one named by `--target`) becomes the image; earlier stages only contribute what is ' +
      'copied out of them.',
    cache:
      'If the reference now resolves to a different image than the cached build used (a moved tag, or `--pull` ' +
      'fetching a newer one), every step of the stage runs again on the new base. A digest ' +
      '(`image@sha256:...`) pins the base so that cannot happen by surprise.',
    container:
      'The base layers form the bottom of the read-only stack that all containers of the final image share; ' +
      'they are stored once on the host no matter how many images and containers use them.',
    forms: [
      {
        label: 'FROM [--platform=<platform>] <image> [AS <name>]',
        parameters: ['[--platform=<platform>]', '<image>', '[AS <name>]'],
        documentation: 'Base image by name; the tag defaults to `latest`.',
      },
      {
        label: 'FROM [--platform=<platform>] <image>[:<tag>] [AS <name>]',
        parameters: ['[--platform=<platform>]', '<image>', '[:<tag>]', '[AS <name>]'],
        documentation: 'Base image by tag; the tag may move to another image later.',
      },
      {
        label: 'FROM [--platform=<platform>] <image>[@<digest>] [AS <name>]',
        parameters: ['[--platform=<platform>]', '<image>', '[@<digest>]', '[AS <name>]'],
        documentation: 'Base image pinned by content digest.',
      },
    ],
    snippet: 'FROM ${1:image}:${2:tag} AS ${3:name}',
    flags: ['platform'],
    url: `${REFERENCE}#from`,
  },

  RUN: {
    keyword: 'RUN',
    summary:
      'Executes a command during the build, in a temporary container made from the image so far, and keeps ' +
      'the files it changes. Shell form hands the text to the stage shell (`/bin/sh -c` on Linux unless SHELL ' +
      'changed it); exec form starts the program directly, without a shell to expand variables. A heredoc ' +
      '(`RUN <<EOF`) passes a multi-line script.',
    effect: 'layer',
    layerEffect:
      'Adds one filesystem layer with everything the command created, changed or deleted. Deleting files in a ' +
      'RUN never shrinks the image: the files stay in the lower layers and the new layer only hides them, so ' +
      'download, use and clean up inside the same RUN. What sits in `--mount` targets (cache, secret, ssh, ' +
      'bind, tmpfs) is not stored in the layer.',
    cache:
      'The cached layer is reused while the layers below and the command string (with its flags) are ' +
      'unchanged; the builder does not re-check what the command fetched, so `apt-get update` or a download ' +
      'can return stale results from cache. Files behind a bind mount count as inputs. Once this step runs ' +
      'again, every later step of the stage runs again too.',
    container:
      'Its files become part of the read-only image layers that every container of the image shares. A ' +
      'container that modifies such a file first copies the whole file up into its own thin writable layer, ' +
      'which is discarded with the container. Processes started by RUN end with the step; they do not run in ' +
      'containers.',
    forms: [
      {
        label: 'RUN [OPTIONS] <command>',
        parameters: ['[OPTIONS]', '<command>'],
        documentation: 'Shell form: the command runs in the stage shell, so `&&`, pipes and `$VAR` work.',
      },
      {
        label: 'RUN [OPTIONS] ["executable", "param1", "param2"]',
        parameters: ['[OPTIONS]', '"executable"', '"param1"', '"param2"'],
        documentation: 'Exec form: a JSON array of strings run without a shell; use double quotes.',
      },
      {
        label: 'RUN [OPTIONS] <<EOF [interpreter]',
        parameters: ['[OPTIONS]', '<<EOF', '[interpreter]'],
        documentation: 'Heredoc form: the lines up to `EOF` are the script, run by the shell or the interpreter.',
      },
    ],
    snippet: 'RUN ${1:command}',
    flags: ['mount', 'network', 'security', 'device'],
    url: `${REFERENCE}#run`,
  },

  CMD: {
    keyword: 'CMD',
    summary:
      'Sets what a container runs when it starts without a command, or, when the image has an ENTRYPOINT, ' +
      'the default arguments appended to it. Only the last CMD of the final stage counts. Prefer exec form: ' +
      'in shell form `/bin/sh -c` becomes PID 1 and the program does not receive stop signals.',
    effect: 'metadata',
    layerEffect: CONFIG_ONLY_LAYER,
    cache: CONFIG_ONLY_CACHE,
    container:
      'Applied each time a container starts; arguments after the image name in `docker run` replace it. A new ' +
      'ENTRYPOINT in a later stage or image resets an inherited CMD.',
    forms: [
      {
        label: 'CMD ["executable", "param1", "param2"]',
        parameters: ['"executable"', '"param1"', '"param2"'],
        documentation: 'Exec form: the program runs as PID 1 and receives signals.',
      },
      {
        label: 'CMD ["param1", "param2"]',
        parameters: ['"param1"', '"param2"'],
        documentation: 'Default arguments for the ENTRYPOINT (which must be in exec form).',
      },
      {
        label: 'CMD <command>',
        parameters: ['<command>'],
        documentation: 'Shell form: runs through `/bin/sh -c` (or the SHELL setting).',
      },
    ],
    snippet: 'CMD ["${1:executable}", "${2:param}"]',
    flags: [],
    url: `${REFERENCE}#cmd`,
  },

  ENTRYPOINT: {
    keyword: 'ENTRYPOINT',
    summary:
      'Sets the program a container always runs; CMD, or the arguments given to `docker run`, are passed to ' +
      'it. In exec form it becomes PID 1 and receives signals. In shell form it ignores CMD and run ' +
      'arguments, and the wrapping shell swallows stop signals.',
    effect: 'metadata',
    layerEffect: CONFIG_ONLY_LAYER,
    cache: CONFIG_ONLY_CACHE,
    container:
      'Applied each time a container starts; `docker run --entrypoint` replaces it. Setting ENTRYPOINT clears ' +
      'a CMD inherited from the base image, so restate CMD when you need one.',
    forms: [
      {
        label: 'ENTRYPOINT ["executable", "param1", "param2"]',
        parameters: ['"executable"', '"param1"', '"param2"'],
        documentation: 'Exec form: CMD and run arguments are appended; signals reach the program.',
      },
      {
        label: 'ENTRYPOINT <command>',
        parameters: ['<command>'],
        documentation: 'Shell form: runs through `/bin/sh -c`; CMD and run arguments are ignored.',
      },
    ],
    snippet: 'ENTRYPOINT ["${1:executable}", "${2:param}"]',
    flags: [],
    url: `${REFERENCE}#entrypoint`,
  },

  COPY: {
    keyword: 'COPY',
    summary:
      'Copies files and directories into the image: from the build context by default, from another stage ' +
      'or image with `--from`, or inline text with a heredoc. Sources may use wildcards; several sources need ' +
      'a destination ending in `/`. Relative destinations are resolved against WORKDIR.',
    effect: 'layer',
    layerEffect:
      'Adds one filesystem layer with the copied files. With `--link` the layer does not depend on the layers ' +
      'beneath it, so it survives a change of the base and can be reused when rebasing. `--from=stage` is how ' +
      'a multi-stage build ships artifacts without the tools that built them.',
    cache:
      'Reused while checksums of the copied files (contents and metadata, not modification times) and the ' +
      'instruction text are unchanged. One edited source file makes this step and every later step of the ' +
      'stage run again, so copy rarely changing files (dependency manifests) before the rest of the sources.',
    container:
      'The copied files are read-only layer content shared by every container of the image. A container that ' +
      'edits one copies the whole file up into its own writable layer first; the original stays in the image.',
    forms: [
      {
        label: 'COPY [OPTIONS] <src> ... <dest>',
        parameters: ['[OPTIONS]', '<src>', '<dest>'],
        documentation: 'Sources relative to the context (or the `--from` stage); `<dest>` inside the image.',
      },
      {
        label: 'COPY [OPTIONS] ["<src>", ... "<dest>"]',
        parameters: ['[OPTIONS]', '"<src>"', '"<dest>"'],
        documentation: 'JSON form, for paths that contain spaces.',
      },
      {
        label: 'COPY [OPTIONS] <<EOF <dest>',
        parameters: ['[OPTIONS]', '<<EOF', '<dest>'],
        documentation: 'Heredoc form: the lines up to `EOF` become the file `<dest>`.',
      },
    ],
    snippet: 'COPY ${1:src} ${2:dest}',
    flags: ['from', 'chown', 'chmod', 'link', 'parents', 'exclude'],
    url: `${REFERENCE}#copy`,
  },

  ADD: {
    keyword: 'ADD',
    summary:
      'Copies like COPY, and can also download a URL, clone a git repository, and unpack a local tar archive ' +
      'into the destination. Prefer COPY for plain local files: it does only what it says. For downloads, ' +
      '`--checksum` makes the build fail when the content is not what you expect.',
    effect: 'layer',
    layerEffect:
      'Adds one filesystem layer with the added or unpacked files. A downloaded archive that a later RUN ' +
      'unpacks and deletes still sits in this layer; fetch, unpack and clean up in one RUN instead, or let ' +
      'ADD unpack it. `--link` makes the layer independent of the layers beneath it.',
    cache:
      'Local sources: reused while their checksums are unchanged, as with COPY. Remote URLs and git refs are ' +
      'resolved again on each build and the step reruns when the content or commit differs; `--checksum` pins ' +
      'a download. A rerun rebuilds every later step of the stage.',
    container:
      'Its files are read-only layer content shared by all containers of the image; a container that changes ' +
      'one works on its own copy in its writable layer.',
    forms: [
      {
        label: 'ADD [OPTIONS] <src> ... <dest>',
        parameters: ['[OPTIONS]', '<src>', '<dest>'],
        documentation: 'Sources: context paths, URLs or git repositories; local tar archives are unpacked.',
      },
      {
        label: 'ADD [OPTIONS] ["<src>", ... "<dest>"]',
        parameters: ['[OPTIONS]', '"<src>"', '"<dest>"'],
        documentation: 'JSON form, for paths that contain spaces.',
      },
      {
        label: 'ADD [OPTIONS] <<EOF <dest>',
        parameters: ['[OPTIONS]', '<<EOF', '<dest>'],
        documentation: 'Heredoc form: the lines up to `EOF` become the file `<dest>`.',
      },
    ],
    snippet: 'ADD ${1:src} ${2:dest}',
    flags: ['chown', 'chmod', 'link', 'keep-git-dir', 'checksum', 'unpack', 'exclude'],
    url: `${REFERENCE}#add`,
  },

  WORKDIR: {
    keyword: 'WORKDIR',
    summary:
      'Sets the working directory for the RUN, CMD, ENTRYPOINT, COPY and ADD instructions that follow, and for ' +
      'containers of the image, creating the directory when it is missing. A relative path is taken relative ' +
      'to the previous WORKDIR; start each stage with an absolute one, because the base image may set its own.',
    effect: 'layer',
    layerEffect:
      'BuildKit creates the directory with a `mkdir -p` step that is recorded as a layer (tiny, often empty in ' +
      'size), so Layerwise counts it as one. `WORKDIR /` only changes the config. A separate ' +
      '`RUN mkdir` before WORKDIR is an extra layer for nothing.',
    cache:
      'Later RUN steps run in this directory and relative COPY destinations depend on it, so changing it makes ' +
      'every later step of the stage run again.',
    container:
      'The directory a container process starts in; `docker run -w` overrides it. The directory itself lives ' +
      'in the read-only image layers like any other.',
    forms: [
      {
        label: 'WORKDIR <path>',
        parameters: ['<path>'],
        documentation: 'Absolute, or relative to the previous WORKDIR; ARG and ENV variables are expanded.',
      },
    ],
    snippet: 'WORKDIR ${1:/app}',
    flags: [],
    url: `${REFERENCE}#workdir`,
  },

  ENV: {
    keyword: 'ENV',
    summary:
      'Sets environment variables for the rest of the stage and for containers of the image. Later ' +
      'instructions can use them as `$NAME` or `${NAME}`, and stages built `FROM` this one inherit them. Prefer ' +
      'the `KEY=value` form; values with spaces need quotes.',
    effect: 'metadata',
    layerEffect:
      'Changes only the image config; no filesystem layer is added. The values are stored in the image and ' +
      'anyone with the image can read them, so never put secrets in ENV.',
    cache:
      'Later RUN steps run with these variables, so changing a value makes every later RUN of the stage run ' +
      'again, and steps that expand the variable change with it.',
    container:
      'Every container starts with these variables; `docker run -e` or `--env-file` override them. They are ' +
      'visible with `docker inspect`.',
    forms: [
      {
        label: 'ENV <key>=<value> ...',
        parameters: ['<key>', '<value>'],
        documentation: 'One or more pairs; quote values that contain spaces.',
      },
      {
        label: 'ENV <key> <value>',
        parameters: ['<key>', '<value>'],
        documentation: 'Legacy form: one variable, the rest of the line is its value.',
      },
    ],
    snippet: 'ENV ${1:NAME}=${2:value}',
    flags: [],
    url: `${REFERENCE}#env`,
  },

  ARG: {
    keyword: 'ARG',
    summary:
      'Declares a build argument that `docker build --build-arg NAME=value` can set, with an optional default. ' +
      'Before the first FROM it is global and usable only in FROM lines; a stage that needs the value declares ' +
      '`ARG NAME` again. Inside a stage it is in scope from its declaration to the end of that stage.',
    effect: 'metadata',
    layerEffect:
      'Adds no filesystem layer and is not kept in the image config as a variable. Values used by RUN can still ' +
      'show up in the image history, so pass secrets with `RUN --mount=type=secret` instead.',
    cache:
      'RUN steps after the declaration receive the value as an environment variable, so a different value makes ' +
      'the first RUN after it (and everything later) run again; other steps miss the cache where they use it.',
    container: 'Gone at run time: containers do not see build arguments unless an ENV copies them.',
    forms: [
      {
        label: 'ARG <name>[=<default value>]',
        parameters: ['<name>', '[=<default value>]'],
        documentation: 'Without a default the value is empty unless `--build-arg` sets it.',
      },
    ],
    snippet: 'ARG ${1:NAME}=${2:default}',
    flags: [],
    url: `${REFERENCE}#arg`,
  },

  LABEL: {
    keyword: 'LABEL',
    summary:
      'Attaches key/value metadata to the image, such as `org.opencontainers.image.source` or a version. Labels ' +
      'of the base image are inherited, and a later label with the same key replaces an earlier one.',
    effect: 'metadata',
    layerEffect: CONFIG_ONLY_LAYER,
    cache: CONFIG_ONLY_CACHE,
    container: 'Readable with `docker inspect` on the image and its containers; it does not change what runs.',
    forms: [
      {
        label: 'LABEL <key>=<value> ...',
        parameters: ['<key>', '<value>'],
        documentation: 'One or more pairs; quote keys or values with spaces.',
      },
    ],
    snippet: 'LABEL ${1:key}="${2:value}"',
    flags: [],
    url: `${REFERENCE}#label`,
  },

  EXPOSE: {
    keyword: 'EXPOSE',
    summary:
      'Records which ports the program listens on, as `port` or `port/protocol` (tcp by default, or udp). It is ' +
      'documentation for people and tools; it does not open or publish anything.',
    effect: 'metadata',
    layerEffect: CONFIG_ONLY_LAYER,
    cache: CONFIG_ONLY_CACHE,
    container:
      'A port is reachable from the host only when published with `docker run -p`; `-P` publishes every ' +
      'exposed port on a random host port.',
    forms: [
      {
        label: 'EXPOSE <port>[/<protocol>] ...',
        parameters: ['<port>', '[/<protocol>]'],
        documentation: 'A port or range (`8000-8010`); protocol `tcp` (default) or `udp`.',
      },
    ],
    snippet: 'EXPOSE ${1:8080}',
    flags: [],
    url: `${REFERENCE}#expose`,
  },

  USER: {
    keyword: 'USER',
    summary:
      'Sets the user, and optionally the group, for later RUN steps and for the container process. Names must ' +
      'exist in the image (`/etc/passwd`); numeric IDs always work. Running as a non-root user limits what a ' +
      'compromised process can do.',
    effect: 'metadata',
    layerEffect: 'Changes only the image config; no filesystem layer is added. COPY and ADD still create files ' +
      'owned by root unless `--chown` says otherwise.',
    cache:
      'Later RUN steps run as this user, so changing it makes every later RUN of the stage run again.',
    container: 'The container process runs as this user unless `docker run --user` overrides it.',
    forms: [
      {
        label: 'USER <user>[:<group>]',
        parameters: ['<user>', '[:<group>]'],
        documentation: 'User and group by name.',
      },
      {
        label: 'USER <UID>[:<GID>]',
        parameters: ['<UID>', '[:<GID>]'],
        documentation: 'Numeric IDs; they need not exist in `/etc/passwd`.',
      },
    ],
    snippet: 'USER ${1:user}',
    flags: [],
    url: `${REFERENCE}#user`,
  },

  VOLUME: {
    keyword: 'VOLUME',
    summary:
      'Declares paths where containers keep data outside the image, such as database files. With BuildKit, ' +
      'later build steps may still write to the path and those files stay in the image; the legacy builder ' +
      'discarded such changes.',
    effect: 'metadata',
    layerEffect: CONFIG_ONLY_LAYER,
    cache: CONFIG_ONLY_CACHE,
    container:
      'Each new container gets a volume mounted there (anonymous unless `-v` names one), filled from the image ' +
      'content at that path. Its data lives outside the container writable layer, so it survives removing the ' +
      'container.',
    forms: [
      {
        label: 'VOLUME ["<path>", ...]',
        parameters: ['"<path>"'],
        documentation: 'JSON form.',
      },
      {
        label: 'VOLUME <path> ...',
        parameters: ['<path>'],
        documentation: 'Plain form, one or more paths.',
      },
    ],
    snippet: 'VOLUME ["${1:/data}"]',
    flags: [],
    url: `${REFERENCE}#volume`,
  },

  HEALTHCHECK: {
    keyword: 'HEALTHCHECK',
    summary:
      'Tells the engine how to test whether a container still works: it runs the command at an interval, and ' +
      'exit status 0 means healthy, 1 unhealthy. `HEALTHCHECK NONE` turns off a check inherited from the base ' +
      'image. Only the last HEALTHCHECK counts.',
    effect: 'metadata',
    layerEffect: CONFIG_ONLY_LAYER,
    cache: CONFIG_ONLY_CACHE,
    container:
      'Runs inside each running container; the state (`starting`, `healthy`, `unhealthy`) shows in `docker ps` ' +
      'and orchestrators can act on it.',
    forms: [
      {
        label: 'HEALTHCHECK [OPTIONS] CMD <command>',
        parameters: ['[OPTIONS]', 'CMD', '<command>'],
        documentation: 'The command in shell or exec form; options set timing and retries.',
      },
      {
        label: 'HEALTHCHECK NONE',
        parameters: ['NONE'],
        documentation: 'Disables any health check inherited from the base image.',
      },
    ],
    snippet: 'HEALTHCHECK --interval=${1:30s} --timeout=${2:5s} CMD ${3:command}',
    flags: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
    url: `${REFERENCE}#healthcheck`,
  },

  SHELL: {
    keyword: 'SHELL',
    summary:
      'Replaces the shell used for shell-form RUN, CMD and ENTRYPOINT, for example with PowerShell on Windows ' +
      'or `bash -o pipefail -c` on Linux. It must be written as a JSON array and applies until the next SHELL.',
    effect: 'metadata',
    layerEffect: CONFIG_ONLY_LAYER,
    cache:
      'Shell-form RUN steps after it are run by the new shell, so changing it makes them run again.',
    container: 'Shell-form CMD and ENTRYPOINT of the image start through this shell.',
    forms: [
      {
        label: 'SHELL ["executable", "parameters"]',
        parameters: ['"executable"', '"parameters"'],
        documentation: 'The command text is appended as the last argument.',
      },
    ],
    snippet: 'SHELL ["${1:/bin/bash}", "${2:-c}"]',
    flags: [],
    url: `${REFERENCE}#shell`,
  },

  STOPSIGNAL: {
    keyword: 'STOPSIGNAL',
    summary: 'Sets the signal sent to the main process to stop the container, such as `SIGQUIT` for nginx.',
    effect: 'metadata',
    layerEffect: CONFIG_ONLY_LAYER,
    cache: CONFIG_ONLY_CACHE,
    container:
      '`docker stop` sends this signal (SIGTERM by default) and kills the process after the grace period; ' +
      '`docker run --stop-signal` overrides it.',
    forms: [
      {
        label: 'STOPSIGNAL <signal>',
        parameters: ['<signal>'],
        documentation: 'A name such as `SIGTERM` or a number such as `9`.',
      },
    ],
    snippet: 'STOPSIGNAL ${1:SIGTERM}',
    flags: [],
    url: `${REFERENCE}#stopsignal`,
  },

  ONBUILD: {
    keyword: 'ONBUILD',
    summary:
      'Stores an instruction that runs later, in a build whose FROM uses this image, right after that FROM. ' +
      'Triggers are not passed on to images built from that one. ONBUILD cannot hold FROM, MAINTAINER or ' +
      'another ONBUILD.',
    effect: 'metadata',
    layerEffect:
      'Changes only this image config. The stored instruction makes its own layer (or config change) in the ' +
      'downstream build that triggers it.',
    cache: CONFIG_ONLY_CACHE,
    container: 'No effect on containers of this image.',
    forms: [
      {
        label: 'ONBUILD <INSTRUCTION>',
        parameters: ['<INSTRUCTION>'],
        documentation: 'Any instruction except FROM, MAINTAINER and ONBUILD.',
      },
    ],
    snippet: 'ONBUILD ${1:RUN command}',
    flags: [],
    url: `${REFERENCE}#onbuild`,
  },

  MAINTAINER: {
    keyword: 'MAINTAINER',
    summary:
      'Deprecated: sets the author field of the image. Write `LABEL org.opencontainers.image.authors="..."` ' +
      'instead, which tools read.',
    effect: 'metadata',
    layerEffect: CONFIG_ONLY_LAYER,
    cache: CONFIG_ONLY_CACHE,
    container: 'No effect on containers.',
    forms: [
      {
        label: 'MAINTAINER <name>',
        parameters: ['<name>'],
        documentation: 'Free text.',
      },
    ],
    snippet: 'MAINTAINER ${1:name}',
    flags: [],
    url: `${REFERENCE}#maintainer-deprecated`,
  },
};
