import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDockerfile } from '../../../server/src/core/syntax';
import { CONFORMANCE } from '../../support/paths';
import { dumpInstruction } from './buildkitDump';

/** Cases where we knowingly differ from BuildKit's parser, with the reason. */
const DELIBERATE_DIFFERENCES: Record<string, string> = {};

describe('BuildKit parser conformance', () => {
  const cases = fs.readdirSync(path.join(CONFORMANCE, 'testfiles')).sort();

  it('finds the conformance cases', () => assert.ok(cases.length >= 30, `only ${cases.length} cases`));

  for (const name of cases) {
    it(`parses ${name} as BuildKit does`, function () {
      if (DELIBERATE_DIFFERENCES[name]) this.skip();
      const dir = path.join(CONFORMANCE, 'testfiles', name);
      const text = fs.readFileSync(path.join(dir, 'Dockerfile'), 'utf8');
      const expected = fs.readFileSync(path.join(dir, 'result'), 'utf8').trimEnd().split('\n');
      const tree = parseDockerfile(text);
      assert.deepEqual(tree.instructions.map(dumpInstruction).map((l) => `(${l})`), expected);
      assert.deepEqual(tree.problems.filter((p) => p.severity === 'error'), []);
    });
  }

  const negative: Record<string, RegExp> = {
    empty_dockerfile: /no instructions/,
    only_comments: /no instructions/,
    env_no_value: /needs a value/,
    'shykes-nested-json': /array of strings/,
  };
  for (const [name, message] of Object.entries(negative)) {
    it(`rejects ${name}`, () => {
      const text = fs.readFileSync(path.join(CONFORMANCE, 'testfiles-negative', name, 'Dockerfile'), 'utf8');
      const tree = parseDockerfile(text);
      const errors = tree.problems.filter((p) => p.severity === 'error').map((p) => p.message);
      if (tree.instructions.length === 0) errors.push('The file has no instructions');
      assert.ok(errors.some((m) => message.test(m)), `errors: ${JSON.stringify(errors)}`);
    });
  }
});
