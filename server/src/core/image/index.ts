/** Real-image analysis: layer entry lists + image config (+ LayerModel) → ImageReport. Pure. */
export { buildImageReport, type ImageReportInput } from './report';
export { readImageConfig, isRecord, type ConfigResult } from './config';
export { formatSize, parseRatio, parseSize } from './size';
export { parseCreatedBy } from './createdBy';
export { shippedInstructions } from './join';
export type * from './types';
