import type { Rule } from './rule';
import { stageImage } from './shared/images';

export const imageUntagged: Rule = {
  id: 'image-untagged',
  aliases: ['DL3006'],
  severity: 'warning',
  category: 'reproducibility',
  docs: 'docs/rules/image-untagged.md',
  tier: 1,
  description: 'An external FROM image with neither tag nor digest, so it means whatever `latest` is on build day.',
  check({ analysis, report }) {
    for (const stage of analysis.image.stages) {
      if (stage.baseStage !== null || stage.from.words.length === 0) continue;
      const resolved = stageImage(analysis, stage);
      if (resolved === null) continue;
      const { image, ref } = resolved;
      if (image === '' || ref.tag !== null || ref.digest !== null || image.toLowerCase() === 'scratch') continue;
      report({
        message: `"${image}" has no tag, so the build takes whatever "latest" is that day and the base layers under this stage change without notice. Name a tag (${image}:<version>) or a digest.`,
        span: stage.from.words[0].span,
      });
    }
  },
};
