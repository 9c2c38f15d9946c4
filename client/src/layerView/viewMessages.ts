/** Checks messages from the webview before the host acts on them: the webview's content is untrusted. */
import type { ExportFormat, ViewMessage } from '../../../server/src/protocol';

/** Larger than any picture we draw (a PNG of a 2,000-line file is a few MB), small enough to refuse abuse. */
export const MAX_EXPORT_CHARS = 40_000_000;
const MAX_LINE = 10_000_000;
const PNG_PREFIX = 'data:image/png;base64,';

export function parseViewMessage(raw: unknown): ViewMessage | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const message = raw as Record<string, unknown>;
  switch (message.type) {
    case 'ready':
      return { type: 'ready' };
    case 'reveal':
      return isCount(message.line, MAX_LINE) ? { type: 'reveal', line: message.line } : null;
    case 'openContainer':
      return isContainerId(message.id) ? { type: 'openContainer', id: message.id } : null;
    case 'rendered':
      return isCount(message.version, Number.MAX_SAFE_INTEGER) && isCount(message.layerBlocks, MAX_LINE) && isCount(message.drawnBlocks, MAX_LINE) &&
        isDuration(message.drawMs) && isDuration(message.waitMs) && isDuration(message.receivedAt) &&
        isDuration(message.drawnAt)
        ? {
          type: 'rendered', version: message.version, layerBlocks: message.layerBlocks, drawnBlocks: message.drawnBlocks,
          drawMs: message.drawMs, waitMs: message.waitMs, receivedAt: message.receivedAt, drawnAt: message.drawnAt,
        }
        : null;
    case 'export': {
      const format = message.format;
      const data = message.data;
      if (!isExportFormat(format) || typeof data !== 'string' || data.length > MAX_EXPORT_CHARS) return null;
      return isExportData(format, data) ? { type: 'export', format, data } : null;
    }
    default:
      return null;
  }
}

/** The engine's full container id (Docker and podman: 64 lowercase hex digits), nothing that could be a path. */
function isContainerId(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
}

function isCount(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
}

function isDuration(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function isExportFormat(value: unknown): value is ExportFormat {
  return value === 'svg' || value === 'png';
}

function isExportData(format: ExportFormat, data: string): boolean {
  switch (format) {
    case 'svg':
      return /^<svg[\s>]/.test(data) && /<\/svg>\s*$/.test(data);
    case 'png':
      return data.startsWith(PNG_PREFIX) && /^[A-Za-z0-9+/]+={0,2}$/.test(data.slice(PNG_PREFIX.length));
  }
}

/** The bytes to write for an export message. */
export function exportBytes(format: ExportFormat, data: string): Uint8Array {
  switch (format) {
    case 'svg':
      return new TextEncoder().encode(data);
    case 'png':
      return Buffer.from(data.slice(PNG_PREFIX.length), 'base64');
  }
}
