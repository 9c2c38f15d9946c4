/** The USER in effect at the end of the target stage (its own and the local stages it is built on). */
import type { ImageModel } from '../../model';
import type { Instruction } from '../../syntax';

export function lastTargetUser(image: ImageModel): Instruction | null {
  for (let s: number | null = image.target; s !== null && s >= 0; s = image.stages[s].baseStage) {
    const steps = image.stages[s].steps;
    for (let k = steps.length - 1; k >= 0; k--) {
      if (steps[k].instruction.kind === 'USER') return steps[k].instruction;
    }
  }
  return null;
}
