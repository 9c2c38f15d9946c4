/** The short "how layers work" primer linked from hovers, lenses and the layer view. */
import type { PrimerSection } from './types';

export const LAYERS_PRIMER: readonly PrimerSection[] = [
  {
    title: 'An image is a stack of layers',
    text:
      'An image is an ordered stack of read-only filesystem layers plus a config (command, environment, user, ' +
      'ports, labels). RUN, COPY and ADD each add a layer; most other instructions only edit the config. A ' +
      'layer records changes, so a file deleted in a later layer still takes space in the layer that added it.',
  },
  {
    title: 'A container adds one thin writable layer',
    text:
      'A container is the image plus its own thin read-write layer on top. The first write to a file from an ' +
      'image layer copies the whole file up into that writable layer (copy-on-write). Removing the container ' +
      'discards its writable layer; data that must survive belongs in a volume.',
  },
  {
    title: 'Layers are shared',
    text:
      'Every container of an image uses the same read-only layers, and a layer that several images have in ' +
      'common is stored and downloaded once. Putting the parts that rarely change (base, system packages, ' +
      'dependencies) low in the stack lets images share them.',
  },
  {
    title: 'The build cache works top-down',
    text:
      'The builder reuses a cached step while the instruction and its inputs are unchanged: the command string ' +
      'for RUN, the file checksums for COPY and ADD. After the first step that changes, every later step of ' +
      'the stage runs again, so order instructions from least to most often changing.',
  },
];
