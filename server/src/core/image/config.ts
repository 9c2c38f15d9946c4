/** Reads the parts of an OCI / Docker image config that the analysis needs, from its parsed JSON. */
import type { HistoryEntry, ImageConfig } from './types';

export type ConfigResult = { ok: true; config: ImageConfig } | { ok: false; problem: string };

export function readImageConfig(json: unknown): ConfigResult {
  if (!isRecord(json)) return { ok: false, problem: 'the image config is not a JSON object' };
  const rootfs = json.rootfs;
  const diffIds = isRecord(rootfs) ? rootfs.diff_ids : undefined;
  if (!Array.isArray(diffIds) || !diffIds.every((d): d is string => typeof d === 'string')) {
    return { ok: false, problem: 'the image config has no rootfs.diff_ids list' };
  }
  const history = Array.isArray(json.history) ? json.history.filter(isRecord).map(historyEntry) : [];
  return { ok: true, config: { diffIds, history } };
}

function historyEntry(h: Record<string, unknown>): HistoryEntry {
  return {
    createdBy: typeof h.created_by === 'string' ? h.created_by : '',
    emptyLayer: h.empty_layer === true,
    ...(typeof h.comment === 'string' ? { comment: h.comment } : {}),
    ...(typeof h.created === 'string' ? { created: h.created } : {}),
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
