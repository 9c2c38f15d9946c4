import assert from 'node:assert/strict';
import { buildImageReport, parseCreatedBy, type HistoryEntry, type LayerEntry } from '../../../server/src/core/image';
import type { LayerModel } from '../../../server/src/protocol';
import { config, emptyEntry, file, layerEntry, model, stage, whiteout, type Row } from './helpers';

/** real-images-kit/Dockerfile.run: a build stage, then a final stage copying from it. */
const buildStage: Row[] = [
  [1, 'FROM', 'FROM localhost/bb:latest AS build', 'stage'],
  [2, 'RUN', 'RUN echo built > /artifact && mkdir -p /out && echo o > /out/o.txt', 'layer'],
  [3, 'WORKDIR', 'WORKDIR /tmp', 'layer'],
  [4, 'COPY', 'COPY a.txt .', 'layer'],
];
const finalStage: Row[] = [
  [6, 'FROM', 'FROM localhost/bb:latest', 'stage'],
  [7, 'COPY', 'COPY --from=build /artifact /artifact', 'layer'],
  [8, 'COPY', 'COPY --from=build /out/ /out/', 'layer'],
  [9, 'WORKDIR', 'WORKDIR /app', 'layer'],
  [10, 'RUN', 'RUN ["/bin/sh", "-c", "echo exec-form > /e"]', 'layer'],
  [11, 'SHELL', 'SHELL ["/bin/sh", "-c"]', 'metadata'],
  [12, 'RUN', 'RUN echo after-shell > /s', 'layer'],
  [13, 'USER', 'USER 1000', 'metadata'],
  [14, 'RUN', 'RUN true', 'layer'],
  [15, 'HEALTHCHECK', 'HEALTHCHECK CMD true', 'metadata'],
  [16, 'ONBUILD', 'ONBUILD RUN echo onbuild', 'metadata'],
  [17, 'CMD', 'CMD ["/bin/sh"]', 'metadata'],
];
const kitModel = (): LayerModel => model([stage(0, buildStage, { name: 'build' }), stage(1, finalStage)]);
const baseHistory: HistoryEntry[] = [
  { createdBy: '', emptyLayer: false, comment: 'bb rootfs' },
  emptyEntry('/bin/sh -c #(nop)  CMD ["/bin/sh"]'),
];

function joined(m: LayerModel, history: HistoryEntry[]): { lines: (number | null)[]; warnings: string[] } {
  const layerCount = history.filter((h) => !h.emptyLayer).length;
  const layers: LayerEntry[][] = Array.from({ length: layerCount }, (_, i) => [file(`f${i}`, i + 1)]);
  const r = buildImageReport({ source: 's', id: 'i', tags: [], config: config(layerCount, history), layers, model: m });
  return { lines: r.layers.map((l) => l.line), warnings: r.warnings };
}

