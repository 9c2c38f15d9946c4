import type { Rule } from './rule';
import { fromWords } from './shared/instructions';

export const fromPlatformConstant: Rule = {
  id: 'from-platform-constant',
  aliases: ['FromPlatformFlagConstDisallowed', 'DL3029'],
  severity: 'warning',
  category: 'reproducibility',
  description: '`FROM --platform=` with a constant value: the stage ignores the platform the build asks for.',
  docs: 'docs/rules/from-platform-constant.md',
  tier: 1,
  check({ analysis, report }) {
    for (const from of analysis.tree.instructions) {
      if (from.kind !== 'FROM') continue;
      const flag = from.flags.find((f) => f.name.toLowerCase() === 'platform');
      if (!flag || !flag.value || flag.value.includes('$')) continue;
      const [os, arch] = flag.value.toLowerCase().split('/');
      const name = fromWords(from).name?.value.toLowerCase() ?? '';
      // A stage named for its platform (`AS build-amd64`) is deliberate, as BuildKit assumes too.
      if (name && ((os && name.includes(os)) || (arch && name.includes(arch)))) continue;
      report({
        message: `--platform=${flag.value} is a constant: this stage is ${flag.value} whatever platform the build targets. Use $BUILDPLATFORM / $TARGETPLATFORM, or name the stage for its platform.`,
        span: flag.span,
      });
    }
  },
};
