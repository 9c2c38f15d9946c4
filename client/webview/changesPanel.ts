/**
 * The panel under the toolbar that lists an opened container's changes. Built with createElement and
 * textContent only: paths come from the container and are never markup.
 */
import type { ChangesView } from '../../server/src/core/view/changes';

export function showChanges(panel: HTMLElement, view: ChangesView, containerId: string): void {
  const close = element('button', 'changes-close', '×');
  close.type = 'button';
  close.title = 'Close the list of changes';
  close.setAttribute('aria-label', close.title);
  close.addEventListener('click', () => hideChanges(panel));
  const header = element('div', 'changes-header');
  header.append(element('h2', 'changes-title', view.title), close);
  const parts: HTMLElement[] = [header, element('p', 'changes-summary', view.summary)];
  for (const group of view.groups) {
    const list = element('ul', `changes-list changes-${group.kind}`);
    list.append(...group.paths.map((path) => element('li', '', path)));
    if (group.more > 0) list.append(element('li', 'changes-more', `… and ${group.more} more`));
    parts.push(element('h3', '', group.heading), list);
  }
  panel.replaceChildren(...parts);
  panel.setAttribute('data-container-id', containerId);
  panel.hidden = false;
}

/** An element with a class and its text, as text: never markup. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (className) made.className = className;
  made.textContent = text;
  return made;
}

export function hideChanges(panel: HTMLElement): void {
  panel.hidden = true;
  panel.replaceChildren();
  panel.removeAttribute('data-container-id');
}
