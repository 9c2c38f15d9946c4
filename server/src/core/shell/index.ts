export * from './types';
export { tokenize, type Token } from './lexer';
export { splitCommands } from './commands';
export { parseScript, scriptsOf } from './scripts';
export { isPosixShell, shellArgsAt, shellAt, type ShellOverride } from './stageShell';
