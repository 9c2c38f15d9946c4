import * as assert from 'node:assert/strict';
import { parse as referenceParse } from 'yaml';
import { parseHadolintConfig } from '../../../server/src/core/rules';
import { parseYaml, YamlError, type YamlNode } from '../../../server/src/core/rules/hadolintYaml';
import { Random } from '../../fuzz/random';

/** Plain JS value of a node, to compare with the `yaml` package (a dev dependency kept as the reference). */
function plain(node: YamlNode | null): unknown {
  if (node === null) return null;
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'list':
      return node.items.map(plain);
    case 'map':
      return Object.fromEntries(node.entries.map((e) => [String(e.key.value), plain(e.value)]));
  }
}

function errorOf(text: string): YamlError {
  try {
    parseYaml(text);
  } catch (error) {
    if (error instanceof YamlError) return error;
    throw error;
  }
  assert.fail(`no error for ${JSON.stringify(text)}`);
}

const VALID: Record<string, string[]> = {
  'block lists, nested maps, comments': [
    '# hadolint settings',
    '---',
    'ignored:   # these are fine here',
    '  - DL3008',
    '  - DL3009 # trailing comment',
    '',
    'override:',
    '  error:',
    '    - DL3001',
    '  warning:',
    '  - DL3042',
    '  style: []',
    'trustedRegistries:',
    '- docker.io',
    '- "*.gcr.io"',
    "- 'my registry:5000'",
    'failure-threshold: warning',
  ],
  'flow lists and maps over several lines': [
    'ignored: [DL3008, "DL3009", \'SC2086\']',
    'label-schema: {author: text, "url": url,',
    '  build-date: rfc3339}',
    'trustedRegistries: [',
    '  docker.io,  # the Hub',
    '  quay.io,',
    ']',
  ],
  'scalars: booleans, null, numbers, quoting and escapes': [
    'strict-labels: true',
    'no-fail: False',
    'format: ~',
    'a: 12',
    'b: -1.5e3',
    'c: "tab\\there \\"q\\" \\u00e9"',
    "d: 'it''s # not a comment'",
    'e: plain # comment',
    'f: a#b',
    'g:',
    'h: "x: y"',
  ],
  'a list of maps': ['rules:', '  - id: a', '    level: error', '  - id: b', '- x'].slice(0, 4),
};

describe('hadolintYaml (the YAML subset of .hadolint.yaml)', () => {
  for (const eol of ['\n', '\r\n']) {
    const label = JSON.stringify(eol);
    for (const [name, lines] of Object.entries(VALID)) {
      it(`reads ${name} as the yaml package does (${label})`, () => {
        const text = lines.join(eol) + eol;
        assert.deepEqual(plain(parseYaml(text)), referenceParse(text));
      });
    }

    it(`gives spans that point at the source text (${label})`, () => {
      const text = ['ignored:', '  - DL3008', 'override: {error: [DL3001]}', ''].join(eol);
      const root = parseYaml(text);
      assert.ok(root?.kind === 'map');
      const [ignored, override] = root.entries;
      assert.equal(text.slice(ignored.key.span.start, ignored.key.span.end), 'ignored');
      assert.ok(ignored.value?.kind === 'list');
      assert.equal(text.slice(ignored.value.items[0].span.start, ignored.value.items[0].span.end), 'DL3008');
      assert.equal(text.slice(override.value!.span.start, override.value!.span.end), '{error: [DL3001]}');
    });

    it(`reads an empty or comment-only document as null (${label})`, () => {
      assert.equal(parseYaml(''), null);
      assert.equal(parseYaml(`# nothing${eol}${eol}`), null);
      assert.equal(parseYaml(`---${eol}`), null);
    });

    const BAD: [string, string, RegExp, string][] = [
      ['an unclosed flow list', `ignored: [DL3008${eol}override: x`, /Expected "," or "]"/, 'o'],
      ['an unclosed flow list at the end', 'ignored: [DL3008', /Unterminated list/, '['],
      ['an unclosed flow mapping', 'a: {b: c', /Unterminated mapping/, '{'],
      ['an unterminated quote', 'a: "abc', /Unterminated quoted string/, '"'],
      ['a deeper line after a value', `a: b${eol}   c: d`, /Unexpected indentation/, 'c'],
      ['a tab as indentation', `a:${eol}\t- b`, /Tabs/, '\t'],
      ['an anchor', 'a: &x b', /Anchors, aliases and tags/, '&'],
      ['an alias in a list', 'a: [*x]', /Anchors, aliases and tags/, '*'],
      ['a block scalar', `a: |${eol}  text`, /Block scalars/, '|'],
      ['two documents', `a: 1${eol}---${eol}b: 2`, /Only one YAML document/, '-'],
      ['a key: value: value line', 'a: b: c', /cannot start on the same line/, ':'],
      ['text that is not key: value', `a: 1${eol}just text`, /Expected "key: value"/, 'j'],
      ['an empty flow item', 'a: [x, , y]', /Unexpected ","/, ','],
      ['text after a flow list', 'a: [x] y', /Unexpected text after the value/, 'y'],
      ['an unknown escape', 'a: "\\q"', /Unknown escape/, '\\'],
      ['a list after a map entry at one indentation', `a: 1${eol}- b`, /list item cannot follow/, '-'],
    ];
    for (const [name, text, message, at] of BAD) {
      it(`refuses ${name} with a positioned error (${label})`, () => {
        const error = errorOf(text);
        assert.match(error.message, message);
        assert.ok(error.span.start <= error.span.end && error.span.end <= text.length);
        assert.equal(text[error.span.start], at, `error at ${error.span.start}: ${JSON.stringify(text.slice(error.span.start))}`);
      });
    }

    it(`turns a YAML error into one positioned config problem and the empty config (${label})`, () => {
      const text = `ignored: [DL3008]${eol}override: &a {}${eol}`;
      const { config, problems } = parseHadolintConfig(text);
      assert.deepEqual(config.ignored, []);
      assert.equal(problems.length, 1);
      assert.match(problems[0].message, /^Invalid YAML: Anchors, aliases and tags are not supported in this file\. The configuration is not used\.$/);
      assert.equal(text[problems[0].span!.start], '&');
    });
  }

  it('only ever returns a node or throws YamlError on 3,000 mutated configs (fixed seed)', () => {
    const random = new Random(7);
    const sources = Object.values(VALID).map((lines) => lines.join('\n'));
    const noise = ['[', ']', '{', '}', ',', ':', '- ', '#', '"', "'", '\t', '\r', '\n', '  ', '&', '|', '---', '\\', 'x'];
    for (let i = 0; i < 3000; i++) {
      let text = sources[random.int(sources.length - 1)];
      for (let edits = random.between(1, 4); edits > 0; edits--) {
        const at = random.int(text.length);
        text = random.chance(0.3) ? text.slice(0, at) + text.slice(at + random.int(5)) : text.slice(0, at) + noise[random.int(noise.length - 1)] + text.slice(at);
      }
      try {
        parseYaml(text);
      } catch (error) {
        assert.ok(error instanceof YamlError, `${String(error)} on ${JSON.stringify(text)}`);
        assert.ok(error.span.start <= error.span.end && error.span.end <= text.length, `span of ${JSON.stringify(text)}`);
      }
    }
  });
});
