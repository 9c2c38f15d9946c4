/**
 * Sizes as people write and read them: `--max-wasted 20MB` (kB/KB/MB/GB are powers of 1000, KiB/MiB/GiB
 * powers of 1024) and `312 MB` in reports (powers of 1000, like `docker history`).
 */

const UNITS: Readonly<Record<string, number>> = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  tib: 1024 ** 4,
};

/** `1.5MB` → 1500000, `10 KiB` → 10240, `42` → 42; null when not a size. */
export function parseSize(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([A-Za-z]*)\s*$/.exec(text);
  if (!match) return null;
  const unit = match[2] === '' ? 1 : UNITS[match[2].toLowerCase()];
  if (unit === undefined) return null;
  return Math.round(Number(match[1]) * unit);
}

/** 0 → `0 B`, 6 → `6 B`, 1234 → `1.23 kB`, 312000000 → `312 MB` (three significant digits). */
export function formatSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  if (unit === 0) return `${bytes} B`;
  let shown = roundToThreeDigits(value);
  if (Math.abs(shown) >= 1000 && unit < units.length - 1) {
    shown = roundToThreeDigits(value / 1000);
    unit++;
  }
  return `${shown} ${units[unit]}`;
}

function roundToThreeDigits(value: number): number {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return Number(value.toFixed(digits));
}

/** `0.9` → 0.9, `90%` → 0.9; null outside 0..1 or not a number. */
export function parseRatio(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(%?)\s*$/.exec(text);
  if (!match) return null;
  const value = Number(match[1]) / (match[2] === '%' ? 100 : 1);
  return value >= 0 && value <= 1 ? value : null;
}
