/** Reference text for instruction flags (`--mount`, `--from`, ...) and the values they take. */
import type { FlagDoc, FlagValue, Keyword } from './types';

const REFERENCE = 'https://docs.docker.com/reference/dockerfile/';

const BOOLEAN_VALUES: readonly FlagValue[] = [
  { value: 'true', description: 'On (the same as writing the flag without a value).' },
  { value: 'false', description: 'Off.' },
];

/** A flag with defaults for the common case: one value, not repeatable, not boolean. */
function flag(name: string, summary: string, valueHint: string, url: string, extra: Partial<FlagDoc> = {}): FlagDoc {
  return { name, summary, valueHint, values: [], boolean: false, repeatable: false, url, ...extra };
}

function durationFlag(name: string, summary: string, fallback: string): FlagDoc {
  return flag(name, `${summary} Default ${fallback}.`, '<duration> (e.g. 30s, 1m30s, 500ms)', `${REFERENCE}#healthcheck`);
}

/** `--chown`, `--chmod`, `--link`, `--exclude` mean the same on COPY and ADD; only the anchor differs. */
function copyLikeFlags(keyword: 'copy' | 'add'): Record<'chown' | 'chmod' | 'link' | 'exclude', FlagDoc> {
  return {
    chown: flag(
      'chown',
      'Owner of the copied files instead of root (numeric IDs, or names looked up in the image ' +
        '`/etc/passwd` and `/etc/group`). Setting it here avoids a later `RUN chown` that would copy every file ' +
        'into a second layer.',
      '<user>[:<group>] or <UID>[:<GID>]',
      `${REFERENCE}#${keyword}---chown---chmod`,
    ),
    chmod: flag(
      'chmod',
      'Permission bits of the copied files, in octal. Setting it here ' +
        'avoids a later `RUN chmod` that would duplicate the files in another layer.',
      '<octal mode> (e.g. 755, 0644)',
      `${REFERENCE}#${keyword}---chown---chmod`,
    ),
    link: flag(
      'link',
      'Puts the files in a layer of their own that does not depend on the layers beneath. When the base ' +
        'changes, the layer is reused instead of rebuilt, and it can be rebased onto a new base without ' +
        'rerunning the step.',
      'true|false',
      `${REFERENCE}#${keyword}---link`,
      { boolean: true, values: BOOLEAN_VALUES },
    ),
    exclude: flag(
      'exclude',
      'Leaves out source paths that match the pattern (same syntax as `.dockerignore`). May be repeated.',
      '<path pattern>',
      `${REFERENCE}#${keyword}---exclude`,
      { repeatable: true },
    ),
  };
}

const COPY_LIKE = copyLikeFlags('copy');
const ADD_LIKE = copyLikeFlags('add');

