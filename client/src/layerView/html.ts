/** The webview's HTML shell: strict CSP with a fresh nonce per render, the script and stylesheet as files. */
import * as crypto from 'node:crypto';

export interface ShellResources {
  /** `webview.cspSource`: the origin the webview loads local resources from. */
  readonly cspSource: string;
  readonly scriptUri: string;
  readonly styleUri: string;
}

export function newNonce(): string {
  return crypto.randomBytes(16).toString('base64');
}

/**
 * Nothing in the shell comes from the Dockerfile: the picture is drawn by the script from messages.
 * The script fills the nonced, empty style element with the picture's rules (written once in
 * core/view/style.ts, which the extension host's bundle then need not carry); colours come from `--lw-*`
 * variables in media/layerView.css, which map them to the theme.
 */
export function shellHtml(resources: ShellResources, nonce: string): string {
  const csp = [
    "default-src 'none'",
    `img-src ${resources.cspSource} data:`,
    `style-src ${resources.cspSource} 'nonce-${nonce}'`,
    `font-src ${resources.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${resources.styleUri}">
<style id="picture-css" nonce="${nonce}"></style>
<title>Layers</title>
</head>
<body>
<header class="toolbar" role="toolbar" aria-label="Layer view">
  <span id="file" class="file" aria-live="polite"></span>
  <span class="spacer"></span>
  <label class="group" for="stage">Show
    <select id="stage" title="Draw every stage side by side, or one stage alone"><option value="">All stages</option></select>
  </label>
  <span class="group" role="group" aria-label="Containers">
    <button id="fewer" type="button" title="One container fewer" aria-label="One container fewer">−</button>
    <span id="count" aria-live="polite">2 containers</span>
    <button id="more" type="button" title="One container more" aria-label="One container more">+</button>
  </span>
  <button id="export-svg" type="button" title="Save the picture as SVG">Save SVG</button>
  <button id="export-png" type="button" title="Save the picture as PNG">Save PNG</button>
</header>
<section id="changes" class="changes" hidden aria-live="polite" aria-label="Changes of the opened container"></section>
<main id="picture" data-layerwise-view aria-label="Image layers; arrow keys move between layers, Enter shows the instruction"></main>
<p id="message" class="message" hidden></p>
<script nonce="${nonce}" src="${resources.scriptUri}"></script>
</body>
</html>
`;
}
