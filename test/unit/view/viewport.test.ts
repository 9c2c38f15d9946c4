/** A clipped picture (only what is near the viewport gets elements), keyboard moves over all places, one stage alone. */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/analysis';
import {
  applyStages, buildLayerView, DEFAULT_VIEW_STATE, postedStage, stageChanges, elements, hasClass, layoutScene, onlyStage, readViewState, toSvgMarkup, type LayerView, type NavPlace, type SceneElement, type ViewState,
} from '../../../server/src/core/view';
import { NavGrid } from '../../../client/webview/navigation';
import { stageChoices } from '../../../client/webview/stageSelect';

/** `stages` stages of `layers` RUN lines each (plus an ENV), the last copying from the one before. */
function longFile(stages: number, layers: number, eol: string): string {
  const lines: string[] = [];
  for (let s = 0; s < stages; s++) {
    lines.push(`FROM alpine AS s${s}`, `ENV N=${s}`);
    for (let i = 0; i < layers; i++) lines.push(`RUN echo ${s}.${i}`);
    if (s > 0) lines.push(`COPY --from=s${s - 1} /a /a`);
  }
  return lines.join(eol) + eol;
}

function viewOf(text: string): LayerView {
  return buildLayerView(analyze(text).layerModel, { containers: 2, findings: [] });
}

function layersOf(scene: SceneElement): SceneElement[] {
  return [...elements(scene)].filter((e) => hasClass(e, 'lw-layer'));
}

for (const eol of ['\n', '\r\n']) {
  describe(`clipped layer picture (${JSON.stringify(eol)})`, () => {
    const view = viewOf(longFile(3, 200, eol));
    const total = view.columns.reduce((n, c) => n + c.layers.length, 0);

    it('draws only the blocks that meet the clip, keeps the size of the whole picture and places every item', () => {
      const whole = layoutScene(view, { title: 'x' });
      const places: NavPlace[] = [];
      const clip = { left: 0, top: 0, width: 300, height: 600 };
      const clipped = layoutScene(view, { title: 'x', clip, places });
      assert.equal(layersOf(whole).length, total);
      const drawn = layersOf(clipped);
      assert.ok(drawn.length > 5 && drawn.length < 40, `${drawn.length} blocks drawn`);
      // Only the first column is in the clip, and from its top.
      assert.ok(drawn.every((b) => String(b.attrs['data-layer']).startsWith('s0-')));
      const top = Number(whole.attrs.viewBox.toString().split(' ')[1]);
      assert.ok(drawn.every((b) => Number(b.attrs['data-row']) < 0 && Number((b.children[0] as SceneElement).attrs.y) < top + 600));
      assert.deepEqual([clipped.attrs.width, clipped.attrs.height, clipped.attrs.viewBox], [whole.attrs.width, whole.attrs.height, whole.attrs.viewBox]);
      assert.equal(places.filter((p) => p.kind === 'layer').length, total);
      // Arrows are drawn whole: they point at blocks whether or not those have elements.
      assert.equal([...elements(clipped)].filter((e) => hasClass(e, 'lw-arrow')).length, 2);
    });

    it('draws a kept item outside the clip and reuses unchanged blocks from the memo', () => {
      const places: NavPlace[] = [];
      layoutScene(view, { title: 'x', places });
      const far = places.filter((p) => p.kind === 'layer' && p.col === 2).at(-1)!;
      const memo = new Map<string, SceneElement>();
      const first = layoutScene(view, {
        title: 'x', clip: { left: 0, top: 0, width: 300, height: 300 }, keep: (col, row) => col === far.col && row === far.row,
        memo: { get: (k) => memo.get(k), set: (k, e) => memo.set(k, e) },
      });
      const kept = layersOf(first).filter((b) => b.attrs['data-col'] === far.col);
      assert.deepEqual(kept.map((b) => b.attrs['data-line']), [far.line]);
      const again = layoutScene(view, { title: 'x', clip: { left: 0, top: 0, width: 300, height: 300 }, memo: { get: (k) => memo.get(k), set: () => undefined } });
      const reused = layersOf(again);
      assert.ok(reused.length > 0 && reused.every((b) => layersOf(first).includes(b)));
    });

    it('exports the whole picture, whatever the screen shows', () => {
      const markup = toSvgMarkup(layoutScene(view, { title: 'x' }));
      assert.equal(markup.match(/class="lw-nav lw-block lw-layer"/g)?.length, total);
    });
  });
}

