import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/analysis';
import { codeLenses } from '../../../server/src/core/features/codeLens';

/** `line: title` for every lens. */
function lensTitles(text: string, target?: string): string[] {
  const analysis = analyze(text, { target });
  return codeLenses(analysis).map((l) => `${analysis.lines.lineAt(l.span.start)}: ${l.title}`);
}

describe('CodeLens', () => {
  for (const eol of ['\n', '\r\n']) {
    it(`labels stages, the final image, layers and metadata (${JSON.stringify(eol)})`, () => {
      const text = ['FROM node:20 AS deps', 'WORKDIR /app', 'COPY package.json .', 'RUN npm ci', 'FROM deps AS app', 'COPY . .', 'USER node', 'CMD ["node", "index.js"]'].join(eol);
      assert.deepEqual(lensTitles(text), [
        '0: Stage deps (base of the target): 3 layers (+ base image layers: unknown)',
        '1: layer 1 of 3',
        '2: layer 2 of 3',
        '3: layer 3 of 3',
        '4: Stage app: 1 layer + 3 from stage deps (+ base image layers: unknown)',
        '4: Final image: 4 layers (+ base image layers: unknown)',
        '5: layer 4 of 4',
        '6: metadata only · no layer',
        '7: metadata only · no layer',
      ]);
    });
  }

  it('puts the final-image lens on the --target stage', () => {
    const titles = lensTitles('FROM scratch AS a\nCOPY x /x\nFROM scratch AS b\nCOPY y /y', 'a');
    assert.ok(titles.includes('0: Final image: 1 layer'));
    assert.ok(titles.includes('2: Stage b (build-only): 1 layer'));
  });

  it('shows ONBUILD trigger layers on the FROM that runs them', () => {
    const titles = lensTitles('FROM alpine AS base\nONBUILD RUN make\nFROM base');
    assert.ok(titles.includes('2: layer 1 of 1 (ONBUILD RUN of the base stage)'), titles.join('\n'));
  });

  it('marks RUN --mount content as not stored', () => {
    assert.ok(lensTitles('FROM alpine\nRUN --mount=type=secret,id=t cat /run/secrets/t').includes('1: layer 1 of 1 · --mount=secret not stored'));
  });
});
