import type { Rule } from './rule';

/** Own layers above which we warn; overlay storage refuses images deeper than about 125 layers. */
const LIMIT = 100;

export const tooManyLayers: Rule = {
  id: 'too-many-layers',
  aliases: [],
  severity: 'warning',
  category: 'layers',
  docs: 'docs/rules/too-many-layers.md',
  tier: 2,
  description: 'The shipped image has more than 100 layers of its own.',
  check({ analysis, report }) {
    const { image } = analysis;
    if (image.target < 0) return;
    const target = image.stages[image.target];
    const own = target.inheritedLayers + target.layerCount;
    const total = own + (target.baseLayers ?? 0);
    if (total <= LIMIT) return;
    report({
      message: `The shipped image has ${own} layers from this file${target.baseLayers ? ` plus ${target.baseLayers} from the base image` : ''}; storage drivers refuse images deeper than about 125 layers. Merge RUNs and COPYs.`,
      span: target.from.keywordSpan,
    });
  },
};
