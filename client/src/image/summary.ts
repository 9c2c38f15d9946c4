// One-line summary of an inspected image for the notification after Inspect / Build.
import { formatSize } from '../../../server/src/core/image/size';
import type { ImageReport } from '../../../server/src/protocol';

export { formatSize };

export function summaryOf(report: ImageReport): string {
  const name = report.tags[0] ?? report.id.replace(/^sha256:/, '').slice(0, 12);
  const wasted = report.wastedBytes > 0 ? `, ${formatSize(report.wastedBytes)} wasted (${(report.efficiency * 100).toFixed(1)} % efficient)` : ', nothing wasted';
  const containers = report.containers.length > 0 ? `, ${plural(report.containers.length, 'container')}` : '';
  const warnings = report.warnings.length > 0 ? ` · ${report.warnings[0]}` : '';
  return `${name}: ${formatSize(report.totalSize)} in ${plural(report.layers.length, 'layer')}${wasted}${containers}${warnings}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
