import { RectIndex, type Rect } from './RectIndex';

/** A marker as laid out on screen (layer pixels), for `declutter`. */
export interface LayoutItem {
  id: string;
  x: number;
  y: number;
  /** Badge diameter. */
  size: number;
  labelWidth: number;
  labelHeight: number;
}

export interface Placement {
  /** Offset of the badge from the true position (0, 0 when it fits there). */
  dx: number;
  dy: number;
  /** Where the name goes: after the badge in reading order, before it, above, below, or nowhere. */
  label: 'end' | 'start' | 'above' | 'below' | 'none';
}

export type { Rect };

const GAP = 3;
const LABEL_GAP = 4;
const RINGS = 3;
const ANGLES = [-90, -45, 0, 45, 90, 135, 180, 225].map((a) => (a * Math.PI) / 180);

function badgeRect(x: number, y: number, size: number): Rect {
  const r = size / 2 + GAP;
  return { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
}

/** The nearest offset from (x, y) where the badge covers nothing taken; (0, 0) if none. */
function freeSpot(item: LayoutItem, taken: RectIndex): [number, number] {
  if (!taken.overlaps(badgeRect(item.x, item.y, item.size))) return [0, 0];
  for (let ring = 1; ring <= RINGS; ring++) {
    const radius = ring * (item.size / 2 + GAP * 2 + 6);
    for (const angle of ANGLES) {
      const dx = Math.round(Math.cos(angle) * radius);
      const dy = Math.round(Math.sin(angle) * radius);
      if (!taken.overlaps(badgeRect(item.x + dx, item.y + dy, item.size))) return [dx, dy];
    }
  }
  return [0, 0];
}

function within(a: Rect, view: Rect | null): boolean {
  return !view || (a.x0 >= view.x0 && a.x1 <= view.x1 && a.y0 >= view.y0 && a.y1 <= view.y1);
}

/**
 * Where to draw each badge and its name so that they do not cover one another. Items are
 * taken in the order given (most important first). Badges first: each keeps its true
 * position if it is free, or moves to the nearest free spot on up to RINGS rings around it.
 * Then names: after the badge, else before, above or below it, else left out; a name
 * must also lie inside `view` (the visible area) when it is given. `rtl`: "after" is to
 * the left. `obstacles` (the map's controls) are avoided like other badges, so that no marker
 * hides, even partly, under a button.
 */
export function declutter(
  items: readonly LayoutItem[],
  rtl: boolean,
  view: Rect | null = null,
  obstacles: readonly Rect[] = [],
): Map<string, Placement> {
  const taken = new RectIndex(obstacles);
  const spots = items.map((item) => {
    const [dx, dy] = freeSpot(item, taken);
    taken.add(badgeRect(item.x + dx, item.y + dy, item.size));
    return { item, dx, dy };
  });
  const out = new Map<string, Placement>();
  for (const { item, dx, dy } of spots) {
    const x = item.x + dx;
    const y = item.y + dy;
    const half = item.size / 2 + LABEL_GAP;
    const top = y - item.labelHeight / 2;
    const bottom = y + item.labelHeight / 2;
    const right: Rect = { x0: x + half, y0: top, x1: x + half + item.labelWidth, y1: bottom };
    const left: Rect = { x0: x - half - item.labelWidth, y0: top, x1: x - half, y1: bottom };
    const [end, start] = rtl ? [left, right] : [right, left];
    const x0 = x - item.labelWidth / 2;
    const x1 = x + item.labelWidth / 2;
    const rise = item.size / 2 + LABEL_GAP;
    const candidates: [Placement['label'], Rect][] = [
      ['end', end],
      ['start', start],
      ['above', { x0, x1, y0: y - rise - item.labelHeight, y1: y - rise }],
      ['below', { x0, x1, y0: y + rise, y1: y + rise + item.labelHeight }],
    ];
    const free = candidates.find(([, rect]) => !taken.overlaps(rect) && within(rect, view));
    if (free) taken.add(free[1]);
    out.set(item.id, { dx, dy, label: free ? free[0] : 'none' });
  }
  return out;
}
