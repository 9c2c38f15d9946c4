/**
 * Keyboard movement over the picture: one tab stop (roving tabindex), arrows move between items. Moves are
 * computed over the places of all items, drawn or not: a long picture only has DOM nodes near the viewport.
 */
import type { NavPlace } from '../../server/src/core/view/layout';

export const NAV_SELECTOR = '.lw-nav';

/** Where an item stands in the keyboard grid. */
export interface NavSpot {
  readonly col: number;
  readonly row: number;
}

/** The places of one picture by column, each column top to bottom. */
export class NavGrid {
  private readonly columns = new Map<number, NavPlace[]>();
  private readonly order: number[];

  constructor(readonly places: readonly NavPlace[]) {
    for (const place of places) {
      const column = this.columns.get(place.col);
      if (column) column.push(place);
      else this.columns.set(place.col, [place]);
    }
    for (const column of this.columns.values()) column.sort((a, b) => a.row - b.row);
    this.order = [...this.columns.keys()].sort((a, b) => a - b);
  }

  at(spot: NavSpot): NavPlace | undefined {
    return this.columns.get(spot.col)?.find((p) => p.row === spot.row);
  }

  /** The item an arrow (or Home/End) key leads to from `from`, or undefined when the key is not a move. */
  neighbour(from: NavSpot, key: string): NavPlace | undefined {
    const column = this.columns.get(from.col) ?? [];
    const index = column.findIndex((p) => p.row === from.row);
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
        const next = this.order[this.order.indexOf(from.col) + (key === 'ArrowLeft' ? -1 : 1)];
        if (next === undefined) return undefined;
        const target = this.columns.get(next) ?? [];
        return target.find((p) => p.row >= from.row) ?? target[target.length - 1];
      }
      default:
        return undefined;
    }
  }

  /** The item of an instruction line: layers, headers and config rows (not the collapsed base blocks). */
  atLine(line: number): NavPlace | undefined {
    return this.places.find((p) => p.kind !== 'base' && p.kind !== 'inherited' && line >= p.line && line <= p.endLine);
  }
}

export function spotOf(item: Element): NavSpot {
  return { col: Number(item.getAttribute('data-col')), row: Number(item.getAttribute('data-row')) };
}

/** The DOM node of an item, when it is drawn. */
export function itemAt(root: ParentNode, spot: NavSpot): SVGGElement | undefined {
  return root.querySelector<SVGGElement>(`${NAV_SELECTOR}[data-col="${spot.col}"][data-row="${spot.row}"]`) ?? undefined;
}

/** Makes `item` the one tab stop and optionally focuses it. */
export function makeCurrent(root: ParentNode, item: Element | undefined, focus: boolean): void {
  const target = item ?? root.querySelector(`${NAV_SELECTOR}[tabindex="0"]`) ?? root.querySelector(NAV_SELECTOR);
  // Only the items whose tab stop changes are touched.
  for (const other of Array.from(root.querySelectorAll(`${NAV_SELECTOR}[tabindex="0"]`))) if (other !== target) other.setAttribute('tabindex', '-1');
  if (!target) return;
  if (target.getAttribute('tabindex') !== '0') target.setAttribute('tabindex', '0');
  if (focus) (target as SVGGElement).focus();
}
