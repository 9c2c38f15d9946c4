/**
 * What a single layer-tar entry means: its normalized path, whether it is a whiteout (deletes a lower
 * file) or an opaque-directory marker (hides a lower directory's content), and the bytes it counts for.
 */
import type { LayerEntry } from './types';

const WHITEOUT_PREFIX = '.wh.';
const OPAQUE_MARKER = '.wh..wh..opq';
/** aufs bookkeeping (`.wh..wh.plnk`, `.wh..wh.aufs`): neither a file nor a deletion. */
const AUFS_META_PREFIX = '.wh..wh.';

export type EntryMeaning =
  | { kind: 'add'; path: string; entry: LayerEntry }
  | { kind: 'whiteout'; path: string }
  | { kind: 'opaque'; dir: string }
  | { kind: 'ignore' };

/** `./usr//bin/x/` → `usr/bin/x`; the root itself → ``. Segments `.` and `..` are resolved inside the root. */
export function normalizeEntryPath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

export function classifyEntry(entry: LayerEntry): EntryMeaning {
  const path = normalizeEntryPath(entry.path);
  if (path === '') return { kind: 'ignore' };
  const slash = path.lastIndexOf('/');
  const dir = slash < 0 ? '' : path.slice(0, slash);
  const base = path.slice(slash + 1);
  if (!base.startsWith(WHITEOUT_PREFIX)) return { kind: 'add', path, entry };
  if (base === OPAQUE_MARKER) return { kind: 'opaque', dir };
  if (base.startsWith(AUFS_META_PREFIX)) return { kind: 'ignore' };
  const name = base.slice(WHITEOUT_PREFIX.length);
  return { kind: 'whiteout', path: dir === '' ? name : `${dir}/${name}` };
}

/** Bytes an entry adds to its layer as `docker history` counts them (regular files + symlink target lengths). */
export function entryBytes(entry: LayerEntry): number {
  switch (entry.type) {
    case 'file':
      return entry.size;
    case 'symlink':
      return utf8Length(entry.linkTarget ?? '');
    case 'dir':
    case 'hardlink':
    case 'char':
    case 'block':
    case 'fifo':
    case 'other':
      return 0;
    default: {
      const unknown: never = entry.type;
      return unknown;
    }
  }
}

/** Byte length of a string in UTF-8 (Go's `len` of a link target), without Node's Buffer. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
