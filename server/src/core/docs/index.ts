/** Instruction reference and layer explanations used by hovers, completion and signature help. */
export * from './types';
export * from './instructions';
export * from './flags';
export * from './mounts';
export * from './directives';
export * from './args';
export * from './primer';
