/** Docker image references (`[host[:port]/]path[:tag][@digest]`) as the distribution grammar defines them. */

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;

export interface ParsedReference {
  readonly host: string | null;
  readonly path: string;
  readonly tag: string | null;
  readonly digest: string | null;
}

export function splitReference(ref: string): ParsedReference {
  let rest = ref;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | null = null;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const slash = rest.indexOf('/');
  const first = slash < 0 ? '' : rest.slice(0, slash);
  const isHost = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase());
  return { host: isHost ? first : null, path: isHost ? rest.slice(slash + 1) : rest, tag, digest };
}

/** Why a reference cannot parse, or null when it is valid. */
export function referenceFault(ref: string): string | null {
  if (ref === '') return 'the reference is empty';
  const { host, path, tag, digest } = splitReference(ref);
  if (host !== null && !HOST.test(host)) return `"${host}" is not a valid registry host`;
  if (path === '') return 'the repository name is missing';
  for (const component of path.split('/')) {
    if (component !== component.toLowerCase() && PATH_COMPONENT.test(component.toLowerCase())) return 'repository names must be lowercase';
    if (!PATH_COMPONENT.test(component)) return `"${component}" is not a valid repository name component`;
  }
  if (tag !== null && !TAG.test(tag)) return `"${tag}" is not a valid tag (letters, digits, _ . -; at most 128; not starting with . or -)`;
  if (digest !== null && !DIGEST.test(digest)) return `"${digest}" is not a valid digest (algorithm:hex)`;
  return null;
}

/** The reference with its repository path lowercased, when that alone makes it valid. */
export function lowercasedRepository(ref: string): string | null {
  const { host, path, tag, digest } = splitReference(ref);
  const fixed = `${host !== null ? `${host}/` : ''}${path.toLowerCase()}${tag !== null ? `:${tag}` : ''}${digest !== null ? `@${digest}` : ''}`;
  return fixed !== ref && referenceFault(fixed) === null ? fixed : null;
}
