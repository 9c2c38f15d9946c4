import type { Rule } from './rule';
import { parseImage, resolvedImage } from './shared/images';

/** Off until `trustedRegistries` is configured in .hadolint.yaml; the engine then runs it at error. */
export const untrustedRegistry: Rule = {
  id: 'untrusted-registry',
  aliases: ['DL3026'],
  severity: 'off',
  category: 'security',
  docs: 'docs/rules/untrusted-registry.md',
  tier: 2,
  description: 'A FROM image from a registry outside the configured allow-list (`trustedRegistries`).',
  check({ analysis, options, report }) {
    const trusted = options.trustedRegistries;
    if (!trusted || trusted.length === 0) return;
    const patterns = trusted.map(globToRegExp);
    for (const stage of analysis.image.stages) {
      if (stage.baseStage !== null || stage.from.words.length === 0) continue;
      const image = resolvedImage(analysis, stage);
      if (image === null || image.toLowerCase() === 'scratch') continue;
      const { registry } = parseImage(image);
      const names = registry === 'docker.io' ? ['docker.io', 'hub.docker.com', 'index.docker.io'] : [registry];
      if (names.some((n) => patterns.some((p) => p.test(n)))) continue;
      report({
        message: `"${image}" comes from ${registry}, which is not among the trusted registries (${trusted.join(', ')}).`,
        span: stage.from.words[0].span,
      });
    }
  },
};

function globToRegExp(glob: string): RegExp {
  const escaped = glob.toLowerCase().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`, 'i');
}
