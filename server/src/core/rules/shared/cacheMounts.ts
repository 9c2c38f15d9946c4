/** `RUN --mount=type=cache|tmpfs` targets: content there is not stored in the layer. */
import { mountsOf } from '../../model';
import type { Instruction } from '../../syntax';

/** True when a cache or tmpfs mount covers one of the directories (or a parent or child of it). */
export function hasCacheMountOn(instruction: Instruction, directories: readonly RegExp[]): boolean {
  return mountsOf(instruction).some((mount) => {
    const type = mount.get('type');
    if (type !== 'cache' && type !== 'tmpfs') return false;
    const target = mount.get('target') ?? mount.get('dst') ?? mount.get('destination') ?? '';
    return directories.some((d) => d.test(target.replace(/\/+$/, '')));
  });
}
