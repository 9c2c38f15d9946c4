/** Builds SVG DOM from a scene: names from our code, values only through setAttribute and textContent. */
import { isText, SVG_NS, type SceneElement, type SceneNode } from '../../server/src/core/view/scene';

export function toDom(node: SceneElement): SVGElement {
  const element = document.createElementNS(SVG_NS, node.tag) as SVGElement;
  for (const [name, value] of Object.entries(node.attrs)) {
    // The scene never carries handlers; refusing them here keeps it that way whatever a bug adds.
    if (/^on/i.test(name)) continue;
    element.setAttribute(name, String(value));
  }
  for (const child of node.children) element.appendChild(childDom(child));
  return element;
}

function childDom(node: SceneNode): Node {
  return isText(node) ? document.createTextNode(node.text) : toDom(node);
}