describe('keyboard grid over every place', () => {
  const view = viewOf(longFile(2, 50, '\n'));
  const places: NavPlace[] = [];
  layoutScene(view, { title: 'x', clip: { left: 0, top: 0, width: 10, height: 10 }, places });
  const grid = new NavGrid(places);

  it('moves down a column into items that have no elements yet, and stops at the ends', () => {
    const column = places.filter((p) => p.col === 0).sort((a, b) => a.row - b.row);
    assert.equal(grid.neighbour(column[0], 'ArrowDown'), column[1]);
    assert.equal(grid.neighbour(column[0], 'ArrowUp'), column[0]);
    assert.equal(grid.neighbour(column[5], 'End'), column.at(-1));
    assert.equal(grid.neighbour(column.at(-1)!, 'Home'), column[0]);
    assert.equal(grid.neighbour(column[3], 'ArrowDown'), column[4]);
    assert.equal(grid.neighbour(column[3], 'Tab'), undefined);
  });

  it('moves across columns to the first item at or below the same row', () => {
    const from = places.find((p) => p.col === 0 && p.kind === 'base')!;
    const to = grid.neighbour(from, 'ArrowRight')!;
    assert.equal(to.col, 1);
    assert.ok(to.row >= from.row);
    assert.equal(grid.neighbour(to, 'ArrowRight'), undefined);
    assert.equal(grid.neighbour(to, 'ArrowLeft')?.col, 0);
  });

  it('finds the item of a line: layer, header or config row, never the collapsed base', () => {
    const run = places.find((p) => p.kind === 'layer' && p.col === 1)!;
    assert.equal(grid.atLine(run.line), run);
    assert.equal(grid.atLine(0)?.kind, 'header');
    assert.equal(grid.atLine(1)?.kind, 'config');
    assert.equal(grid.atLine(99_999), undefined);
  });
});

describe('one stage alone', () => {
  const text = ['FROM golang AS build', 'RUN go build', 'FROM alpine AS runtime', 'COPY --from=build /app /app', 'CMD ["/app"]', ''].join('\n');
  const view = viewOf(text);

  it('draws the chosen build stage without containers or arrows, and says which stage ships', () => {
    const alone = onlyStage(view, 0);
    const scene = layoutScene(alone, { title: 'x' });
    const all = [...elements(scene)];
    assert.deepEqual(alone.columns.map((c) => c.name), ['build']);
    assert.equal(all.filter((e) => hasClass(e, 'lw-container')).length, 0);
    assert.equal(all.filter((e) => hasClass(e, 'lw-arrow')).length, 0);
    assert.equal(layersOf(scene).length, 1);
    assert.match(toSvgMarkup(scene), /Stage build alone \(build-only: not shipped\): 1 layer of its own; the final image is stage runtime/);
  });

  it('draws the chosen target with its containers', () => {
    const scene = layoutScene(onlyStage(view, 1), { title: 'x' });
    assert.equal([...elements(scene)].filter((e) => hasClass(e, 'lw-container')).length, 2);
    assert.match(toSvgMarkup(scene), /Final image \(stage runtime\)/);
    assert.equal(onlyStage(view, 7), view);
  });

  it('offers every stage by name with its role', () => {
    assert.deepEqual(stageChoices(view), [
      { value: 'build', label: 'Stage build (build-only)' },
      { value: 'runtime', label: 'Stage runtime (target)' },
    ]);
  });
});

