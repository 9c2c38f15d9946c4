/** The layer picture with an inspected image: real containers above the image, size bars, the base image's real layers. */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/analysis';
import { withImageModel } from '../../../server/src/core/features/imageData';
import { buildImageReport, type ImageReport } from '../../../server/src/core/image';
import {
  buildLayerView, changesFailed, changesView, elements, hasClass, layoutScene, renderLayerSvg, type ContainerCard, type LayerView, type NavPlace, type SceneElement,
} from '../../../server/src/core/view';
import type { ContainerChange, ContainerInfo } from '../../../server/src/protocol';
import { config, file, layerEntry } from '../image/helpers';

const LINES = ['FROM localhost/bb:latest', 'RUN make big', 'COPY app /app', 'CMD ["/app"]'];
const EVIL = '<img src=x onerror=alert(1)>';

const CONTAINERS: ContainerInfo[] = [
  { id: 'b'.repeat(64), name: 'lw-small', state: 'exited', sizeRw: 1_000, sizeRootFs: 401_125 },
  { id: 'a'.repeat(64), name: 'lw-big', state: 'running', sizeRw: 150_002, sizeRootFs: 550_127 },
];

/** A base layer of 100 kB and this file's two layers (300 kB and 25 B), read from `source`. */
function reportFor(text: string, source: string, containers: ContainerInfo[] = []): ImageReport {
  return buildImageReport({
    source,
    id: 'sha256:abc',
    tags: [],
    config: config(3, [layerEntry('bb rootfs'), layerEntry('RUN /bin/sh -c make big # buildkit'), layerEntry('COPY app /app # buildkit'), { createdBy: 'CMD ["/app"]', emptyLayer: true }]),
    layers: [[file('bin/busybox', 100_000)], [file('big.bin', 300_000)], [file('app', 25)]],
    model: analyze(text).layerModel,
    containers,
  });
}

function viewFor(text: string, report: ImageReport, stale = false): LayerView {
  return buildLayerView(withImageModel(analyze(text).layerModel, { report, stale }), { containers: 2, findings: [] });
}

function scene(view: LayerView): SceneElement[] {
  return [...elements(layoutScene(view, { title: 'Dockerfile' }))];
}

function texts(node: SceneElement): string[] {
  return node.children.flatMap((child) => ('text' in child ? [child.text] : texts(child)));
}

