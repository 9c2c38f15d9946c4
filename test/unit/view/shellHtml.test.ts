import * as assert from 'node:assert/strict';
import { newNonce, shellHtml } from '../../../client/src/layerView/html';

describe('layer webview shell', () => {
  const nonce = newNonce();
  const html = shellHtml({ cspSource: 'https://webview.test', scriptUri: 'https://webview.test/dist/webview.js', styleUri: 'https://webview.test/media/layerView.css' }, nonce);
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';

  it('allows only the nonced script and style, nothing inline or remote', () => {
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, new RegExp(`script-src 'nonce-${nonce.replace(/[+/]/g, '\\$&')}'(;|$)`));
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
    assert.equal([...html.matchAll(/<script /g)].length, 1);
    assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline event handler');
    assert.match(html, new RegExp(`<style id="picture-css" nonce="${nonce.replace(/[+/]/g, '\\$&')}"></style>`), 'one empty nonced style element for the script to fill');
  });

  it('has a hidden, empty panel for an opened container\'s changes, filled only by the script', () => {
    assert.match(html, /<section id="changes" class="changes" hidden aria-live="polite" aria-label="Changes of the opened container"><\/section>/);
  });

  it('makes a fresh nonce each time', () => {
    assert.notEqual(newNonce(), newNonce());
  });
});
