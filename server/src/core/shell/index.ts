export * from './types';
export { ShellLexer, type Operator, type TokenKind } from './lexer';
export { splitCommands } from './commands';
export { parseScript, scriptsOf } from './scripts';
export { isPosixShell, shellArgsAt, shellAt, type ShellOverride } from './stageShell';
