export * from './rule';
export { RULES, findRule } from './registry';
export { lint, type LintConfig } from './lint';
export { parseHadolintConfig, EMPTY_HADOLINT_CONFIG, type HadolintConfig, type ConfigProblem } from './hadolintConfig';
export { parseCheckOptions, type CheckOptions } from './buildkitCheck';
export { readPragmas, type Pragma, type PragmaSet } from './pragmas';
export { applyEdits, fixAllEdits } from './fixes';
export { suppressionFixes } from './suppressionFixes';
