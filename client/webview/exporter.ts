/** The picture as a file: the same scene as on screen, with the theme's colours resolved and embedded. */
import { LIGHT_PALETTE, PALETTE_ROLES, safeColour, sceneCss, toSvgMarkup, type Palette, type SceneElement } from '../../server/src/core/view';

/** Colours of the current theme, read from the `--lw-*` variables media/layerView.css sets. */
export function themePalette(): Palette {
  const style = getComputedStyle(document.body);
  const entries = PALETTE_ROLES.map((role) => [role, safeColour(style.getPropertyValue(`--lw-${role}`), LIGHT_PALETTE[role])] as const);
  return Object.fromEntries(entries) as Record<(typeof PALETTE_ROLES)[number], string>;
}

export function svgMarkup(scene: (css: string) => SceneElement): string {
  const palette = themePalette();
  return toSvgMarkup(scene(sceneCss((role) => palette[role])));
}

/** Rasterizes SVG markup at 2× through an image and a canvas; resolves to a PNG data URL. */
export function pngDataUrl(svg: string, width: number, height: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const scale = 2;
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(width * scale);
      canvas.height = Math.ceil(height * scale);
      const context = canvas.getContext('2d');
      if (!context) return reject(new Error('no 2d canvas'));
      context.scale(scale, scale);
      context.drawImage(image, 0, 0, width, height);
      resolve(canvas.toDataURL('image/png'));
    };
    image.onerror = () => reject(new Error('the SVG could not be rasterized'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
}
