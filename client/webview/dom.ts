/**
 * Builds SVG DOM from a scene and patches it from one scene to the next: names come from our code, values go
 * only through setAttribute and text nodes. Patching keeps a redraw after a keystroke proportional to what
 * changed, not to the 1,000+ blocks of a long Dockerfile.
 */
import { isText, SVG_NS, type SceneElement, type SceneNode } from '../../server/src/core/view/scene';

export function toDom(node: SceneElement): SVGElement {
  const element = document.createElementNS(SVG_NS, node.tag) as SVGElement;
  for (const [name, value] of Object.entries(node.attrs)) {
    // The scene never carries handlers; refusing them here keeps it that way whatever a bug adds.
    if (!isHandler(name)) element.setAttribute(name, String(value));
  }
  for (const child of node.children) element.appendChild(childDom(child));
  return element;
}

function childDom(node: SceneNode): Node {
  return isText(node) ? document.createTextNode(node.text) : toDom(node);
}

function isHandler(name: string): boolean {
  return /^on/i.test(name);
}

/** Turns `dom`, drawn from `old`, into the drawing of `next`; returns the node now standing for `next`. */
export function patch(dom: Node, old: SceneNode, next: SceneNode): Node {
  if (old === next) return dom;
  if (isText(old) || isText(next) || old.tag !== next.tag) {
    if (isText(old) && isText(next)) {
      if (old.text !== next.text) dom.nodeValue = next.text;
      return dom;
    }
    const fresh = childDom(next);
    dom.parentNode?.replaceChild(fresh, dom);
    return fresh;
  }
  const element = dom as Element;
  for (const name of Object.keys(old.attrs)) if (!(name in next.attrs)) element.removeAttribute(name);
  for (const [name, value] of Object.entries(next.attrs)) {
    if (old.attrs[name] !== value && !isHandler(name)) element.setAttribute(name, String(value));
  }
  patchChildren(element, old.children, next.children);
  return element;
}

/** Children matched by key (a block's layer id, else its tag and class and rank among equals). */
function patchChildren(parent: Element, old: readonly SceneNode[], next: readonly SceneNode[]): void {
  const current = Array.from(parent.childNodes);
  const byKey = new Map<string, { node: SceneNode; dom: Node }>();
  keys(old).forEach((key, i) => {
    if (current[i]) byKey.set(key, { node: old[i], dom: current[i] });
  });
  const wanted = keys(next).map((key, i) => {
    const match = byKey.get(key);
    if (!match) return childDom(next[i]);
    byKey.delete(key);
    return patch(match.dom, match.node, next[i]);
  });
  for (const { dom } of byKey.values()) dom.parentNode?.removeChild(dom);
  wanted.forEach((node, i) => {
    const at = parent.childNodes[i];
    if (at !== node) parent.insertBefore(node, at ?? null);
  });
}

function keys(nodes: readonly SceneNode[]): string[] {
  const seen = new Map<string, number>();
  return nodes.map((node) => {
    const base = isText(node) ? '#text' : String(node.attrs['data-layer'] ?? `${node.tag}.${node.attrs.class ?? ''}`);
    const rank = seen.get(base) ?? 0;
    seen.set(base, rank + 1);
    return `${base}#${rank}`;
  });
}
