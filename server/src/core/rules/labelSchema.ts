import type { Rule } from './rule';
import { unquote } from '../syntax';

type Check = { readonly alias: string; readonly test: (value: string) => boolean; readonly what: string };

const SPDX = /^(?:\(?[A-Za-z0-9.+-]+\)?(?:\s+(?:AND|OR|WITH)\s+\(?[A-Za-z0-9.+-]+\)?)*)$/;
const CHECKS: Readonly<Record<string, Check>> = {
  url: { alias: 'DL3052', what: 'a URL', test: (v) => /^[a-z][a-z0-9+.-]*:\/\/[^\s/?#]+\S*$/i.test(v) },
  rfc3339: { alias: 'DL3053', what: 'an RFC 3339 time', test: (v) => /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/.test(v) },
  spdx: { alias: 'DL3054', what: 'an SPDX license expression', test: (v) => SPDX.test(v) },
  hash: { alias: 'DL3055', what: 'a git commit hash', test: (v) => /^[0-9a-f]{7}$|^[0-9a-f]{40}$/.test(v) },
  semver: { alias: 'DL3056', what: 'a semantic version', test: (v) => /^v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(v) },
  email: { alias: 'DL3058', what: 'an email address', test: (v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) },
};

/** Off until `.hadolint.yaml` has `label-schema` or `strict-labels`; the engine then runs it at info. */
export const labelSchema: Rule = {
  id: 'label-schema',
  aliases: ['DL3049', 'DL3050', 'DL3051', 'DL3052', 'DL3053', 'DL3054', 'DL3055', 'DL3056', 'DL3058'],
  severity: 'off',
  category: 'style',
  docs: 'docs/rules/label-schema.md',
  tier: 2,
  description: 'Labels checked against the `label-schema` of .hadolint.yaml: missing, superfluous, empty or malformed values.',
  check({ analysis, options, report }) {
    const schema = options.labelSchema ?? {};
    if (Object.keys(schema).length === 0 && !options.strictLabels) return;
    for (const instruction of analysis.tree.instructions) {
      if (instruction.kind !== 'LABEL') continue;
      for (const pair of instruction.pairs) {
        const key = unquote(pair.key);
        const value = unquote(pair.value ?? '');
        const kind = Object.hasOwn(schema, key) ? schema[key] : undefined;
        if (kind === undefined) {
          if (options.strictLabels) report({ message: `Label "${key}" is not in the configured label schema.`, span: pair.keySpan, alias: 'DL3050' });
          continue;
        }
        if (value.includes('$')) continue;
        const span = pair.valueSpan ?? pair.keySpan;
        if (value.trim() === '') {
          report({ message: `Label "${key}" is empty.`, span, alias: 'DL3051' });
          continue;
        }
        const check = Object.hasOwn(CHECKS, kind) ? CHECKS[kind] : undefined;
        if (check && !check.test(value)) report({ message: `Label "${key}" should be ${check.what}; "${value}" is not.`, span, alias: check.alias });
      }
    }
    const { image } = analysis;
    if (image.target < 0) return;
    const present = new Set<string>();
    for (let s: number | null = image.target; s !== null; s = image.stages[s].baseStage) {
      for (const step of image.stages[s].steps) if (step.instruction.kind === 'LABEL') for (const pair of step.instruction.pairs) present.add(unquote(pair.key));
    }
    const missing = Object.keys(schema).filter((key) => !present.has(key));
    if (missing.length === 0) return;
    report({
      message: `The shipped image lacks the label${missing.length > 1 ? 's' : ''} ${missing.map((k) => `"${k}"`).join(', ')} that the label schema requires.`,
      span: image.stages[image.target].from.keywordSpan,
      alias: 'DL3049',
    });
  },
};
