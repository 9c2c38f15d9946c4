import assert from 'node:assert/strict';
import { formatSize, parseRatio, parseSize } from '../../../server/src/core/image';

describe('image sizes', () => {
  it('parses bytes and decimal and binary units', () => {
    assert.equal(parseSize('42'), 42);
    assert.equal(parseSize('1.5MB'), 1_500_000);
    assert.equal(parseSize('20 kB'), 20_000);
    assert.equal(parseSize('20KB'), 20_000);
    assert.equal(parseSize('2GB'), 2_000_000_000);
    assert.equal(parseSize('10KiB'), 10_240);
    assert.equal(parseSize('1MiB'), 1_048_576);
    assert.equal(parseSize('1GiB'), 1_073_741_824);
    assert.equal(parseSize('3B'), 3);
  });
  it('rejects what is not a size', () => {
    assert.equal(parseSize(''), null);
    assert.equal(parseSize('MB'), null);
    assert.equal(parseSize('-1MB'), null);
    assert.equal(parseSize('12 parsecs'), null);
  });
  it('formats with three significant digits in powers of 1000', () => {
    assert.equal(formatSize(0), '0 B');
    assert.equal(formatSize(6), '6 B');
    assert.equal(formatSize(1234), '1.23 kB');
    assert.equal(formatSize(312_000_000), '312 MB');
    assert.equal(formatSize(999_999), '1 MB');
    assert.equal(formatSize(15_500), '15.5 kB');
  });
  it('parses ratios and percentages within 0..1', () => {
    assert.equal(parseRatio('0.9'), 0.9);
    assert.equal(parseRatio('95%'), 0.95);
    assert.equal(parseRatio('1'), 1);
    assert.equal(parseRatio('1.5'), null);
    assert.equal(parseRatio('x'), null);
  });
});
