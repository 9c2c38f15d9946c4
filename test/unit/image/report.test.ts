import assert from 'node:assert/strict';
import { buildImageReport, type ImageReport, type LayerEntry } from '../../../server/src/core/image';
import { config, dir, file, hardlink, layerEntry, opaque, symlink, whiteout } from './helpers';

function report(layers: LayerEntry[][]): ImageReport {
  return buildImageReport({
    source: 'test',
    id: 'sha256:abc',
    tags: ['t:latest'],
    config: config(layers.length, layers.map((_, i) => layerEntry(`RUN step ${i}`))),
    layers,
  });
}

describe('image report: sizes and hidden files', () => {
  it('counts regular files and symlink target lengths; dirs, hard links and devices count 0', () => {
    const r = report([
      [dir('./'), dir('./bin/'), file('./bin/busybox', 1000), symlink('./bin/sh', 'busybox'), hardlink('./bin/ls', 'bin/busybox'),
        { path: './dev/null', type: 'char', size: 0 }],
    ]);
    assert.equal(r.layers[0].size, 1007);
    assert.equal(r.totalSize, 1007);
    assert.equal(r.visibleSize, 1007);
    assert.equal(r.wastedBytes, 0);
    assert.equal(r.efficiency, 1);
    assert.deepEqual(r.wasted, []);
  });

  it('counts symlink targets in UTF-8 bytes', () => {
    assert.equal(report([[symlink('a', 'é')]]).layers[0].size, 2);
  });

  it('reports a file deleted by a whiteout, with the layer that added and the one that hid it', () => {
    const r = report([[file('big', 500), file('keep', 10)], [whiteout('big')]]);
    assert.deepEqual(r.layers.map((l) => l.size), [510, 0]);
    assert.equal(r.visibleSize, 10);
    assert.equal(r.wastedBytes, 500);
    assert.equal(r.efficiency, 10 / 510);
    assert.deepEqual(r.wasted, [
      { path: '/big', bytes: 500, how: 'deleted', addedInLayer: 0, hiddenInLayer: 1, addedLine: null, hiddenLine: null },
    ]);
    assert.equal(r.layers[0].wastedBytes, 500);
  });

  it('deletes a whole directory with one whiteout', () => {
    const r = report([[dir('var/cache'), file('var/cache/a', 30), file('var/cache/sub/b', 20)], [whiteout('var/cache')]]);
    assert.deepEqual(r.wasted.map((w) => [w.path, w.bytes, w.how]), [['/var/cache/a', 30, 'deleted'], ['/var/cache/sub/b', 20, 'deleted']]);
    assert.equal(r.visibleSize, 0);
  });

  it('hides lower content under an opaque directory but keeps what the same layer adds there', () => {
    const r = report([
      [file('etc/a', 5), file('etc/b', 7), file('other', 1)],
      [file('etc/c', 3), opaque('etc')], // marker after the new file: order inside a layer does not matter
    ]);
    assert.deepEqual(r.wasted.map((w) => [w.path, w.bytes, w.how, w.hiddenInLayer]), [['/etc/b', 7, 'deleted', 1], ['/etc/a', 5, 'deleted', 1]]);
    assert.equal(r.visibleSize, 4);
  });

  it('reports a replaced file, largest first', () => {
    const r = report([[file('app.jar', 100), file('cfg', 300)], [file('app.jar', 120)], [file('cfg', 1)]]);
    assert.deepEqual(r.wasted.map((w) => [w.path, w.bytes, w.how, w.addedInLayer, w.hiddenInLayer]), [
      ['/cfg', 300, 'replaced', 0, 2],
      ['/app.jar', 100, 'replaced', 0, 1],
    ]);
    assert.equal(r.totalSize, 521);
    assert.equal(r.visibleSize, 121);
    assert.equal(r.wastedBytes, 400);
  });

  it('reports a directory replaced by a file, and a file replaced by a directory', () => {
    const r = report([[file('d/x', 4), file('f', 9)], [file('d', 1), file('f/inner', 2)]]);
    assert.deepEqual(r.wasted.map((w) => [w.path, w.bytes, w.how]), [['/f', 9, 'replaced'], ['/d/x', 4, 'replaced']]);
    assert.equal(r.visibleSize, 3);
  });

  it('merges a directory entry over a lower directory without hiding its files', () => {
    const r = report([[dir('usr'), file('usr/a', 8)], [dir('usr/'), file('usr/b', 2)]]);
    assert.deepEqual(r.wasted, []);
    assert.equal(r.visibleSize, 10);
  });

  it('ignores whiteouts of paths that do not exist and aufs bookkeeping entries', () => {
    const r = report([[file('a', 1)], [whiteout('nothing/here'), file('.wh..wh.plnk/1.2', 0), whiteout('zzz')]]);
    assert.deepEqual(r.wasted, []);
    assert.equal(r.layers[1].entries, 3);
    assert.equal(r.visibleSize, 1);
  });

  it('reports a symlink replaced by a file by its target length', () => {
    const r = report([[symlink('lib', 'usr/lib')], [file('lib', 3)]]);
    assert.deepEqual(r.wasted.map((w) => [w.path, w.bytes]), [['/lib', 7]]);
  });

  it('keeps empty layers (a no-op RUN) with size 0', () => {
    const r = report([[file('a', 2)], [], [file('b', 3)]]);
    assert.deepEqual(r.layers.map((l) => [l.index, l.size, l.entries]), [[0, 2, 1], [1, 0, 0], [2, 3, 1]]);
  });

  it('treats a repeated identical layer as content that replaces itself', () => {
    const r = report([[file('x', 6)], [file('x', 6)]]);
    assert.equal(r.totalSize, 12);
    assert.equal(r.visibleSize, 6);
    assert.deepEqual(r.wasted.map((w) => [w.path, w.addedInLayer, w.hiddenInLayer]), [['/x', 0, 1]]);
  });

  it('normalizes ./, leading / and // in entry paths', () => {
    const r = report([[file('./a//b', 5)], [file('/a/b', 1)]]);
    assert.deepEqual(r.wasted.map((w) => w.path), ['/a/b']);
  });

  it('fills the contract fields and pairs created_by with non-empty history entries', () => {
    const r = buildImageReport({
      source: 'docker-archive:x.tar',
      id: 'sha256:abc',
      tags: ['t:1'],
      config: config(2, [layerEntry('base'), { createdBy: 'ENV A=1', emptyLayer: true }, layerEntry('RUN x # buildkit')]),
      layers: [[file('a', 1)], [file('b', 2)]],
      containers: [{ id: 'c1', name: 'web', state: 'running', sizeRw: 5, sizeRootFs: 8 }],
    });
    assert.deepEqual(r, {
      source: 'docker-archive:x.tar',
      id: 'sha256:abc',
      tags: ['t:1'],
      layers: [
        { index: 0, diffId: `sha256:${'0'.repeat(64)}`, size: 1, createdBy: 'base', line: null, instruction: null, wastedBytes: 0, entries: 1 },
        { index: 1, diffId: `sha256:${'0'.repeat(63)}1`, size: 2, createdBy: 'RUN x # buildkit', line: null, instruction: null, wastedBytes: 0, entries: 1 },
      ],
      totalSize: 3,
      visibleSize: 3,
      wastedBytes: 0,
      efficiency: 1,
      wasted: [],
      containers: [{ id: 'c1', name: 'web', state: 'running', sizeRw: 5, sizeRootFs: 8 }],
      warnings: [],
    });
  });

  it('warns when history and layers disagree', () => {
    const r = buildImageReport({
      source: 's', id: 'i', tags: [], config: config(2, [layerEntry('only one')]), layers: [[], []],
    });
    assert.deepEqual(r.warnings, ['the history has 1 non-empty entries for 2 layers: created_by may be misattributed']);
    assert.deepEqual(r.layers.map((l) => l.createdBy), ['only one', '']);
  });

  it('reports efficiency 1 for an image without content', () => {
    const r = report([[dir('a')]]);
    assert.equal(r.efficiency, 1);
    assert.equal(r.totalSize, 0);
  });
});