/** Every flag an instruction accepts (per BuildKit), keyed by instruction and flag name without `--`. */
export const FLAG_DOCS: Readonly<Partial<Record<Keyword, Readonly<Record<string, FlagDoc>>>>> = {
  FROM: {
    platform: flag(
      'platform',
      'Chooses which platform variant of a multi-platform base image to use; by default the target ' +
        'platform of the build. `--platform=$BUILDPLATFORM` runs the stage natively on the build machine, ' +
        'typical for cross-compiling.',
      '<os>/<arch>[/<variant>] (e.g. linux/amd64, linux/arm64, $BUILDPLATFORM)',
      `${REFERENCE}#from`,
    ),
  },
  RUN: {
    mount: flag(
      'mount',
      'Mounts something into the build container for this step only; what is mounted is not stored in the ' +
        'layer. Types: `cache` keeps a directory between builds, `bind` reads files from the context or a ' +
        'stage, `secret` and `ssh` pass credentials, `tmpfs` gives scratch space. May be repeated.',
      'type=cache|bind|secret|ssh|tmpfs,target=<path>[,<option>=<value>...]',
      `${REFERENCE}#run---mount`,
      {
        repeatable: true,
        values: [
          { value: 'type=bind', description: 'Read files from the context, a stage or an image (the default type).' },
          { value: 'type=cache', description: 'A directory kept between builds, for package and compiler caches.' },
          { value: 'type=secret', description: 'A secret file (or variable) passed with `docker build --secret`.' },
          { value: 'type=ssh', description: 'A socket to the SSH agent passed with `docker build --ssh`.' },
          { value: 'type=tmpfs', description: 'An in-memory directory that disappears after the step.' },
        ],
      },
    ),
    network: flag(
      'network',
      'Network access of the command. `none` makes the step hermetic (no downloads possible); `host` needs ' +
        'the `network.host` entitlement.',
      'default|none|host',
      `${REFERENCE}#run---network`,
      {
        values: [
          { value: 'default', description: 'The normal build network.' },
          { value: 'none', description: 'No network: only loopback.' },
          { value: 'host', description: 'The host network stack; must be allowed by the builder.' },
        ],
      },
    ),
    security: flag(
      'security',
      'Runs the command with extra privileges (`insecure`, like `docker run --privileged`) or the default ' +
        'sandbox. `insecure` must be allowed with the `security.insecure` entitlement and needs a labs syntax.',
      'sandbox|insecure',
      `${REFERENCE}#run---security`,
      {
        values: [
          { value: 'sandbox', description: 'The default confinement.' },
          { value: 'insecure', description: 'Full privileges; needs the security.insecure entitlement.' },
        ],
      },
    ),
    device: flag(
      'device',
      'Gives the command access to a device (such as a GPU) described by the builder Container Device ' +
        'Interface configuration. May be repeated; needs a recent Dockerfile syntax.',
      '<device name>[,required=true|false]',
      `${REFERENCE}#run---device`,
      { repeatable: true },
    ),
  },
  COPY: {
    from: flag(
      'from',
      'Copies from an earlier stage (by name or index), an image or a named context instead of the build ' +
        'context. This is how multi-stage builds ship build results without the build tools.',
      '<stage name>|<stage index>|<image>',
      `${REFERENCE}#copy---from`,
    ),
    ...COPY_LIKE,
    parents: flag(
      'parents',
      'Keeps the parent directories of each source below the destination instead of flattening them; a ' +
        '`/./` in the source marks where the kept part starts.',
      'true|false',
      `${REFERENCE}#copy---parents`,
      { boolean: true, values: BOOLEAN_VALUES },
    ),
  },
  ADD: {
    ...ADD_LIKE,
    'keep-git-dir': flag(
      'keep-git-dir',
      'When adding a git repository, keeps its `.git` directory in the copied tree (left out by default).',
      'true|false',
      `${REFERENCE}#add---keep-git-dir`,
      { boolean: true, values: BOOLEAN_VALUES },
    ),
    checksum: flag(
      'checksum',
      'Expected digest of a remote source; the build fails when the download differs, and the cached result ' +
        'stays valid while the digest is unchanged.',
      'sha256:<hex digest>',
      `${REFERENCE}#add---checksum`,
    ),
    unpack: flag(
      'unpack',
      'Whether a tar archive is extracted into the destination. Local archives are unpacked by default and ' +
        'remote ones are not; this flag sets it explicitly.',
      'true|false',
      `${REFERENCE}#add---unpack`,
      { boolean: true, values: BOOLEAN_VALUES },
    ),
  },
  HEALTHCHECK: {
    interval: durationFlag('interval', 'Time between two checks, counted from the end of the previous one.', '30s'),
    timeout: durationFlag('timeout', 'A check running longer than this counts as failed.', '30s'),
    'start-period': durationFlag(
      'start-period',
      'Start-up time: failures in this period do not count toward the retries (a success ends it early).',
      '0s',
    ),
    'start-interval': durationFlag('start-interval', 'Time between checks during the start period.', '5s'),
    retries: flag(
      'retries',
      'Consecutive failures needed before the container is reported unhealthy. Default 3.',
      '<count>',
      `${REFERENCE}#healthcheck`,
    ),
  },
};
