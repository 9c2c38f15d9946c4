import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/analysis';
import { buildLayerView, clampContainers, elements, formatBytes, hasClass, layoutScene, type LayerView } from '../../../server/src/core/view';
import type { LayerModel, ViewFinding } from '../../../server/src/protocol';

const DEMO = [
  'ARG V=20',
  'FROM node:${V} AS build',
  'WORKDIR /app',
  'RUN npm ci',
  'COPY . .',
  'RUN npm run build',
  'FROM build AS test',
  'RUN npm test',
  'FROM gcr.io/distroless/nodejs AS runtime',
  'ENV NODE_ENV=production',
  'COPY --from=build /app/dist /app',
  'VOLUME /data',
  'CMD ["/app/server.js"]',
];

function viewOf(text: string, findings: ViewFinding[] = [], containers = 2): { model: LayerModel; view: LayerView } {
  const model = analyze(text).layerModel;
  return { model, view: buildLayerView(model, { containers, findings }) };
}

for (const eol of ['\n', '\r\n']) {
  const text = DEMO.join(eol) + eol;
  describe(`layer view model (${JSON.stringify(eol)})`, () => {
    it('draws one column per stage with the role of each', () => {
      const { view } = viewOf(text);
      assert.deepEqual(view.columns.map((c) => `${c.name}:${c.role}`), ['build:build-only', 'test:build-only', 'runtime:target']);
      assert.equal(view.target, 2);
    });

    it('draws one block per layer-making instruction, bottom first, and none for metadata', () => {
      const { model, view } = viewOf(text);
      assert.deepEqual(view.columns.map((c) => c.layers.length), model.stages.map((s) => s.layerCount));
      assert.deepEqual(view.columns[0].layers.map((b) => `${b.keyword}@${b.line}`), ['WORKDIR@2', 'RUN@3', 'COPY@4', 'RUN@5']);
      assert.deepEqual(view.columns[2].config.map((e) => e.keyword), ['ENV', 'VOLUME', 'CMD']);
    });

    it('collapses inherited and base layers, with "unknown" when the base is external', () => {
      const { view } = viewOf(text);
      assert.deepEqual(view.columns[1].inherited, { fromStage: 0, fromName: 'build', count: 4 });
      assert.equal(view.columns[1].base.image, 'node:${V}');
      assert.equal(view.columns[0].base.count, null);
      assert.equal(view.columns[0].inherited, null);
      const scratch = viewOf(`FROM scratch${eol}COPY a /a${eol}`).view;
      assert.equal(scratch.columns[0].base.count, 0);
    });

    it('draws COPY --from as an arrow from the source stage into the layer it creates', () => {
      const { view } = viewOf(text);
      assert.deepEqual(view.arrows, [{ fromStage: 0, toBlock: 's2-l0', kind: 'copy' }]);
      assert.equal(view.columns[2].layers[0].id, 's2-l0');
    });

    it('puts findings on the layer of their line, FROM findings on the stage, the rest aside', () => {
      const findings: ViewFinding[] = [
        { line: 3, severity: 'warning', message: 'pin versions' },
        { line: 8, severity: 'info', message: 'base' },
        { line: 0, severity: 'hint', message: 'global arg' },
        { line: 12, severity: 'error', message: 'cmd' },
      ];
      const { view } = viewOf(text, findings);
      assert.deepEqual(view.columns[0].layers[1].findings.map((f) => f.message), ['pin versions']);
      assert.deepEqual(view.columns[2].findings.map((f) => f.message), ['base']);
      assert.deepEqual(view.columns[2].config[2].findings.map((f) => f.message), ['cmd']);
      assert.deepEqual(view.unplaced.map((f) => f.message), ['global arg']);
    });

    it('keeps the given order of the findings of a multi-line instruction, and places each once', () => {
      const multi = ['FROM alpine', 'RUN apk add \\', '    curl \\', '    git', 'RUN echo done', ''].join(eol);
      const findings: ViewFinding[] = [
        { line: 4, severity: 'hint', message: 'echo' },
        { line: 3, severity: 'warning', message: 'git' },
        { line: 1, severity: 'error', message: 'apk' },
        { line: 3, severity: 'info', message: 'git again' },
        { line: 9, severity: 'info', message: 'past the end' },
      ];
      const { view } = viewOf(multi, findings);
      assert.deepEqual(view.columns[0].layers.map((l) => l.findings.map((f) => f.message)), [['git', 'apk', 'git again'], ['echo']]);
      assert.deepEqual(view.unplaced.map((f) => f.message), ['past the end']);
    });

    it('lists the shipped VOLUME paths and keeps the container count in range', () => {
      assert.deepEqual(viewOf(text).view.volumes, ['/data']);
      assert.equal(viewOf(text, [], 0).view.containers, 1);
      assert.equal(viewOf(text, [], 99).view.containers, 6);
      assert.equal(clampContainers(Number.NaN), 2);
    });

    it('scene: one layer block per model layer, N containers, the target framed', () => {
      const { model, view } = viewOf(text, [], 3);
      const scene = [...elements(layoutScene(view, { title: 'Dockerfile' }))];
      const layers = scene.filter((e) => hasClass(e, 'lw-layer'));
      assert.equal(layers.length, model.stages.reduce((n, s) => n + s.layerCount, 0));
      const target = scene.find((e) => hasClass(e, 'lw-stage') && hasClass(e, 'lw-target'));
      assert.ok(target);
      assert.equal([...elements(target)].filter((e) => hasClass(e, 'lw-layer')).length, model.stages[2].layerCount);
      assert.equal(scene.filter((e) => hasClass(e, 'lw-container')).length, 3);
      assert.equal(scene.filter((e) => hasClass(e, 'lw-target-frame')).length, 1);
      assert.equal(scene.filter((e) => hasClass(e, 'lw-arrow')).length, 1);
      assert.equal(scene.filter((e) => hasClass(e, 'lw-build-only')).length, 2);
      assert.equal(scene.filter((e) => hasClass(e, 'lw-volume')).length, 1);
    });

    it('scene: every focusable item carries the lines a click reveals', () => {
      const { view } = viewOf(text);
      const navs = [...elements(layoutScene(view, { title: 'x' }))].filter((e) => hasClass(e, 'lw-nav'));
      const run = navs.find((e) => e.attrs['data-line'] === 3);
      assert.equal(run?.attrs['data-keyword'], 'RUN');
      assert.equal(run?.attrs['data-end-line'], 3);
      assert.ok(navs.every((e) => typeof e.attrs['aria-label'] === 'string' && e.attrs.tabindex === -1));
    });
  });
}

