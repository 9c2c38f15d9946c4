/**
 * The picture's style rules, written once over named colour roles. The webview fills the roles with
 * `var(--lw-role)` (mapped to `--vscode-*` theme colours in media/layerView.css); an export fills them with the
 * colours resolved at that moment; the CLI uses LIGHT_PALETTE.
 */

export const PALETTE_ROLES = [
  'background', 'foreground', 'muted', 'layer', 'layerBorder', 'base', 'inherited', 'buildOnly', 'target',
  'container', 'containerBorder', 'volume', 'arrow', 'card', 'cardBorder', 'warning', 'error', 'info', 'focus', 'current',
] as const;

export type PaletteRole = (typeof PALETTE_ROLES)[number];
export type Palette = Readonly<Record<PaletteRole, string>>;

export const LIGHT_PALETTE: Palette = {
  background: '#ffffff',
  foreground: '#1f2328',
  muted: '#6e7781',
  layer: '#ddeeff',
  layerBorder: '#4a7fb5',
  base: '#e8e8e8',
  inherited: '#e4ddf4',
  buildOnly: '#8c959f',
  target: '#1a7f37',
  container: '#fff4d6',
  containerBorder: '#bf8700',
  volume: '#d8f3e3',
  arrow: '#8250df',
  card: '#f6f8fa',
  cardBorder: '#d0d7de',
  warning: '#bf8700',
  error: '#cf222e',
  info: '#0969da',
  focus: '#0969da',
  current: '#fff8c5',
};

const RULES = `
.lw-root{font-family:{font};font-size:12px;fill:{foreground}}
.lw-bg{fill:{background}}
.lw-title{font-size:14px;font-weight:600}
.lw-muted,.lw-sub{fill:{muted}}
.lw-sub{font-size:11px}
.lw-block rect.lw-box{fill:{layer};stroke:{layerBorder};stroke-width:1}
.lw-base rect.lw-box{fill:{base};stroke:{muted};stroke-dasharray:4 3}
.lw-inherited rect.lw-box{fill:{inherited};stroke:{layerBorder};stroke-dasharray:4 3}
.lw-build-only .lw-block rect.lw-box{fill:{background};stroke:{buildOnly};stroke-dasharray:5 3}
.lw-build-only .lw-stage-name{fill:{buildOnly}}
.lw-target-frame{fill:none;stroke:{target};stroke-width:2}
.lw-target-badge{fill:{target};font-weight:600}
.lw-stage-name{font-weight:600}
.lw-line{fill:{muted};font-size:11px}
.lw-finding{font-size:11px}
.lw-sev-error{fill:{error}}
.lw-sev-warning{fill:{warning}}
.lw-sev-info,.lw-sev-hint{fill:{info}}
.lw-badge-warning{fill:{warning}}
.lw-badge-error{fill:{error}}
.lw-badge-info,.lw-badge-hint{fill:{info}}
.lw-badge-text{fill:{background};font-size:10px;font-weight:700}
.lw-card rect{fill:{card};stroke:{cardBorder}}
.lw-config rect.lw-box{fill:{card};stroke:none}
.lw-container rect.lw-box{fill:{container};stroke:{containerBorder};stroke-width:1.5}
.lw-running rect.lw-box{stroke-width:2.5}
.lw-size-bar{fill:{layerBorder};opacity:.85}
.lw-base .lw-size-bar{fill:{muted}}
.lw-halo{paint-order:stroke;stroke:{background};stroke-width:4px;stroke-linejoin:round}
.lw-share{stroke:{containerBorder};stroke-dasharray:2 3;fill:none}
.lw-volume .lw-box{fill:{volume};stroke:{target}}
.lw-volume-link{stroke:{target};stroke-dasharray:4 3;fill:none}
.lw-arrow{stroke:{arrow};stroke-width:1.5;fill:none}
.lw-arrow-mount{stroke-dasharray:5 3}
.lw-arrowhead{fill:{arrow}}
.lw-arrow-label{fill:{arrow};font-size:10px}
.lw-legend{fill:{muted};font-size:11px}
.lw-current rect.lw-box{fill:{current};stroke:{focus};stroke-width:2}
.lw-nav:focus{outline:none}
.lw-nav:focus rect.lw-box{stroke:{focus};stroke-width:2.5}
.lw-nav{cursor:pointer}
`;

/** CSS for the picture's classes with each `{role}` replaced by `paint(role)`. */
export function sceneCss(paint: (role: PaletteRole) => string, font = 'ui-monospace, Menlo, Consolas, monospace'): string {
  return RULES.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === 'font') return font;
    if (!(PALETTE_ROLES as readonly string[]).includes(name)) throw new Error(`unknown colour role ${name}`);
    return paint(name as PaletteRole);
  }).trim();
}

/** A colour from outside (a theme, a computed style) is only used when it cannot break out of the rule. */
export function safeColour(value: string, fallback: string): string {
  const v = value.trim();
  return /^(#[0-9a-fA-F]{3,8}|rgba?\([0-9.,%\s]+\)|hsla?\([0-9.,%\sdeg]+\)|[a-zA-Z]+)$/.test(v) ? v : fallback;
}
