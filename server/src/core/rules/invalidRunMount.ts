import { parseMount } from '../model';
import type { Rule } from './rule';
import { instructionsOfKind } from './shared/instructions';

const TYPES = new Set(['bind', 'cache', 'tmpfs', 'secret', 'ssh']);
/** Every key some mount type takes; a key outside this set is certainly wrong. */
const KEYS = new Set(['type', 'target', 'dst', 'destination', 'source', 'src', 'from', 'readonly', 'ro', 'rw', 'readwrite', 'id', 'sharing', 'mode', 'uid', 'gid', 'required', 'env', 'size']);
const SHARING = new Set(['shared', 'private', 'locked']);

export const invalidRunMount: Rule = {
  id: 'invalid-run-mount',
  aliases: [],
  severity: 'error',
  category: 'correctness',
  description: '`RUN --mount` with an unknown type or key, `from` on a secret or ssh mount, or a bad `sharing`, `mode`, `uid` or `gid`.',
  docs: 'docs/rules/invalid-run-mount.md',
  tier: 2,
  check({ analysis, report }) {
    for (const instruction of instructionsOfKind(analysis.tree, 'RUN')) {
      if (instruction.kind !== 'RUN') continue;
      for (const flag of instruction.flags) {
        if (flag.name.toLowerCase() !== 'mount' || !flag.value || flag.value.includes('$')) continue;
        const fields = parseMount(flag);
        const type = fields.get('type') ?? 'bind';
        const problem = !TYPES.has(type) ? `unknown mount type "${type}" (bind, cache, tmpfs, secret, ssh)`
          : [...fields.keys()].find((k) => !KEYS.has(k)) ? `unknown mount option "${[...fields.keys()].find((k) => !KEYS.has(k))}"`
          : (type === 'secret' || type === 'ssh') && fields.has('from') ? `a ${type} mount cannot take from=`
          : fields.has('sharing') && !SHARING.has(fields.get('sharing')!) ? `sharing must be shared, private or locked`
          : fields.has('mode') && !/^0?[0-7]{3,4}$/.test(fields.get('mode')!) ? 'mode must be an octal permission such as 0644'
          : ['uid', 'gid'].find((k) => fields.has(k) && !/^\d+$/.test(fields.get(k)!)) ? 'uid and gid must be numbers'
          : null;
        if (problem) report({ message: `--mount: ${problem}; the builder rejects it.`, span: flag.valueSpan ?? flag.span });
      }
    }
  },
};
