/** Docker's .dockerignore rules, as the build-context walker and copy-ignored-file both apply them. */
import assert from 'node:assert/strict';
import { EOLS } from '../rules/helpers';
import { cleanPath, contextPath, decidingPattern, isIgnored, mayReinclude, mustWalkIgnoredDir, parseDockerignore, type IgnorePattern } from '../../../server/src/core/context/dockerignore';

function patterns(text: string): readonly IgnorePattern[] {
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
  // Docker tests `#` before trimming: an indented `#` line is a pattern.
  ['  # not a comment', '# not a comment', true],
  // `[!a]` is not a negation in Docker's regexp translation: it is the class of `!` and `a`.
  ['[!a].txt', 'a.txt', true],
  ['[!a].txt', 'b.txt', false],
  // Backslash escapes the next character (it is never a path separator on Linux).
  ['a\\-b', 'a-b', true],
  ['a\\?', 'a?', true],
  ['a\\?', 'ab', false],
  // `**` at the start with a literal rest is patternmatcher's suffix form.
  ['**/out.o', 'out.o', true],
  ['**/out.o', 'deep/er/out.o', true],
  ['\uFEFFbom.txt', 'bom.txt', true],
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
    assert.deepEqual(parseDockerignore('a\n!\n'), { ok: false, problem: 'illegal exclusion pattern: "!"', line: 2 });
  });

  it('refuses a pattern ending in a lone backslash and an unclosed class, as filepath.Match does', () => {
    assert.deepEqual(parseDockerignore('ok\nbad\\\n'), { ok: false, problem: 'bad pattern: bad\\', line: 2 });
    assert.equal(parseDockerignore('[abc\n').ok, false);
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

  it('reads COPY sources as context paths: `..` stays inside the context, the root is empty', () => {
    assert.equal(contextPath('./src/../lib/'), 'lib');
    assert.equal(contextPath('../x'), 'x');
    assert.equal(contextPath('.'), '');
    assert.equal(contextPath('/'), '');
  });
});

// ---- the semantics copy-ignored-file relies on (RULES.md §2b CopyIgnoredFile guard) ----

function ignoredForCopy(dockerignore: string, path: string): boolean {
  const list = patterns(dockerignore);
  const by = decidingPattern(path, list);
  return by !== null && !mayReinclude(list, by, path);
}

describe('.dockerignore for COPY sources', () => {
  for (const eol of EOLS) {
    it(`reads patterns, comments, negations and line numbers (${JSON.stringify(eol)})`, () => {
      assert.deepEqual(patterns(['# c', '', '/build/', '!./build/keep', '  *.tmp  '].join(eol)).map((p) => [p.text, p.reinclude, p.line]), [['build', false, 3], ['build/keep', true, 4], ['*.tmp', false, 5]]);
    });
  }

  it('names the pattern that decides', () => {
    const list = patterns('*.md\n!README.md\ndocs\n');
    assert.equal(decidingPattern('CHANGES.md', list)?.line, 1);
    assert.equal(decidingPattern('README.md', list), null);
    assert.equal(decidingPattern('docs/a/b.txt', list)?.text, 'docs');
  });

  it('matches * within a segment, ** across segments, and parents', () => {
    assert.equal(ignoredForCopy('*.log', 'a.log'), true);
    assert.equal(ignoredForCopy('*.log', 'dir/a.log'), false);
    assert.equal(ignoredForCopy('**/*.log', 'dir/sub/a.log'), true);
    assert.equal(ignoredForCopy('dist', 'dist/app.js'), true);
    assert.equal(ignoredForCopy('doc?', 'docs/x'), true);
  });

  it('the last matching pattern wins', () => {
    assert.equal(ignoredForCopy('*.md\n!README.md', 'README.md'), false);
    assert.equal(ignoredForCopy('!README.md\n*.md', 'README.md'), true);
  });

  it('a directory stays usable when something below it is re-included, but not every path goes silent', () => {
    assert.equal(ignoredForCopy('secrets\n!secrets/public.pem', 'secrets'), false);
    assert.equal(ignoredForCopy('secrets\n!secrets/public.pem', 'secrets/private.key'), true);
    assert.equal(ignoredForCopy('*.key\n!docs/**/*.md', 'server.key'), true);
  });
});
