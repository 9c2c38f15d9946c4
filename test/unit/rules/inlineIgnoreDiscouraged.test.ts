/** inline-ignore-discouraged (DL1001): every inline ignore form is flagged, file-wide forms are not. */
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { analyze } from '../../../server/src/core/analysis';
import { EMPTY_HADOLINT_CONFIG } from '../../../server/src/core/rules';
import { lint } from '../../../server/src/core/rules/lint';
import { assertFindings, findingsOf } from './assertRules';
import { EOLS } from './helpers';

const ID = 'inline-ignore-discouraged';
const RUN = 'RUN apt-get install -y curl';

describe('inline-ignore-discouraged (off by default)', () => {
  for (const eol of EOLS) {
    const text = (...lines: string[]) => lines.join(eol) + eol;

    it(`flags hadolint, Layerwise, BuildKit and dockerfile-utils inline forms (${JSON.stringify(eol)})`, () => {
      assertFindings(text('FROM debian:12', '# hadolint ignore=DL3008,DL3015', RUN), ID, [`${ID}@2:1 DL1001`]);
      assertFindings(text('FROM debian:12', '#layerwise ignore=pin-apt-versions', RUN), ID, [`${ID}@2:1 DL1001`]);
      assertFindings(text('FROM debian:12', '# check=skip=JSONArgsRecommended', 'CMD node app.js'), ID, [`${ID}@2:1 DL1001`]);
      assertFindings(text('FROM debian:12', '# dockerfile-utils: ignore', RUN), ID, [`${ID}@2:1 DL1001`]);
    });

    it(`names the suppressed codes in the message (${JSON.stringify(eol)})`, () => {
      const [finding] = findingsOf(text('FROM debian:12', '# hadolint ignore=DL3008, DL3015 # pinned elsewhere', RUN), ID);
      assert.match(finding.message, /`# hadolint ignore=` DL3008, DL3015\)/);
    });

    it(`is silent on file-wide forms and look-alike comments (${JSON.stringify(eol)})`, () => {
      assertFindings(text('# hadolint global ignore=DL3008', 'FROM debian:12', RUN), ID, []);
      assertFindings(text('# layerwise global ignore=pin-apt-versions', 'FROM debian:12', RUN), ID, []);
      assertFindings(text('# check=skip=JSONArgsRecommended', 'FROM debian:12', 'CMD node app.js'), ID, []);
      assertFindings(text('# hadolint stage ignore=DL3008', 'FROM debian:12', RUN), ID, []);
      assertFindings(text('FROM debian:12', '# we ignore hadolint here', RUN), ID, []);
      assertFindings(text('FROM debian:12', '# hadolint shell=bash', RUN), ID, []);
    });

    it(`is off unless turned on; DL1001 in .hadolint.yaml turns it on at that level (${JSON.stringify(eol)})`, () => {
      const analysis = analyze(text('FROM debian:12', '# hadolint ignore=DL3008', RUN));
      assert.deepEqual(lint(analysis).filter((f) => f.ruleId === ID), []);
      const hadolint = { ...EMPTY_HADOLINT_CONFIG, override: { ...EMPTY_HADOLINT_CONFIG.override, style: ['DL1001'] } };
      assert.deepEqual(lint(analysis, { hadolint }).filter((f) => f.ruleId === ID).map((f) => f.severity), ['hint']);
    });
  }
});
