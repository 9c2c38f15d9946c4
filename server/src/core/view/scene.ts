/**
 * A drawing as plain data: SVG elements with attributes and text. The CLI serializes it to markup with
 * `toSvgMarkup`; the webview builds DOM nodes from it with createElementNS/setAttribute/textContent.
 * Strings from the Dockerfile only ever land in attribute values and text, never in names or markup.
 */

export interface SceneElement {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string | number>>;
  readonly children: readonly SceneNode[];
}

export interface SceneText {
  readonly text: string;
}

export type SceneNode = SceneElement | SceneText;

export const SVG_NS = 'http://www.w3.org/2000/svg';

export function el(tag: string, attrs: Record<string, string | number | undefined>, ...children: (SceneNode | string)[]): SceneElement {
  const clean: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) clean[name] = value;
  return { tag, attrs: clean, children: children.map((c) => (typeof c === 'string' ? { text: c } : c)) };
}

export function isText(node: SceneNode): node is SceneText {
  return 'text' in node;
}

// Names come from our code; refusing anything else keeps a bug from turning into markup injection.
const NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;

/** Characters XML 1.0 does not allow at all (controls, lone surrogates, U+FFFE/FFFF): dropped. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeText(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Standalone SVG markup (with the XML namespace on the root). */
export function toSvgMarkup(root: SceneElement): string {
  const withNs = root.tag === 'svg' && !('xmlns' in root.attrs) ? { ...root, attrs: { xmlns: SVG_NS, ...root.attrs } } : root;
  return `${serialize(withNs)}\n`;
}

function serialize(node: SceneNode): string {
  if (isText(node)) return escapeText(node.text);
  if (!NAME.test(node.tag)) throw new Error(`invalid element name ${JSON.stringify(node.tag)}`);
  const attrs = Object.entries(node.attrs).map(([name, value]) => {
    if (!NAME.test(name) || /^on/i.test(name)) throw new Error(`invalid attribute name ${JSON.stringify(name)}`);
    return ` ${name}="${escapeAttribute(String(value))}"`;
  });
  const open = `<${node.tag}${attrs.join('')}`;
  if (node.children.length === 0) return `${open}/>`;
  return `${open}>${node.children.map(serialize).join('')}</${node.tag}>`;
}

/** Every element of the scene, depth first: for tests and counting. */
export function* elements(node: SceneNode): Generator<SceneElement> {
  if (isText(node)) return;
  yield node;
  for (const child of node.children) yield* elements(child);
}

export function hasClass(node: SceneElement, name: string): boolean {
  return String(node.attrs.class ?? '').split(/\s+/).includes(name);
}
