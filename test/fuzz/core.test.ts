import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analysis';
import { applyFix, budgetMs, checkCore, checkSpans, FuzzFailure, newStats } from './checkCore';
import { fuzzCore } from './fuzzCore';
import { Random } from './random';

describe('fuzz: core (fixed seed)', function () {
  this.timeout(240_000);

  it('survives every giant and 300 mutated corpus files with spans in range and time in budget', () => {
    const result = fuzzCore({ seed: 20261125, count: 300, giantChance: 0.01 });
    assert.ok(result.inputs >= 300);
    assert.ok(result.calls > result.inputs * 4, `only ${result.calls} calls`);
  });

  describe('inputs the fuzzer broke before', () => {
    it('a directive-looking first line after a BOM gets no self-overlapping move fix (misplaced-directive)', () => {
      for (const eol of ['\n', '\r\n']) {
        const text = `\ufeff# syntax=docker/dockerfile:1\r# check=error=true${eol}${eol}FROM alpine${eol}RUN true${eol}`;
        assert.doesNotThrow(() => checkCore(text, new Random(8), newStats()));
      }
    });
  });

  describe('the checks themselves', () => {
    it('reject a span outside the document', () => {
      assert.throws(() => checkSpans({ a: [{ span: { start: 2, end: 9 } }] }, 5, 'x'), FuzzFailure);
      assert.throws(() => checkSpans({ start: 3, end: 2 }, 5, 'x'), FuzzFailure);
      assert.doesNotThrow(() => checkSpans({ start: 5, end: 5 }, 5, 'x'));
    });

    it('reject overlapping and out-of-range fix edits and apply good ones', () => {
      const finding = (edits: { span: { start: number; end: number }; newText: string }[]) => ({
        ruleId: 'r', alias: null, aliases: [], message: 'm', span: { start: 0, end: 1 }, severity: 'warning' as const,
        fixes: [{ title: 't', isPreferred: true, edits }], related: [], tags: [],
      });
      assert.equal(applyFix('RUNN a\n', finding([{ span: { start: 0, end: 4 }, newText: 'RUN' }]), 0), 'RUN a\n');
      assert.equal(applyFix('a\r\nb', finding([{ span: { start: 3, end: 4 }, newText: 'c' }, { span: { start: 0, end: 1 }, newText: 'd' }]), 0), 'd\r\nc');
      assert.throws(() => applyFix('abc', finding([{ span: { start: 0, end: 2 }, newText: '' }, { span: { start: 1, end: 3 }, newText: '' }]), 0), /overlapping/);
      assert.throws(() => applyFix('abc', finding([{ span: { start: 2, end: 9 }, newText: '' }]), 0), /outside/);
    });

    it('budget grows with input size', () => {
      assert.equal(budgetMs(0), 50);
      assert.equal(budgetMs(1024 * 1024), 50 + 2048);
    });

    it('run a plain Dockerfile with \\n and \\r\\n', () => {
      for (const eol of ['\n', '\r\n']) {
        const text = ['FROM alpine AS a', 'RUNN echo hi', 'FROM a', 'COPY --from=a /x /y', ''].join(eol);
        const stats = newStats();
        checkCore(text, new Random(1), stats);
        assert.ok(stats.calls > 5);
        assert.ok(analyze(text).tree.instructions.length >= 4);
      }
    });
  });
});
