export * from './rule';
export { RULES, findRule } from './registry';
export { lint, type LintConfig } from './lint';