describe('saved view state', () => {
  it('survives the JSON round trip VS Code puts it through', () => {
    const saved: ViewState = { containers: 4, uri: 'file:///w/Dockerfile', stage: 'build' };
    assert.deepEqual(readViewState(JSON.parse(JSON.stringify(saved))), saved);
    assert.deepEqual(readViewState(JSON.parse(JSON.stringify({ ...saved, stage: null }))), { ...saved, stage: null });
  });

  it('falls back to the defaults for anything malformed', () => {
    for (const raw of [undefined, null, 7, 'x', [], {}, { containers: 'many', uri: 5, stage: {} }, { uri: '', stage: '' }]) {
      assert.deepEqual(readViewState(raw), DEFAULT_VIEW_STATE, JSON.stringify(raw));
    }
    assert.equal(readViewState({ containers: 99 }).containers, 6);
    assert.equal(readViewState({ containers: Number.NaN }).containers, 2);
  });
});

describe('model changes sent to the webview', () => {
  /** The change from `before` to `after` as it travels (JSON), and the stages the webview rebuilds from it. */
  function roundTrip(before: string, after: string) {
    const from = analyze(before).layerModel.stages;
    const to = analyze(after).layerModel.stages;
    const changes = JSON.parse(JSON.stringify(stageChanges(from.map(postedStage), to.map(postedStage))));
    const rebuilt = applyStages(JSON.parse(JSON.stringify(from)), changes);
    assert.deepEqual(rebuilt, JSON.parse(JSON.stringify(to)));
    return changes as ReturnType<typeof stageChanges>;
  }

  for (const eol of ['\n', '\r\n']) {
    const text = ['FROM golang AS build', 'RUN go build', 'RUN go test', 'RUN go vet', 'FROM alpine', 'COPY --from=build /app /app', ''].join(eol);

    it(`sends only the instruction a keystroke changed and rebuilds the same model (${JSON.stringify(eol)})`, () => {
      const changes = roundTrip(text, text.replace('go test', 'go test ./...'));
      assert.equal(changes[1], null);
      assert.deepEqual({ head: changes[0]!.head, tail: changes[0]!.tail, texts: changes[0]!.instructions.map((i) => i.text) }, { head: 2, tail: 1, texts: ['RUN go test ./...'] });
    });

    it(`sends a typed line as one new instruction at the end of its stage (${JSON.stringify(eol)})`, () => {
      const changes = roundTrip(text, `${text}RUN echo typed${eol}`);
      assert.equal(changes[0], null);
      assert.deepEqual({ head: changes[1]!.head, tail: changes[1]!.tail, texts: changes[1]!.instructions.map((i) => i.text) }, { head: 2, tail: 0, texts: ['RUN echo typed'] });
      assert.equal(changes[1]!.fields.layerCount, 2);
    });

    it(`rebuilds stages added, removed and shifted by a new line (${JSON.stringify(eol)})`, () => {
      roundTrip(text, `FROM scratch${eol}${text}`);
      roundTrip(text, text.split(eol).slice(0, 4).join(eol) + eol);
      roundTrip(text, text.replace(`RUN go build${eol}`, `RUN go build${eol}${eol}`));
      roundTrip(text, text.replace(`RUN go test${eol}`, ''));
      assert.deepEqual(roundTrip(text, text), [null, null]);
    });
  }

  it('refuses a change that does not fit the stages it is based on', () => {
    const model = analyze('FROM a\nRUN x\nFROM b\n').layerModel;
    const patch = stageChanges([], model.stages.map(postedStage));
    assert.equal(applyStages([model.stages[0]], [null, null]), undefined);
    assert.deepEqual(applyStages([], patch), model.stages);
    assert.equal(applyStages([], [{ ...patch[0]!, head: 1 }]), undefined);
    assert.equal(applyStages(model.stages, [{ ...patch[0]!, head: 1, tail: 2 }]), undefined);
    assert.equal(applyStages(model.stages, [{ ...patch[0]!, head: -1 }]), undefined);
    assert.equal(applyStages(model.stages, [{ ...patch[0]!, tail: Number.NaN }]), undefined);
  });
});
