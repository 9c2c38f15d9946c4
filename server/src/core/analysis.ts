/** Everything the features read about one version of a document, computed once. */
import { analyzeImage, toLayerModel, type ImageModel, type ModelOptions } from './model';
import type { LayerModel } from '../protocol';
import { LineIndex, parseDockerfile, type Dockerfile } from './syntax';

export interface Analysis {
  readonly text: string;
  readonly tree: Dockerfile;
  readonly lines: LineIndex;
  readonly image: ImageModel;
  readonly layerModel: LayerModel;
}

export function analyze(text: string, options: ModelOptions = {}): Analysis {
  const tree = parseDockerfile(text);
  const lines = new LineIndex(text);
  const image = analyzeImage(tree, options);
  let layerModel: LayerModel | undefined;
  return {
    text,
    tree,
    lines,
    image,
    get layerModel() {
      return (layerModel ??= toLayerModel(image, lines));
    },
  };
}
