/** The layer picture, pure: LayerModel → LayerView (what is drawn) → scene (where) → SVG markup or DOM. */
import type { LayerModel, ViewFinding } from '../../protocol';
import { layoutScene } from './layout';
import { toSvgMarkup, type SceneElement } from './scene';
import { LIGHT_PALETTE, sceneCss, type Palette } from './style';
import { buildLayerView, DEFAULT_CONTAINERS } from './viewModel';

export * from './layout';
export * from './scene';
export * from './style';
export * from './viewModel';
export * from './changes';

/** A standalone SVG document of the picture, with its colours embedded (CLI, docs, CI). */
export function renderLayerSvg(model: LayerModel, options: { title: string; containers?: number; findings?: readonly ViewFinding[]; palette?: Palette }): string {
  const view = buildLayerView(model, { containers: options.containers ?? DEFAULT_CONTAINERS, findings: options.findings ?? [] });
  const palette = options.palette ?? LIGHT_PALETTE;
  const scene: SceneElement = layoutScene(view, { title: options.title, css: sceneCss((role) => palette[role]) });
  return toSvgMarkup(scene);
}
export * from './viewState';
export * from './modelChange';