describe('image report: join of layers to Dockerfile lines', () => {
  it('joins a BuildKit image line by line, base layers first with line null', () => {
    const history = [
      ...baseHistory,
      layerEntry('COPY /artifact /artifact # buildkit'),
      layerEntry('COPY /out/ /out/ # buildkit'),
      layerEntry('WORKDIR /app'),
      layerEntry('RUN /bin/sh -c echo exec-form > /e # buildkit'),
      emptyEntry('SHELL [/bin/sh -c]'),
      layerEntry('RUN /bin/sh -c echo after-shell > /s # buildkit'),
      emptyEntry('USER 1000'),
      layerEntry('RUN /bin/sh -c true # buildkit'),
      emptyEntry('HEALTHCHECK &{["CMD" "true"] "0s" "0s" "0s" \'\\x00\'}'),
      emptyEntry('CMD ["/bin/sh"]'),
    ];
    assert.deepEqual(joined(kitModel(), history), { lines: [null, 7, 8, 9, 10, 12, 14], warnings: [] });
  });

  it('explains a legacy-builder RUN that made no layer', () => {
    const history = [
      ...baseHistory,
      layerEntry('/bin/sh -c #(nop) COPY file:5b0f3a in /artifact '),
      layerEntry('/bin/sh -c #(nop) COPY dir:9a1c2e in /out/ '),
      layerEntry('/bin/sh -c #(nop) WORKDIR /app'),
      layerEntry('/bin/sh -c echo exec-form > /e'),
      emptyEntry('/bin/sh -c #(nop)  SHELL [/bin/sh -c]'),
      layerEntry('/bin/sh -c echo after-shell > /s'),
      emptyEntry('/bin/sh -c #(nop)  USER 1000'),
      emptyEntry('/bin/sh -c true'),
      emptyEntry('/bin/sh -c #(nop)  HEALTHCHECK &{["CMD" "true"] "0s" "0s" "0s" \'\\x00\'}'),
      emptyEntry('/bin/sh -c #(nop)  ONBUILD RUN echo onbuild'),
      emptyEntry('/bin/sh -c #(nop)  CMD ["/bin/sh"]'),
    ];
    assert.deepEqual(joined(kitModel(), history), {
      lines: [null, 7, 8, 9, 10, 12],
      warnings: [
        'the Dockerfile predicts 6 layer(s) for the target stage; the image has 5 after 1 base-image layer(s), 5 joined to a line',
        'line 15 (RUN) made no layer: the builder recorded it as an empty history entry: the legacy builder makes no layer for a RUN that changes no file',
      ],
    });
  });

  it('explains a WORKDIR that made no layer, and follows FROM of an earlier stage', () => {
    const m = model([
      stage(0, [[0, 'FROM', 'FROM bb AS build', 'stage'], [1, 'WORKDIR', 'WORKDIR /tmp', 'layer'], [2, 'RUN', 'RUN make', 'layer']]),
      stage(1, [[3, 'FROM', 'FROM build', 'stage'], [4, 'RUN', 'RUN make install', 'layer']], { baseStage: 0, inheritedLayers: 2 }),
    ]);
    const history = [
      layerEntry('/bin/sh -c apk add make'), // the base image's own RUN layer
      emptyEntry('/bin/sh -c #(nop) WORKDIR /tmp'),
      layerEntry('/bin/sh -c make'),
      layerEntry('/bin/sh -c make install'),
    ];
    const result = joined(m, history);
    assert.deepEqual(result.lines, [null, 2, 4]);
    assert.match(result.warnings[1], /^line 2 \(WORKDIR\) made no layer: .*BuildKit does/);
  });

  it('does not take a base-image RUN layer for a Dockerfile RUN that made none', () => {
    const m = model([stage(0, [[0, 'FROM', 'FROM bb', 'stage'], [1, 'RUN', 'RUN true', 'layer'], [2, 'RUN', 'RUN echo hi > /hi', 'layer']])]);
    const history = [layerEntry('/bin/sh -c apk add curl'), emptyEntry('/bin/sh -c true'), layerEntry('/bin/sh -c echo hi > /hi')];
    assert.deepEqual(joined(m, history).lines, [null, 2]);
  });

  it('matches truncated instruction text and RUN with build args and mount flags', () => {
    const m = model([stage(0, [
      [0, 'FROM', 'FROM bb', 'stage'],
      [1, 'ARG', 'ARG X=1', 'metadata'],
      [2, 'RUN', 'RUN --mount=type=cache,target=/c apt-get update && apt-get install -y …', 'layer'],
    ])]);
    const history = [layerEntry('base'), emptyEntry('ARG X=1'), layerEntry('RUN |1 X=1 /bin/sh -c apt-get update &&   apt-get install -y curl # buildkit')];
    assert.deepEqual(joined(m, history), { lines: [null, 2], warnings: [] });
  });

  it('names a layer that no instruction made', () => {
    const m = model([stage(0, [[0, 'FROM', 'FROM bb', 'stage'], [1, 'ENV', 'ENV A=1', 'metadata'], [2, 'COPY', 'COPY a /a', 'layer']])]);
    const history = [layerEntry('base'), emptyEntry('ENV A=1'), layerEntry('/bin/sh -c echo surprise'), layerEntry('COPY a /a # buildkit')];
    const result = joined(m, history);
    assert.deepEqual(result.lines, [null, null, 2]);
    assert.deepEqual(result.warnings, [
      'the Dockerfile predicts 1 layer(s) for the target stage; the image has 2 after 1 base-image layer(s), 1 joined to a line',
      'layer 1 (/bin/sh -c echo surprise) matches no instruction of the Dockerfile',
    ]);
  });

  it('joins by position from the top when the config has no history', () => {
    const m = model([stage(0, [[0, 'FROM', 'FROM bb', 'stage'], [1, 'COPY', 'COPY a /a', 'layer']])]);
    const r = buildImageReport({ source: 's', id: 'i', tags: [], config: config(2, []), layers: [[file('x', 1)], [file('a', 1)]], model: m });
    assert.deepEqual(r.layers.map((l) => [l.line, l.instruction]), [[null, null], [1, 'COPY a /a']]);
    assert.deepEqual(r.warnings, ['the image config has no history: layers are joined to lines by position from the top']);
  });

  it('puts lines on wasted files: added by one line, deleted by another', () => {
    const m = model([stage(0, [[0, 'FROM', 'FROM bb', 'stage'], [1, 'RUN', 'RUN fetch big', 'layer'], [2, 'RUN', 'RUN rm big', 'layer']])]);
    const r = buildImageReport({
      source: 's', id: 'i', tags: [], model: m,
      config: config(3, [layerEntry('base'), layerEntry('/bin/sh -c fetch big'), layerEntry('/bin/sh -c rm big')]),
      layers: [[file('bin/sh', 10)], [file('big', 314)], [whiteout('big')]],
    });
    assert.deepEqual(r.wasted, [{ path: '/big', bytes: 314, how: 'deleted', addedInLayer: 1, hiddenInLayer: 2, addedLine: 1, hiddenLine: 2 }]);
  });
});

describe('created_by spellings', () => {
  const cases: [string, string | null, string][] = [
    ['RUN /bin/sh -c echo hi # buildkit', 'RUN', 'echo hi'],
    ['RUN |1 X=1 /bin/sh -c echo $X # buildkit', 'RUN', 'echo $X'],
    ['|2 A=1 B=2 /bin/sh -c make', 'RUN', 'make'],
    ['/bin/sh -c echo hi', 'RUN', 'echo hi'],
    ['/bin/sh -c #(nop)  EXPOSE 8080', 'EXPOSE', '8080'],
    ['/bin/sh -c #(nop) COPY file:abc in /a ', 'COPY', 'file:abc in /a'],
    ['COPY a.txt /a.txt # buildkit', 'COPY', 'a.txt /a.txt'],
    ['WORKDIR /app', 'WORKDIR', '/app'],
    ['EXPOSE map[8080/tcp:{}]', 'EXPOSE', 'map[8080/tcp:{}]'],
    ['bb rootfs', null, 'bb rootfs'],
    ['', null, ''],
  ];
  for (const [text, keyword, args] of cases) {
    it(JSON.stringify(text), () => assert.deepEqual(parseCreatedBy(text), { keyword, args }));
  }
});
