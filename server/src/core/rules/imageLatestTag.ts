import type { Rule } from './rule';
import { stageImage } from './shared/images';

export const imageLatestTag: Rule = {
  id: 'image-latest-tag',
  aliases: ['DL3007'],
  severity: 'warning',
  category: 'reproducibility',
  docs: 'docs/rules/image-latest-tag.md',
  tier: 1,
  description: 'A FROM image tagged `latest` without a digest.',
  check({ analysis, report }) {
    for (const stage of analysis.image.stages) {
      if (stage.baseStage !== null || stage.from.words.length === 0) continue;
      const resolved = stageImage(analysis, stage);
      if (resolved === null) continue;
      const { image, ref } = resolved;
      if (ref.tag !== 'latest' || ref.digest !== null) continue;
      report({
        message: `"${image}" moves whenever a new release is pushed: the base layers under this stage can change between two builds of the same file. Pin a version tag or add a digest.`,
        span: stage.from.words[0].span,
      });
    }
  },
};
