/** RULES.md §3.4: the two suppression actions, in our form or in the form the file already uses. */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/analysis';
import { applyEdits, fixAllEdits, suppressionFixes, type Fix } from '../../../server/src/core/rules';
import { EOLS, findings, lines } from './helpers';

function actions(text: string, ruleId: string): Fix[] {
  const finding = findings(text).find((f) => f.ruleId === ruleId);
  assert.ok(finding, `${ruleId} fires`);
  return suppressionFixes(analyze(text), finding);
}

/** Applies the action with the given title prefix and checks the finding is gone. */
function apply(text: string, ruleId: string, which: 'instruction' | 'file'): string {
  const fix = actions(text, ruleId).find((f) => f.title.endsWith(which === 'instruction' ? 'for this instruction' : 'in this file'));
  assert.ok(fix);
  const result = applyEdits(text, fix.edits);
  assert.deepEqual(findings(result).filter((f) => f.ruleId === ruleId).map((f) => f.message), [], 'suppressed');
  return result;
}

for (const eol of EOLS) {
  const l = (...text: string[]) => lines(eol, ...text);
  describe(`suppression actions (${JSON.stringify(eol)})`, () => {
    it('offers both actions with the rule id in the title', () => {
      assert.deepEqual(actions(l('FROM alpine', 'MAINTAINER me'), 'maintainer-deprecated').map((f) => f.title), [
        'Ignore maintainer-deprecated for this instruction',
        'Ignore maintainer-deprecated in this file',
      ]);
    });

    it('inserts # layerwise ignore= above the instruction, keeping its indentation', () => {
      assert.equal(apply(l('FROM alpine', '  MAINTAINER me'), 'maintainer-deprecated', 'instruction'), l('FROM alpine', '  # layerwise ignore=maintainer-deprecated', '  MAINTAINER me'));
    });

    it('extends an existing # layerwise ignore= of that instruction', () => {
      assert.equal(apply(l('FROM alpine', '# layerwise ignore=undefined-var', 'MAINTAINER me'), 'maintainer-deprecated', 'instruction'),
        l('FROM alpine', '# layerwise ignore=undefined-var,maintainer-deprecated', 'MAINTAINER me'));
    });

    it('inserts # layerwise global ignore= after the directive block', () => {
      assert.equal(apply(l('# syntax=docker/dockerfile:1', 'FROM alpine', 'MAINTAINER me'), 'maintainer-deprecated', 'file'),
        l('# syntax=docker/dockerfile:1', '# layerwise global ignore=maintainer-deprecated', 'FROM alpine', 'MAINTAINER me'));
    });

    it('writes the hadolint form when the file already uses hadolint pragmas', () => {
      const text = l('FROM alpine', '# hadolint ignore=DL3008', 'RUN true', 'MAINTAINER me');
      assert.equal(apply(text, 'maintainer-deprecated', 'instruction'), l('FROM alpine', '# hadolint ignore=DL3008', 'RUN true', '# hadolint ignore=DL4000', 'MAINTAINER me'));
      assert.equal(apply(text, 'maintainer-deprecated', 'file'), l('# hadolint global ignore=DL4000', 'FROM alpine', '# hadolint ignore=DL3008', 'RUN true', 'MAINTAINER me'));
    });

    it('extends an existing # hadolint ignore= line (after a trailing comment is fine)', () => {
      assert.equal(apply(l('FROM alpine', '# hadolint ignore=DL3008 # apt', 'MAINTAINER me'), 'maintainer-deprecated', 'instruction'),
        l('FROM alpine', '# hadolint ignore=DL3008,DL4000 # apt', 'MAINTAINER me'));
    });

    it('adds the check name to the existing # check=skip= list, never a second # check= line', () => {
      const text = l('# check=skip=StageNameCasing', 'FROM alpine', 'MAINTAINER me');
      assert.equal(apply(text, 'maintainer-deprecated', 'file'), l('# check=skip=StageNameCasing,MaintainerDeprecated', 'FROM alpine', 'MAINTAINER me'));
      assert.equal(apply(l('# check=error=true', 'FROM alpine', 'MAINTAINER me'), 'maintainer-deprecated', 'file'), l('# check=error=true;skip=MaintainerDeprecated', 'FROM alpine', 'MAINTAINER me'));
    });

    it('writes an instruction-local # check=skip= when the file uses BuildKit checks', () => {
      assert.equal(apply(l('# check=error=true', 'FROM alpine', 'MAINTAINER me'), 'maintainer-deprecated', 'instruction'),
        l('# check=error=true', 'FROM alpine', '# check=skip=MaintainerDeprecated', 'MAINTAINER me'));
    });

    it('uses our form where a # check= line would become the file directive', () => {
      assert.equal(apply(l('# check=error=true', 'FROM alpine:$TAG'), 'undefined-arg-in-from', 'instruction'),
        l('# check=error=true', '# layerwise ignore=undefined-arg-in-from', 'FROM alpine:$TAG'));
    });

    it('uses our form for a finding without the tool alias', () => {
      assert.equal(apply(l('FROM alpine', '# hadolint ignore=DL3008', 'RUN true', 'RUNN x'), 'unknown-instruction', 'instruction'),
        l('FROM alpine', '# hadolint ignore=DL3008', 'RUN true', '# layerwise ignore=unknown-instruction', 'RUNN x'));
    });
  });

  describe(`fix all (${JSON.stringify(eol)})`, () => {
    it('applies every preferred fix once, skipping overlaps, and is idempotent', () => {
      const text = l('from alpine AS Build', 'MAINTAINER me', 'CMD echo', 'CMD npm start', 'EXPOSE 80/TCP');
      const once = applyEdits(text, fixAllEdits(findings(text)));
      assert.equal(once, l('FROM alpine AS build', 'LABEL org.opencontainers.image.authors="me"', 'CMD ["npm", "start"]', 'EXPOSE 80/tcp'));
      assert.deepEqual(fixAllEdits(findings(once)), []);
    });
  });
}
