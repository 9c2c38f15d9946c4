export * from './nodes';
export { parseDockerfile } from './parser';
export { LineIndex } from './lineIndex';
export { parseWords, splitBlank, unquote } from './words';
