/** Keyboard movement over the picture: one tab stop (roving tabindex), arrows move between items. */

export const NAV_SELECTOR = '.lw-nav';

function items(root: ParentNode): SVGGElement[] {
  return Array.from(root.querySelectorAll<SVGGElement>(NAV_SELECTOR));
}

function position(item: Element): { col: number; row: number } {
  return { col: Number(item.getAttribute('data-col')), row: Number(item.getAttribute('data-row')) };
}

/** Makes `item` the one tab stop and optionally focuses it. */
export function makeCurrent(root: ParentNode, item: Element | undefined, focus: boolean): void {
  const target = item ?? root.querySelector(`${NAV_SELECTOR}[tabindex="0"]`) ?? root.querySelector(NAV_SELECTOR);
  // Only the items whose tab stop changes are touched: a redraw of 1,000+ blocks stays cheap.
  for (const other of Array.from(root.querySelectorAll(`${NAV_SELECTOR}[tabindex="0"]`))) if (other !== target) other.setAttribute('tabindex', '-1');
  if (!target) return;
  if (target.getAttribute('tabindex') !== '0') target.setAttribute('tabindex', '0');
  if (focus) (target as SVGGElement).focus();
}

/** The item an arrow key leads to from `from`, or undefined when the key is not a move. */
export function neighbour(root: ParentNode, from: Element, key: string): SVGGElement | undefined {
  const all = items(root);
  const { col, row } = position(from);
  const inColumn = (c: number) => all.filter((i) => position(i).col === c).sort((a, b) => position(a).row - position(b).row);
  const column = inColumn(col);
  const index = column.indexOf(from as SVGGElement);
  switch (key) {
    case 'ArrowUp':
      return column[Math.max(0, index - 1)];
    case 'ArrowDown':
      return column[Math.min(column.length - 1, index + 1)];
    case 'Home':
      return column[0];
    case 'End':
      return column[column.length - 1];
    case 'ArrowLeft':
    case 'ArrowRight': {
      const columns = [...new Set(all.map((i) => position(i).col))].sort((a, b) => a - b);
      const next = columns[columns.indexOf(col) + (key === 'ArrowLeft' ? -1 : 1)];
      if (next === undefined) return undefined;
      const target = inColumn(next);
      return target.find((i) => position(i).row >= row) ?? target[target.length - 1];
    }
    default:
      return undefined;
  }
}