for (const eol of ['\n', '\r\n']) {
  const text = LINES.join(eol);

  describe(`layer view of an inspected image (${JSON.stringify(eol)})`, () => {
    it('draws the real containers of an engine image, running first, each with its read-write layer size', () => {
      const view = viewFor(text, reportFor(text, 'docker:localhost/t:1', CONTAINERS));
      assert.deepEqual(view.realContainers, [
        { id: 'a'.repeat(64), name: 'lw-big', state: 'running', running: true, sizeRw: '150 kB' },
        { id: 'b'.repeat(64), name: 'lw-small', state: 'exited', running: false, sizeRw: '1 kB' },
      ]);
      const cards = scene(view).filter((e) => hasClass(e, 'lw-real-container'));
      assert.deepEqual(cards.map((c) => [c.attrs['data-container-id'], texts(c).slice(0, 2)]), [
        ['a'.repeat(64), ['lw-big', 'running · R/W 150 kB']],
        ['b'.repeat(64), ['lw-small', 'exited · R/W 1 kB']],
      ]);
      // They are keyboard items of the target's column, above its layers, and reveal no line.
      assert.ok(cards.every((c) => hasClass(c, 'lw-nav') && c.attrs['data-col'] === 0 && c.attrs['data-line'] === -1 && c.attrs.role === 'button'));
      assert.ok(Number(cards[0].attrs['data-row']) < Number(cards[1].attrs['data-row']));
      const layerRows = scene(view).filter((e) => hasClass(e, 'lw-layer')).map((e) => Number(e.attrs['data-row']));
      assert.ok(Number(cards[1].attrs['data-row']) < Math.min(...layerRows));
      assert.equal(scene(view).filter((e) => hasClass(e, 'lw-container') && !hasClass(e, 'lw-real-container')).length, 0, 'no hypothetical containers beside real ones');
      assert.match(texts(layoutScene(view, { title: 'Dockerfile' })).join('\n'), /2 containers of docker:localhost\/t:1 · open one to list its changes/);
    });

    it('places the real containers in the keyboard grid above the stack, even when the clip leaves them out', () => {
      const view = viewFor(text, reportFor(text, 'docker:localhost/t:1', CONTAINERS));
      const places: NavPlace[] = [];
      const clipped = layoutScene(view, { title: 'x', places, clip: { left: 0, top: 100_000, width: 10, height: 10 } });
      const containers = places.filter((p) => p.kind === 'container');
      assert.equal(containers.length, 2);
      assert.ok(containers.every((p) => p.line === -1 && p.col === 0));
      const layerRows = places.filter((p) => p.kind === 'layer').map((p) => p.row);
      assert.ok(Math.max(...containers.map((p) => p.row)) < Math.min(...layerRows));
      assert.equal([...elements(clipped)].filter((e) => hasClass(e, 'lw-real-container')).length, 2);
    });

    it('says so when the engine knows no container of the image, and keeps real containers when the text changed', () => {
      const none = viewFor(text, reportFor(text, 'docker:localhost/t:1'));
      assert.deepEqual(none.realContainers, []);
      assert.match(texts(layoutScene(none, { title: 'x' })).join('\n'), /No container of docker:localhost\/t:1 yet: run one, then inspect again/);
      const stale = viewFor(text, reportFor(text, 'docker:localhost/t:1', CONTAINERS), true);
      assert.equal(stale.realContainers?.length, 2);
    });

    it('draws at most six real containers and notes the others', () => {
      const many = Array.from({ length: 9 }, (_, i) => ({ ...CONTAINERS[0], id: String(i).repeat(64), name: `c${i}` }));
      const view = viewFor(text, reportFor(text, 'docker:localhost/t:1', many));
      assert.equal(view.realContainers?.length, 9);
      const drawn = scene(view);
      assert.equal(drawn.filter((e) => hasClass(e, 'lw-real-container')).length, 6);
      assert.deepEqual(drawn.filter((e) => hasClass(e, 'lw-more-containers')).map((e) => texts(e)), [['+ 3 more']]);
      assert.match(texts(layoutScene(view, { title: 'x' })).join('\n'), /9 containers of docker:localhost\/t:1/);
    });

    it('shortens an image id in the heading as docker ps does', () => {
      const view = viewFor(text, reportFor(text, `docker:sha256:${'0123456789ab'.repeat(5)}abcd`, CONTAINERS));
      assert.match(texts(layoutScene(view, { title: 'x' })).join('\n'), /2 containers of docker:0123456789ab · open/);
    });

    it('draws N hypothetical containers for an archive (it knows no containers) and without an image', () => {
      const archive = viewFor(text, reportFor(text, 'docker-archive:/tmp/t.tar'));
      assert.equal(archive.realContainers, null);
      assert.equal(scene(archive).filter((e) => hasClass(e, 'lw-container')).length, 2);
      const plain = buildLayerView(analyze(text).layerModel, { containers: 3, findings: [] });
      assert.equal(plain.realContainers, null);
      assert.equal(scene(plain).filter((e) => hasClass(e, 'lw-container')).length, 3);
    });

    it('shows the base image\'s real layers and size instead of "?", and size bars proportional to bytes', () => {
      const view = viewFor(text, reportFor(text, 'docker:localhost/t:1'));
      const column = view.columns[0];
      assert.deepEqual(column.base, { image: 'localhost/bb:latest', count: 1, size: '100 kB', share: 1 / 3 });
      assert.deepEqual(column.layers.map((b) => [b.size, b.share]), [['300 kB', 1], ['25 B', 25 / 300_000]]);
      const drawn = scene(view);
      const base = drawn.find((e) => hasClass(e, 'lw-base'))!;
      assert.ok(texts(base).includes('1 base layer · 100 kB · L1'), texts(base).join('|'));
      const bars = drawn.filter((e) => hasClass(e, 'lw-size-bar'));
      const widths = bars.map((b) => Number(b.attrs.width));
      // COPY (25 B, a visible sliver) above RUN (300 kB, full width), then the base (a third).
      assert.deepEqual(widths, [2, 278, 93]);
      const unknown = buildLayerView(analyze(text).layerModel, { containers: 2, findings: [] });
      assert.equal(unknown.columns[0].base.count, null);
      assert.equal(scene(unknown).filter((e) => hasClass(e, 'lw-size-bar')).length, 0, 'no bars without real sizes');
    });

    it('draws no bars and keeps "?" when the image is stale', () => {
      const view = viewFor(text, reportFor(text, 'docker:localhost/t:1'), true);
      assert.deepEqual(view.columns[0].base, { image: 'localhost/bb:latest', count: null, size: null, share: null });
      assert.equal(scene(view).filter((e) => hasClass(e, 'lw-size-bar')).length, 0);
    });
  });
}

