/** The readable text form of an ImageReport: layers with sizes and lines, biggest wasted files, containers. */
import { formatSize, type ImageReport } from '../core/image';

const WASTED_SHOWN = 10;

export function formatImageReport(report: ImageReport): string {
  const out: string[] = [];
  const name = report.tags[0] ?? report.id.slice(0, 19);
  out.push(`Image ${name} (${report.id.replace(/^sha256:/, '').slice(0, 12)}) from ${report.source}`);
  out.push('');
  out.push('Layers, bottom first:');
  out.push(`  ${'#'.padStart(3)}  ${'SIZE'.padStart(9)}  ${'WASTED'.padStart(9)}  ${'LINE'.padStart(5)}  CREATED BY`);
  for (const layer of report.layers) {
    const line = layer.line === null ? '-' : String(layer.line + 1);
    const what = layer.instruction ?? (layer.createdBy || (layer.comment ? `(${layer.comment})` : '(no history)'));
    out.push(
      `  ${String(layer.index).padStart(3)}  ${formatSize(layer.size).padStart(9)}  ${(layer.wastedBytes > 0 ? formatSize(layer.wastedBytes) : '').padStart(9)}  ${line.padStart(5)}  ${oneLine(what, 90)}`,
    );
  }
  out.push('');
  out.push(
    `Total ${formatSize(report.totalSize)} · visible ${formatSize(report.visibleSize)} · wasted ${formatSize(report.wastedBytes)} · efficiency ${(report.efficiency * 100).toFixed(1)} %`,
  );
  if (report.wasted.length > 0) {
    out.push('');
    out.push(`Wasted space, largest first (${report.wasted.length} file${report.wasted.length === 1 ? '' : 's'}):`);
    for (const w of report.wasted.slice(0, WASTED_SHOWN)) {
      out.push(`  ${formatSize(w.bytes).padStart(9)}  ${w.path}  ${w.how} — added in layer ${w.addedInLayer}${lineNote(w.addedLine)}, ${w.how} in layer ${w.hiddenInLayer}${lineNote(w.hiddenLine)}`);
    }
    if (report.wasted.length > WASTED_SHOWN) out.push(`  … and ${report.wasted.length - WASTED_SHOWN} more (see --json)`);
  }
  if (report.containers.length > 0) {
    out.push('');
    out.push('Containers of this image:');
    for (const c of report.containers) {
      out.push(`  ${c.id.slice(0, 12)}  ${c.name.padEnd(20)}  ${c.state.padEnd(8)}  read-write ${formatSize(c.sizeRw)}  (with image ${formatSize(c.sizeRootFs)})`);
    }
  }
  for (const warning of report.warnings) out.push(`note: ${warning}`);
  return `${out.join('\n')}\n`;
}

function lineNote(line: number | null): string {
  return line === null ? '' : ` (line ${line + 1})`;
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
