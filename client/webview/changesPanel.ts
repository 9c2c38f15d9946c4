/**
 * The panel under the toolbar that lists an opened container's changes. Built with createElement and
 * textContent only: paths come from the container and are never markup.
 */
import type { ChangesView } from '../../server/src/core/view/changes';

export function showChanges(panel: HTMLElement, view: ChangesView, containerId: string): void {
  const title = document.createElement('h2');
  title.className = 'changes-title';
  title.textContent = view.title;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'changes-close';
  close.title = 'Close the list of changes';
  close.setAttribute('aria-label', 'Close the list of changes');
  close.textContent = '×';
  close.addEventListener('click', () => hideChanges(panel));
  const header = document.createElement('div');
  header.className = 'changes-header';
  header.append(title, close);
  const summary = document.createElement('p');
  summary.className = 'changes-summary';
  summary.textContent = view.summary;
  const parts: HTMLElement[] = [header, summary];
  for (const group of view.groups) {
    const heading = document.createElement('h3');
    heading.textContent = group.heading;
    const list = document.createElement('ul');
    list.className = `changes-list changes-${group.kind}`;
    for (const path of group.paths) {
      const item = document.createElement('li');
      item.textContent = path;
      list.append(item);
    }
    if (group.more > 0) {
      const more = document.createElement('li');
      more.className = 'changes-more';
      more.textContent = `… and ${group.more} more`;
      list.append(more);
    }
    parts.push(heading, list);
  }
  panel.replaceChildren(...parts);
  panel.setAttribute('data-container-id', containerId);
  panel.hidden = false;
}

export function hideChanges(panel: HTMLElement): void {
  panel.hidden = true;
  panel.replaceChildren();
  panel.removeAttribute('data-container-id');
}