describe('container names and paths are text, never markup', () => {
  it('escapes a hostile container name in the SVG and gives it no element of its own', () => {
    const text = LINES.join('\n');
    const model = withImageModel(analyze(text).layerModel, { report: reportFor(text, `docker:${EVIL}`, [{ ...CONTAINERS[0], name: EVIL }]), stale: false });
    const svg = renderLayerSvg(model, { title: 'x' });
    assert.ok(!svg.includes('<img'));
    assert.ok(svg.includes('&lt;img'));
  });
});

describe('changes of an opened container', () => {
  const card: ContainerCard = { id: 'a'.repeat(64), name: 'lw-big', state: 'running', running: true, sizeRw: '150 kB' };
  const changes: ContainerChange[] = [
    { path: '/etc', kind: 'changed' },
    { path: '/w', kind: 'added' },
    { path: '/etc/app/conf', kind: 'changed' },
    { path: '/tmp/a', kind: 'added' },
    { path: '/opt/old', kind: 'deleted' },
    { path: '/w', kind: 'added' },
  ];

  it('groups added, changed, deleted, each sorted and without repeats, and sums them up', () => {
    const view = changesView(card, changes);
    assert.equal(view.title, 'Container lw-big · running · read-write layer 150 kB');
    assert.equal(view.summary, '2 added, 2 changed, 1 deleted');
    assert.deepEqual(view.groups.map((g) => [g.kind, g.heading, g.paths, g.more]), [
      ['added', 'Added (2)', ['/tmp/a', '/w'], 0],
      ['changed', 'Changed (copied up from the image) (2)', ['/etc', '/etc/app/conf'], 0],
      ['deleted', 'Deleted (hidden by a whiteout) (1)', ['/opt/old'], 0],
    ]);
  });

  it('cuts long lists and says how many are left out', () => {
    const many = Array.from({ length: 250 }, (_, i) => ({ path: `/f/${String(i).padStart(3, '0')}`, kind: 'added' as const }));
    const view = changesView(card, many, 200);
    assert.equal(view.groups[0].paths.length, 200);
    assert.equal(view.groups[0].more, 50);
    assert.equal(view.groups[0].paths[199], '/f/199');
    assert.equal(view.summary, '250 added');
  });

  it('tells an empty list and a failure apart', () => {
    assert.deepEqual(changesView(card, []).groups, []);
    assert.match(changesView(card, []).summary, /^No changes/);
    assert.equal(changesFailed(card, 'no such container').summary, 'Could not read its changes: no such container');
  });
});
