/** Inlay hints: the layer number after each layer-making instruction, known default values after `${VAR}`. */
import type { Analysis } from '../analysis';
import { unquote, type Span } from '../syntax';
import { symbolIndex } from './symbolIndex';

export interface InlayHint {
  /** Where the hint is shown (between characters). */
  readonly offset: number;
  readonly label: string;
  readonly tooltip: string;
  readonly kind: 'layer' | 'value';
}

const VALUE_LENGTH = 32;

export function inlayHints(analysis: Analysis, range: Span): InlayHint[] {
  const { lines, text, image } = analysis;
  const hints: InlayHint[] = [];
  for (const stage of image.stages) {
    if (stage.end < range.start || stage.start > range.end) continue;
    const total = stage.inheritedLayers + stage.layerCount;
    for (const step of stage.steps) {
      if (step.layerIndex === null || step.onbuild) continue;
      const offset = lines.lineEnd(lines.lineAt(step.instruction.keywordSpan.start));
      if (offset < range.start || offset > range.end) continue;
      hints.push({
        offset,
        label: `#${step.layerIndex + 1}`,
        tooltip: `Layer ${step.layerIndex + 1} of ${total} in stage ${stage.name ?? stage.index}${stage.ships ? '' : ' (build-only: not shipped)'}`,
        kind: 'layer',
      });
    }
  }
  for (const o of symbolIndex(analysis).occurrences) {
    if (o.kind !== 'variable' || o.role !== 'reference' || !o.declaration || o.declaration.value === null) continue;
    if (o.span.end < range.start || o.span.start > range.end) continue;
    const braced = text[o.span.start - 1] === '{';
    const close = braced ? text.indexOf('}', o.span.end) : -1;
    const offset = braced && close >= 0 && !/[\r\n]/.test(text.slice(o.span.end, close)) ? close + 1 : o.span.end;
    const value = unquote(o.declaration.value);
    const shown = value.length > VALUE_LENGTH ? `${value.slice(0, VALUE_LENGTH - 1)}…` : value;
    hints.push({
      offset,
      label: `= ${shown}`,
      tooltip: `Value of ${o.name} as declared on line ${lines.lineAt(o.declaration.span.start) + 1} (--build-arg overrides ARG defaults).`,
      kind: 'value',
    });
  }
  return hints.sort((a, b) => a.offset - b.offset);
}
