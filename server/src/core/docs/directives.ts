/** Reference text for the parser directives read from the top of a Dockerfile. */
import type { DirectiveDoc, DirectiveName } from './types';

const REFERENCE = 'https://docs.docker.com/reference/dockerfile/';

export const DIRECTIVE_DOCS: Readonly<Record<DirectiveName, DirectiveDoc>> = {
  syntax: {
    name: 'syntax',
    summary:
      'Names the Dockerfile frontend image that parses this file, so the build uses that version of the ' +
      'syntax whatever builder version runs it. `docker/dockerfile:1` follows the latest stable 1.x release; ' +
      'a `-labs` tag enables features still in testing.',
    valueHint: '<frontend image> (e.g. docker/dockerfile:1)',
    values: [
      { value: 'docker/dockerfile:1', description: 'Latest stable 1.x frontend.' },
      { value: 'docker/dockerfile:1-labs', description: 'Stable features plus those in the labs channel.' },
    ],
    example: '# syntax=docker/dockerfile:1',
    url: `${REFERENCE}#syntax`,
  },
  escape: {
    name: 'escape',
    summary:
      'Sets the character that escapes characters in arguments and continues lines: `\\` by default, or a ' +
      'backtick, which keeps Windows paths such as `C:\\app\\` literal. Inside RUN commands it only matters ' +
      'at the end of a line.',
    valueHint: '\\ | `',
    values: [
      { value: '\\', description: 'Backslash, the default.' },
      { value: '`', description: 'Backtick, common in Windows Dockerfiles.' },
    ],
    example: '# escape=`',
    url: `${REFERENCE}#escape`,
  },
  check: {
    name: 'check',
    summary:
      'Configures build checks: `skip=` lists checks to leave out (or `all`), and `error=true` makes any ' +
      'check failure fail the build. Options are separated by `;`.',
    valueHint: 'skip=<check>[,<check>...]|all[;error=true|false]',
    values: [
      { value: 'skip=all', description: 'Turn every check off.' },
      { value: 'error=true', description: 'Fail the build when a check reports a problem.' },
    ],
    example: '# check=skip=JSONArgsRecommended;error=true',
    url: `${REFERENCE}#check`,
  },
};

/** Shared facts about where directives may appear; shown with any directive hover. */
export const DIRECTIVE_RULES =
  'Directives are read only at the very top of the file, before any instruction, comment or blank line; ' +
  'each may appear once. After that point the same text is an ordinary comment.';
