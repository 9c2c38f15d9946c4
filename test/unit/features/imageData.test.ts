import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/analysis';
import { codeLenses } from '../../../server/src/core/features/codeLens';
import { wastedBytesFindings, wastedMessage, withImageModel, withImageSizes } from '../../../server/src/core/features/imageData';
import { buildImageReport, type ImageReport, type LayerEntry } from '../../../server/src/core/image';
import { config, file, layerEntry, whiteout } from '../image/helpers';

const LINES = ['FROM busybox', 'RUN fetch big', 'ENV A=1', 'RUN rm /big.bin', 'COPY app /app'];

/** A base layer + the three layers of LINES: 300 kB added at line 1, deleted at line 3, /app copied. */
function reportFor(text: string): ImageReport {
  const layers: LayerEntry[][] = [
    [file('bin/busybox', 1000)],
    [file('big.bin', 300_000), file('app', 10)],
    [whiteout('big.bin')],
    [file('app', 25)],
  ];
  return buildImageReport({
    source: 'docker-archive:/tmp/t.tar',
    id: 'sha256:abc',
    tags: [],
    config: config(4, [layerEntry('base'), layerEntry('RUN /bin/sh -c fetch big # buildkit'), { createdBy: 'ENV A=1', emptyLayer: true }, layerEntry('RUN /bin/sh -c rm /big.bin # buildkit'), layerEntry('COPY app /app # buildkit')]),
    layers,
    model: analyze(text).layerModel,
  });
}

function titles(text: string, stale: boolean): string[] {
  const analysis = analyze(text);
  return withImageSizes(codeLenses(analysis), analysis, { report: reportFor(text), stale }).map((l) => `${analysis.lines.lineAt(l.span.start)}: ${l.title}`);
}

