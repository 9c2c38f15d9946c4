import * as assert from 'node:assert/strict';
import { exportBytes, parseViewMessage } from '../../../client/src/layerView/viewMessages';

describe('messages from the layer webview', () => {
  it('accepts the well-formed messages', () => {
    assert.deepEqual(parseViewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseViewMessage({ type: 'reveal', line: 12, extra: 'ignored' }), { type: 'reveal', line: 12 });
    assert.deepEqual(parseViewMessage({ type: 'openContainer', id: 'ab'.repeat(32) }), { type: 'openContainer', id: 'ab'.repeat(32) });
    const rendered = { type: 'rendered', version: 3, layerBlocks: 7, drawnBlocks: 5, drawMs: 1.5, waitMs: 4.25, receivedAt: 1764100000000.5, drawnAt: 1764100000006.25 };
    assert.deepEqual(parseViewMessage(rendered), rendered);
    assert.deepEqual(parseViewMessage({ type: 'export', format: 'svg', data: '<svg a="1"></svg>\n' }), { type: 'export', format: 'svg', data: '<svg a="1"></svg>\n' });
    assert.deepEqual(parseViewMessage({ type: 'export', format: 'png', data: 'data:image/png;base64,iVBORw0KGgo=' }), { type: 'export', format: 'png', data: 'data:image/png;base64,iVBORw0KGgo=' });
  });

  it('refuses anything else', () => {
    for (const bad of [
      null, undefined, 42, 'reveal', [], {}, { type: 'unknown' }, { type: 'toString' },
      { type: 'reveal' }, { type: 'reveal', line: -1 }, { type: 'reveal', line: 1.5 }, { type: 'reveal', line: '3' }, { type: 'reveal', line: Number.NaN },
      { type: 'reveal', line: 1e12 },
      { type: 'openContainer' }, { type: 'openContainer', id: 42 }, { type: 'openContainer', id: 'abc' }, { type: 'openContainer', id: '../'.repeat(22).slice(0, 64) },
      { type: 'openContainer', id: 'AB'.repeat(32) }, { type: 'openContainer', id: `${'a'.repeat(64)}\n` }, { type: 'openContainer', id: 'a'.repeat(65) },
      { type: 'export', format: 'pdf', data: '<svg></svg>' }, { type: 'export', format: 'svg', data: 5 },
      { type: 'export', format: 'svg', data: '<html><svg></svg>' }, { type: 'export', format: 'png', data: 'data:text/html;base64,PGI+' },
      { type: 'export', format: 'png', data: 'data:image/png;base64,<script>' },
      { type: 'rendered', version: 1 }, { type: 'rendered', version: 1, layerBlocks: 2, drawnBlocks: 2, drawMs: -1, waitMs: 0, receivedAt: 0 },
      { type: 'rendered', version: 1, layerBlocks: 2, drawnBlocks: 2, drawMs: Infinity, waitMs: 0, receivedAt: 0 },
      { type: 'rendered', version: 1, layerBlocks: 2, drawnBlocks: 2.5, drawMs: 1, waitMs: 0, receivedAt: 0 },
      { type: 'rendered', version: 1, layerBlocks: 2, drawnBlocks: 2, drawMs: 1, waitMs: Number.NaN, receivedAt: 0 },
      { type: 'rendered', version: 1, layerBlocks: 2, drawnBlocks: 2, drawMs: 1, waitMs: 0, receivedAt: '0', drawnAt: 0 },
      { type: 'rendered', version: 1, layerBlocks: 2, drawnBlocks: 2, drawMs: 1, waitMs: 0, receivedAt: 0 },
      { type: 'rendered', version: 1, layerBlocks: 2, drawnBlocks: 2, drawMs: 1, waitMs: 0, receivedAt: 0, drawnAt: -5 },
    ]) {
      assert.equal(parseViewMessage(bad), null, JSON.stringify(bad));
    }
  });

  it('decodes the bytes to save', () => {
    assert.deepEqual([...exportBytes('png', 'data:image/png;base64,iVBORw==')], [0x89, 0x50, 0x4e, 0x47]);
    assert.equal(new TextDecoder().decode(exportBytes('svg', '<svg>é</svg>')), '<svg>é</svg>');
  });
});
