import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LineIndex, parseDockerfile } from '../../../server/src/core/syntax';
import { CONFORMANCE, CORPUS } from '../../support/paths';
import { dumpInstruction } from './buildkitDump';

const corpusFiles = fs.readdirSync(CORPUS).filter((f) => !/\.(md|tsv)$/.test(f)).sort();

describe('parser on the real-world corpus', () => {
  it('has the corpus', () => assert.ok(corpusFiles.length >= 300, `${corpusFiles.length} files`));

  it('parses every corpus file with no syntax error', () => {
    const failures: string[] = [];
    for (const file of corpusFiles) {
      const tree = parseDockerfile(fs.readFileSync(path.join(CORPUS, file), 'utf8'));
      for (const p of tree.problems.filter((p) => p.severity === 'error')) failures.push(`${file}: ${p.code} ${p.message}`);
      if (tree.instructions.length === 0) failures.push(`${file}: no instructions`);
    }
    assert.deepEqual(failures, []);
  });

  it('gives the same instructions for \\n and \\r\\n line endings', () => {
    for (const file of corpusFiles) {
      const lf = fs.readFileSync(path.join(CORPUS, file), 'utf8').replace(/\r\n/g, '\n');
      const crlf = lf.replace(/\n/g, '\r\n');
      assert.deepEqual(parseDockerfile(crlf).instructions.map(dumpInstruction), parseDockerfile(lf).instructions.map(dumpInstruction), file);
    }
  });

  it('keeps every span inside the text and in order', () => {
    for (const file of corpusFiles) {
      const text = fs.readFileSync(path.join(CORPUS, file), 'utf8');
      let previous = 0;
      for (const instruction of parseDockerfile(text).instructions) {
        assert.ok(instruction.span.start >= previous && instruction.span.end <= text.length, file);
        assert.equal(text.slice(instruction.keywordSpan.start, instruction.keywordSpan.end), instruction.keyword, file);
        previous = instruction.span.end;
      }
    }
  });
});

describe('parser line numbers (BuildKit testfile-line)', () => {
  it('places the three instructions on lines 5, 11-12 and 17-31 (1-based)', () => {
    const text = fs.readFileSync(path.join(CONFORMANCE, 'testfile-line/Dockerfile'), 'utf8');
    const tree = parseDockerfile(text);
    const lines = new LineIndex(text);
    const ranges = tree.instructions.map((i) => [lines.lineAt(i.span.start) + 1, lines.lineAt(i.span.end) + 1]);
    assert.deepEqual(ranges, [[5, 5], [11, 12], [17, 31]]);
  });
});