describe('layer view helpers', () => {
  it('formats sizes in powers of 1000 as the lenses and the CLI do', () => {
    assert.deepEqual([0, 999, 1000, 12_345, 1_980_000, 3_200_000, 1_500_000_000].map(formatBytes), ['0 B', '999 B', '1 kB', '12.3 kB', '1.98 MB', '3.2 MB', '1.5 GB']);
    assert.deepEqual([-1, Number.NaN, Infinity].map(formatBytes), ['?', '?', '?']);
  });

  it('shows a layer size when the model has one', () => {
    const model = analyze('FROM scratch\nCOPY a /a\n').layerModel;
    model.stages[0].instructions[1].size = 2_500_000;
    assert.equal(buildLayerView(model, { containers: 2, findings: [] }).columns[0].layers[0].size, '2.5 MB');
  });

  it('draws an empty file without a target or containers', () => {
    const view = buildLayerView(analyze('# nothing\n').layerModel, { containers: 2, findings: [] });
    assert.equal(view.target, -1);
    const scene = [...elements(layoutScene(view, { title: 'empty' }))];
    assert.equal(scene.filter((e) => hasClass(e, 'lw-container')).length, 0);
  });
});

describe('layer scene memo', () => {
  function draw(text: string, previous: Map<string, unknown>) {
    const next = new Map<string, import('../../../server/src/core/view').SceneElement>();
    const view = buildLayerView(analyze(text).layerModel, { containers: 2, findings: [] });
    const scene = layoutScene(view, {
      title: 'x',
      memo: { get: (key) => previous.get(key) as import('../../../server/src/core/view').SceneElement | undefined, set: (key, element) => next.set(key, element) },
    });
    return { next, layers: [...elements(scene)].filter((e) => hasClass(e, 'lw-layer')) };
  }

  for (const eol of ['\n', '\r\n']) {
    it(`reuses every block a new top layer leaves unchanged (${JSON.stringify(eol)})`, () => {
      const text = ['FROM alpine', 'RUN a', 'COPY b /b', 'RUN c'].join(eol) + eol;
      const first = draw(text, new Map());
      const second = draw(`${text}RUN d${eol}`, first.next);
      assert.equal(second.layers.length, 4);
      assert.equal(second.layers.filter((l) => first.layers.includes(l)).length, 3);
      const edited = draw(text.replace('RUN a', 'RUN z'), second.next);
      assert.equal(edited.layers.filter((l) => second.layers.includes(l)).length, 2);
    });
  }
});
