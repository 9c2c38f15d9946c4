import assert from 'node:assert/strict';
import { cleanPath, isIgnored, mustWalkIgnoredDir, parseDockerignore, type IgnorePattern } from '../../../server/src/engine/dockerignore';

function patterns(text: string): IgnorePattern[] {
  const parsed = parseDockerignore(text);
  assert.ok(parsed.ok, 'patterns parse');
  return parsed.patterns;
}

/** [.dockerignore text, path, ignored?] */
const cases: [string, string, boolean][] = [
  ['*.md', 'README.md', true],
  ['*.md', 'docs/a.md', false],
  ['**/*.md', 'docs/a.md', true],
  ['**/*.md', 'README.md', true],
  ['docs', 'docs/a/b.txt', true],
  ['docs', 'docsite/x', false],
  ['docs\n!docs/keep.md', 'docs/keep.md', false],
  ['docs\n!docs/keep.md', 'docs/other.md', true],
  ['*\n!src', 'src/main.c', false],
  ['*\n!src', 'Makefile', true],
  ['!src\n*', 'src/main.c', true],
  ['/abs/path', 'abs/path', true],
  ['./rel/../other', 'other', true],
  ['node_modules/**', 'node_modules/x/y.js', true],
  ['node_modules/**', 'node_modules', false],
  ['a?c', 'abc', true],
  ['a?c', 'a/c', false],
  ['[a-c].txt', 'b.txt', true],
  ['[a-c].txt', 'd.txt', false],
  ['[^a].txt', 'b.txt', true],
  ['[^a].txt', 'a.txt', false],
  ['dir/**/file', 'dir/file', true],
  ['dir/**/file', 'dir/a/b/file', true],
  ['dir/**/file', 'other/file', false],
  ['**/build', 'build', true],
  ['**/build', 'x/y/build/out.o', true],
  ['**', 'anything/at/all', true],
  ['# comment\n', '# comment', false],
  ['  spaced.txt  ', 'spaced.txt', true],
  ['a.b', 'axb', false],
  ['file\\*', 'file*', true],
  ['file\\*', 'filex', false],
  ['*/temp*', 'somedir/temporary.txt', true],
  ['*/*/temp*', 'somedir/subdir/temporary.txt', true],
  ['temp?', 'tempa', true],
  ['*.log\n!important.log', 'important.log', false],
  ['*.log\n!important.log\nimportant.log', 'important.log', true],
];

describe('.dockerignore matching (Docker rules)', () => {
  for (const eol of ['\n', '\r\n']) {
    for (const [text, path, ignored] of cases) {
      it(`${JSON.stringify(text)} ${ignored ? 'ignores' : 'keeps'} ${path} (${JSON.stringify(eol)})`, () => {
        assert.equal(isIgnored(path, patterns(text.replace(/\n/g, eol))), ignored);
      });
    }
  }

  it('refuses a lone !', () => {
    assert.deepEqual(parseDockerignore('a\n!\n'), { ok: false, problem: 'illegal exclusion pattern: "!"' });
  });

  it('walks an ignored directory only when a re-include points inside it', () => {
    const p = patterns('vendor\n!vendor/keep\ncache\n');
    assert.equal(mustWalkIgnoredDir('vendor', p), true);
    assert.equal(mustWalkIgnoredDir('cache', p), false);
  });

  it('cleans paths like Go', () => {
    assert.equal(cleanPath('a//b/./c/../'), 'a/b');
    assert.equal(cleanPath(''), '.');
    assert.equal(cleanPath('/../x'), '/x');
    assert.equal(cleanPath('../x'), '../x');
  });
});