describe('image data in the editor', () => {
  for (const eol of ['\n', '\r\n']) {
    const text = LINES.join(eol);

    it(`puts real sizes on layer lenses and the total on the final-image lens (${JSON.stringify(eol)})`, () => {
      assert.deepEqual(titles(text, false), [
        '0: Stage #0: 3 layers (+ 1 base layer · 1 kB)',
        '0: Final image: 3 layers (+ 1 base layer · 1 kB) · 301 kB',
        '1: layer 1 of 3 · 300 kB',
        '2: metadata only · no layer',
        '3: layer 2 of 3 · 0 B',
        '4: layer 3 of 3 · 25 B',
      ]);
    });

    it(`keeps per-line sizes off and says so when the report is stale (${JSON.stringify(eol)})`, () => {
      assert.deepEqual(titles(text, true), [
        '0: Stage #0: 3 layers (+ base image layers: unknown)',
        '0: Final image: 3 layers (+ base image layers: unknown) · image data stale: inspect again',
        '1: layer 1 of 3',
        '2: metadata only · no layer',
        '3: layer 2 of 3',
        '4: layer 3 of 3',
      ]);
    });

    it(`reports bytes added on one line and deleted or overwritten on a later one (${JSON.stringify(eol)})`, () => {
      const analysis = analyze(text);
      const findings = wastedBytesFindings(analysis, { report: reportFor(text), stale: false });
      assert.deepEqual(findings.map((f) => [f.ruleId, analysis.lines.lineAt(f.span.start), f.message, f.related.map((r) => [analysis.lines.lineAt(r.span.start), r.message])]), [
        ['image-wasted-bytes', 1, '300 kB added here are deleted at line 4 but still shipped: do both in one RUN', [[3, '1 file (300 kB) deleted here']]],
        ['image-wasted-bytes', 1, '10 B added here are overwritten at line 5 but still shipped: add the files once, in their final form', [[4, '1 file (10 B) overwritten here']]],
      ]);
      assert.equal(text.slice(findings[0].span.start, findings[0].span.end), 'RUN');
      assert.deepEqual(wastedBytesFindings(analysis, { report: reportFor(text), stale: true }), []);
      assert.deepEqual(wastedBytesFindings(analysis, undefined), []);
    });

    it(`adds sizes and the image to the layer model, sizes only while fresh (${JSON.stringify(eol)})`, () => {
      const model = analyze(text).layerModel;
      const fresh = withImageModel(model, { report: reportFor(text), stale: false });
      assert.deepEqual(fresh.image, { source: 'docker-archive:/tmp/t.tar', id: 'sha256:abc', totalSize: 301_035, stale: false });
      assert.deepEqual(fresh.stages[0].instructions.map((i) => [i.line, i.size, i.wastedBytes]), [[0, undefined, undefined], [1, 300_010, 300_010], [2, undefined, undefined], [3, 0, 0], [4, 25, 0]]);
      const stale = withImageModel(model, { report: reportFor(text), stale: true });
      assert.equal(stale.image?.stale, true);
      assert.ok(stale.stages[0].instructions.every((i) => i.size === undefined));
      assert.equal(withImageModel(model, undefined), model);
      assert.equal(model.finalImage.baseLayers, null);
      assert.equal(fresh.finalImage.baseLayers, 1, 'the base image has 1 real layer');
      assert.equal(fresh.stages[0].baseLayers, 1);
      assert.equal(stale.finalImage.baseLayers, null);
      assert.equal(fresh.finalImage.baseSize, 1000, 'the base layer holds bin/busybox');
      assert.equal(fresh.stages[0].baseSize, 1000);
      assert.equal(stale.finalImage.baseSize, undefined);
    });
  }

  it('puts the real base layers on the target and the stages it is built on, not on build-only stages', () => {
    const text = ['FROM alpine AS tools', 'RUN make', 'FROM busybox AS base', 'RUN fetch big', 'FROM base', 'ENV A=1', 'RUN rm /big.bin', 'COPY app /app'].join('\n');
    const model = analyze(text).layerModel;
    const fresh = withImageModel(model, { report: reportFor(text), stale: false });
    assert.deepEqual(model.stages.map((s) => s.baseLayers), [null, null, null]);
    assert.deepEqual(fresh.stages.map((s) => s.baseLayers), [null, 1, 1]);
    assert.equal(fresh.finalImage.baseLayers, 1);
  });

  it('puts the real base layers on the lenses of the target chain only; build-only stages stay unknown', () => {
    const text = ['FROM alpine AS tools', 'RUN make', 'FROM busybox AS base', 'RUN fetch big', 'FROM base', 'ENV A=1', 'RUN rm /big.bin', 'COPY app /app'].join('\n');
    assert.deepEqual(titles(text, false).filter((t) => /Stage|Final/.test(t)), [
      '0: Stage tools (build-only): 1 layer (+ base image layers: unknown)',
      '2: Stage base (base of the target): 1 layer (+ 1 base layer · 1 kB)',
      '4: Stage #2: 2 layers + 1 from stage base (+ 1 base layer · 1 kB)',
      '4: Final image: 3 layers (+ 1 base layer · 1 kB) · 301 kB',
    ]);
  });

  it('keeps the real base unknown when the join of layers to lines is unsure (a warning)', () => {
    const text = LINES.join('\n');
    const report = { ...reportFor(text), warnings: ['the Dockerfile predicts 3 layer(s)…'] };
    const analysis = analyze(text);
    const lenses = withImageSizes(codeLenses(analysis), analysis, { report, stale: false });
    assert.equal(lenses[0].title, 'Stage #0: 3 layers (+ base image layers: unknown)');
    assert.equal(withImageModel(analysis.layerModel, { report, stale: false }).finalImage.baseLayers, null);
  });

  it('carries the real containers of an engine image into the model, kept when stale; none for archives', () => {
    const text = LINES.join('\n');
    const model = analyze(text).layerModel;
    const containers = [
      { id: 'a'.repeat(64), name: 'web-1', state: 'running', sizeRw: 150_002, sizeRootFs: 451_037 },
      { id: 'b'.repeat(64), name: 'web-2', state: 'exited', sizeRw: 0, sizeRootFs: 301_035 },
    ];
    const report: ImageReport = { ...reportFor(text), source: 'docker:localhost/t:1', containers };
    assert.deepEqual(withImageModel(model, { report, stale: false }).image?.containers, containers);
    assert.deepEqual(withImageModel(model, { report, stale: true }).image?.containers, containers);
    assert.deepEqual(withImageModel(model, { report: { ...report, containers: [] }, stale: false }).image?.containers, []);
    assert.equal(withImageModel(model, { report: reportFor(text), stale: false }).image?.containers, undefined);
  });

  it('advises one RUN only when both lines are RUN', () => {
    assert.equal(wastedMessage(314_000_000, 'deleted', 17, 'RUN', 'RUN'), '314 MB added here are deleted at line 18 but still shipped: do both in one RUN');
    assert.equal(wastedMessage(2_000, 'deleted', 3, 'RUN', 'COPY'), '2 kB added here are deleted at line 4 but still shipped: leave these files out of this layer (or use a multi-stage build)');
  });
});
