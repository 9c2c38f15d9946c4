import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/analysis';
import { el, escapeAttribute, escapeText, renderLayerSvg, safeColour, toSvgMarkup } from '../../../server/src/core/view';

const EVIL = '<img src=x onerror=alert(1)>';
/** Element names the renderer itself uses: anything else in the markup came from the Dockerfile. */
const OWN_TAGS = new Set(['svg', 'style', 'defs', 'marker', 'path', 'rect', 'g', 'text', 'title']);

function tagsOf(markup: string): string[] {
  return [...markup.matchAll(/<([A-Za-z][\w:-]*)/g)].map((m) => m[1]);
}

/** Every tag: since text and values escape `<` and `>`, each `<…>` in the markup is one the renderer wrote. */
function tagTextsOf(markup: string): string[] {
  return [...markup.matchAll(/<[^>]*>/g)].map((m) => m[0]);
}

/** An opening or closing tag made only of plain names and double-quoted values without markup characters. */
const WELL_FORMED_TAG = /^<(\/[A-Za-z]+|[A-Za-z]+(\s+[A-Za-z_:][\w:.-]*="[^"<>]*")*\s*\/?)>$/;

for (const eol of ['\n', '\r\n']) {
  describe(`layer SVG escaping (${JSON.stringify(eol)})`, () => {
    const text = [
      `FROM alpine AS ${'x'}`,
      `LABEL note="${EVIL}"`,
      `RUN echo '${EVIL}' "a\\" onload=\\"x"`,
      `LABEL a='</text><script>alert(1)</script>'`,
      `FROM ${EVIL}`,
      `COPY --from=x "/a&b" '/c"d'`,
      `VOLUME ["/data ${EVIL}"]`,
    ].join(eol) + eol;
    const svg = renderLayerSvg(analyze(text).layerModel, { title: `Docker${EVIL}file`, findings: [{ line: 2, severity: 'warning', message: EVIL }] });

    it('creates no element the renderer does not draw itself', () => {
      assert.deepEqual([...new Set(tagsOf(svg))].filter((t) => !OWN_TAGS.has(t)), []);
    });

    it('creates no attribute: every tag is well formed and none has an event handler', () => {
      const tags = tagTextsOf(svg);
      assert.ok(tags.length > 50);
      assert.deepEqual(tags.filter((t) => !WELL_FORMED_TAG.test(t)), []);
      assert.deepEqual(tags.map((t) => t.replace(/="[^"]*"/g, '=')).filter((t) => /\son\w*=/i.test(t)), []);
    });

    it('keeps the text, escaped', () => {
      assert.ok(svg.includes('&lt;img src=x onerror=alert(1)&gt;'));
      assert.ok(svg.includes('&lt;/text&gt;&lt;script&gt;'));
    });
  });
}

describe('escaping helpers', () => {
  it('escapes markup characters in text and attribute values', () => {
    assert.equal(escapeText('a<b>&c'), 'a&lt;b&gt;&amp;c');
    assert.equal(escapeAttribute(`"x' onload="y`), '&quot;x&#39; onload=&quot;y');
  });

  it('drops characters XML cannot hold', () => {
    assert.equal(escapeText('a\u0000b\u001bc\ud800d'), 'abcd');
    assert.equal(escapeText('emoji 🐳'), 'emoji 🐳');
  });

  it('refuses element and attribute names that are not plain names, and event handlers', () => {
    assert.throws(() => toSvgMarkup(el('img src=x', {})));
    assert.throws(() => toSvgMarkup(el('g', { 'x onload': '1' })));
    assert.throws(() => toSvgMarkup(el('g', { onclick: 'x' })));
  });

  it('uses only colours that cannot break out of a CSS rule', () => {
    assert.equal(safeColour(' #1e1e1e ', '#fff'), '#1e1e1e');
    assert.equal(safeColour('rgba(0, 0, 0, 0.5)', '#fff'), 'rgba(0, 0, 0, 0.5)');
    assert.equal(safeColour('red;}</style><script>', '#fff'), '#fff');
  });
});
