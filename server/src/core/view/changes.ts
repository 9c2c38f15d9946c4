/**
 * What an opened container shows: the files it added, changed and deleted in its read-write layer, grouped
 * and sorted, each group cut to a readable length. Pure: the engine's list in, the panel's text out.
 */
import type { ChangeKind, ContainerChange } from '../../protocol';
import type { ContainerCard } from './viewModel';

export interface ChangeGroup {
  readonly kind: ChangeKind;
  /** `Added (3)`. */
  readonly heading: string;
  readonly paths: readonly string[];
  /** Paths of this kind left out after the first `perKind`. */
  readonly more: number;
}

export interface ChangesView {
  readonly title: string;
  /** One line: the counts, or what an empty list means. */
  readonly summary: string;
  readonly groups: readonly ChangeGroup[];
}

/** A container that installed packages lists thousands of paths: the panel shows the first of each kind. */
export const CHANGES_PER_KIND = 200;

const KINDS: readonly { kind: ChangeKind; label: string }[] = [
  { kind: 'added', label: 'Added' },
  { kind: 'changed', label: 'Changed (copied up from the image)' },
  { kind: 'deleted', label: 'Deleted (hidden by a whiteout)' },
];

export function changesView(container: ContainerCard, changes: readonly ContainerChange[], perKind = CHANGES_PER_KIND): ChangesView {
  const title = `Container ${container.name} · ${container.state} · read-write layer ${container.sizeRw}`;
  const groups: ChangeGroup[] = [];
  for (const { kind, label } of KINDS) {
    const paths = [...new Set(changes.filter((c) => c.kind === kind).map((c) => c.path))].sort();
    if (paths.length === 0) continue;
    groups.push({ kind, heading: `${label} (${paths.length})`, paths: paths.slice(0, perKind), more: Math.max(0, paths.length - perKind) });
  }
  const summary = groups.length === 0
    ? 'No changes: the container has written nothing on top of its image.'
    : groups.map((g) => `${g.paths.length + g.more} ${g.kind}`).join(', ');
  return { title, summary, groups };
}

/** Text of the panel while the engine is asked, and when it fails. */
export function changesPending(container: ContainerCard): ChangesView {
  return { title: `Container ${container.name}`, summary: 'Reading its changes from the engine…', groups: [] };
}

export function changesFailed(container: ContainerCard, reason: string): ChangesView {
  return { title: `Container ${container.name}`, summary: `Could not read its changes: ${reason}`, groups: [] };
}
