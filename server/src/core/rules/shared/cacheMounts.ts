/** `RUN --mount=type=cache|tmpfs` targets: content there is not stored in the layer. */
import { mountsOf } from '../../model';
import type { Instruction } from '../../syntax';

/**
 * True when a cache or tmpfs mount covers one of the directories (or a parent or child of it). Callers
 * keep `directories` in a module constant: a regex literal in a loop is a new object per evaluation.
 */
export function hasCacheMountOn(instruction: Instruction, directories: readonly RegExp[]): boolean {
  // Most RUNs have no flag at all: no mount list is read for them.
  if (instruction.flags.length === 0) return false;
  return mountsOf(instruction).some((mount) => {
    const type = mount.get('type');
    if (type !== 'cache' && type !== 'tmpfs') return false;
    const target = mount.get('target') ?? mount.get('dst') ?? mount.get('destination') ?? '';
    return directories.some((d) => d.test(target.replace(/\/+$/, '')));
  });
}
