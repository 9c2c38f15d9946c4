/** Reference text for `RUN --mount` types and the options each type takes. */
import type { MountOptionDoc, MountType, MountTypeDoc } from './types';

const REFERENCE = 'https://docs.docker.com/reference/dockerfile/';

function option(key: string, description: string, values: readonly string[] = []): MountOptionDoc {
  return { key, description, values };
}

const BOOLEAN = ['true', 'false'];

const OWNERSHIP = [
  option('uid', 'User ID owning the mount root.'),
  option('gid', 'Group ID owning the mount root.'),
];

export const MOUNT_TYPES: Readonly<Record<MountType, MountTypeDoc>> = {
  bind: {
    type: 'bind',
    summary:
      'Makes files from the build context, a stage or an image visible to the command without copying them ' +
      'into a layer; read-only unless `rw` is given, and writes are thrown away. The default mount type.',
    options: [
      option('target', 'Where the files appear in the build container (also `dst`, `destination`). Required.'),
      option('source', 'Path inside `from`; defaults to its root.'),
      option('from', 'Stage, image or named context to read from; defaults to the build context.'),
      option('rw', 'Allow writes, which are discarded after the step (also `readwrite`).', BOOLEAN),
    ],
    url: `${REFERENCE}#run---mounttypebind`,
  },
  cache: {
    type: 'cache',
    summary:
      'A directory the builder keeps between builds, for package manager and compiler caches. Its content ' +
      'never goes into the image, and steps must still work when it is empty because the builder may drop it.',
    options: [
      option('target', 'Where the cache appears in the build container (also `dst`, `destination`). Required.'),
      option('id', 'Name that separates caches; defaults to the target path.'),
      option('sharing', 'What parallel builds using the same cache do.', ['shared', 'private', 'locked']),
      option('ro', 'Mount read-only (also `readonly`).', BOOLEAN),
      option('from', 'Stage or image whose files seed an empty cache.'),
      option('source', 'Path inside `from` used for seeding; defaults to its root.'),
      option('mode', 'Permission bits of a new cache directory, in octal; default 0755.'),
      ...OWNERSHIP,
    ],
    url: `${REFERENCE}#run---mounttypecache`,
  },
  secret: {
    type: 'secret',
    summary:
      'Exposes a secret passed with `docker build --secret` to this step only, as a file (or an environment ' +
      'variable with `env`). It is never written to a layer or to the image history.',
    options: [
      option('id', 'Secret ID given to `--secret`; defaults to the base name of the target.'),
      option('target', 'File path of the secret; defaults to `/run/secrets/<id>` (also `dst`).'),
      option('env', 'Name of an environment variable that receives the secret instead of, or besides, a file.'),
      option('required', 'Fail the step when the secret was not provided.', BOOLEAN),
      option('mode', 'Permission bits of the secret file, in octal; default 0400.'),
      ...OWNERSHIP,
    ],
    url: `${REFERENCE}#run---mounttypesecret`,
  },
  ssh: {
    type: 'ssh',
    summary:
      'Forwards an SSH agent socket or keys passed with `docker build --ssh`, so the step can clone private ' +
      'repositories without any key reaching the image.',
    options: [
      option('id', 'ID given to `--ssh`; defaults to `default`.'),
      option('target', 'Socket path in the build container; `SSH_AUTH_SOCK` points to it by default.'),
      option('required', 'Fail the step when no agent was provided.', BOOLEAN),
      option('mode', 'Permission bits of the socket, in octal; default 0600.'),
      ...OWNERSHIP,
    ],
    url: `${REFERENCE}#run---mounttypessh`,
  },
  tmpfs: {
    type: 'tmpfs',
    summary: 'An in-memory directory for scratch files that must not end up in the layer.',
    options: [
      option('target', 'Where the tmpfs is mounted (also `dst`, `destination`). Required.'),
      option('size', 'Upper size limit, in bytes or with a unit.'),
    ],
    url: `${REFERENCE}#run---mounttypetmpfs`,
  },
};
