import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/analysis';
import { hoverAt } from '../../../server/src/core/features/hover';
import { withCursor } from '../../support/cursor';

function assertHover(marked: string, ...expected: RegExp[]): void {
  const { text, offset } = withCursor(marked);
  const hover = hoverAt(analyze(text), offset);
  assert.ok(hover, `no hover at ${JSON.stringify(marked)}`);
  for (const pattern of expected) assert.match(hover.markdown, pattern);
}

function assertNoHover(marked: string): void {
  const { text, offset } = withCursor(marked);
  assert.equal(hoverAt(analyze(text), offset), null);
}

describe('hover', () => {
  it('explains a RUN layer with its position in the stage', () => {
    assertHover('FROM ubuntu\nRUN apt-get update\nRU|N apt-get install -y curl', /creates layer 2 of 2 in stage #0/, /whiteouts/, /\*\*Cache:\*\*/, /thin writable layer/, /docs\.docker\.com\/reference\/dockerfile\/#run/);
  });

  it('says config instructions add no layer', () => {
    assertHover('FROM alpine\nE|NV A=1', /metadata only, no new layer/, /Changes only the image config/);
  });

  it('counts layers inherited from an earlier stage', () => {
    assertHover('FROM alpine AS base\nRUN a\nFROM base\nCO|PY x /x', /creates layer 2 of 2/);
  });

  it('notes mounts that are not stored', () => {
    assertHover('FROM alpine\nR|UN --mount=type=cache,target=/root/.cache pip install x', /--mount \(cache\).*not stored/);
  });

  it('marks layers of a build-only stage', () => {
    assertHover('FROM golang AS build\nR|UN go build\nFROM scratch\nCOPY --from=build /a /a', /build-only, so this layer is not in the shipped image/);
  });

  it('describes COPY --link', () => {
    assertHover('FROM alpine\nCOP|Y --link a /a', /independent layer/);
  });

  it('shows a stage behind --from and on its AS name', () => {
    assertHover('FROM golang AS build\nRUN x\nFROM scratch\nCOPY --from=bu|ild /a /a', /\*\*Stage `build`\*\*/, /build-only/);
    assertHover('FROM golang AS bu|ild\nRUN x', /\*\*Stage `build`\*\*/, /is the target/);
  });

  it('explains FROM scratch and FROM a stage', () => {
    assertHover('FR|OM scratch\nCOPY a /', /scratch: an empty filesystem/);
    assertHover('FROM alpine AS a\nRUN x\nFR|OM a', /inherits its 1 layer/);
  });

  it('shows where a variable is declared', () => {
    assertHover('ARG VERSION=3.20\nFROM alpine:$VER|SION', /global ARG.*line 1: `3\.20`/);
    assertHover('FROM alpine\nENV APP=/app\nWORKDIR ${A|PP}', /ENV of stage #0, line 2: `\/app`/);
    assertHover('FROM alpine\nWORKDIR $NO|PE', /not declared/);
  });

  it('explains the trigger of ONBUILD', () => {
    assertHover('FROM alpine\nONBUILD R|UN make', /runs, and makes its layer, only in a build that uses this image as its base/);
  });

  it('flags unknown instructions', () => {
    assertHover('FROM alpine\nRU|NN x', /not a Dockerfile instruction/);
  });

  it('has nothing to say on plain arguments or comments', () => {
    assertNoHover('FROM alpine\nRUN echo he|llo');
    assertNoHover('# a com|ment\nFROM alpine');
  });

  it('works with CRLF line endings', () => {
    assertHover('FROM ubuntu\r\nRUN a\r\nRU|N b', /creates layer 2 of 2/);
  });
});
