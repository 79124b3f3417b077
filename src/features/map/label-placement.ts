import { RectIndex, type Rect } from './rect-index';

/** Something drawn at a fixed point of the map (layer pixels) with a name beside it. */
export interface LabelItem {
  id: string;
  x: number;
  y: number;
  /** Diameter of what is drawn at the point (a badge, a cluster's disc, a town's dot). */
  size: number;
  labelWidth: number;
  labelHeight: number;
}

/** Where a name goes: after the mark in reading order, before it, above, below, or nowhere. */
type LabelSide = 'end' | 'start' | 'above' | 'below' | 'none';

export type { Rect };

const LABEL_GAP = 4;

function markRect({ x, y, size }: LabelItem): Rect {
  const r = size / 2;
  return { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
}

function within(a: Rect, view: Rect | null): boolean {
  return !view || (a.x0 >= view.x0 && a.x1 <= view.x1 && a.y0 >= view.y0 && a.y1 <= view.y1);
}

/**
 * Where to write each name so that names cover neither one another nor any mark. Marks never
 * move (a place is drawn at its coordinates): only names do. `marks` are taken first, in the
 * order given (most important first), then `minor` (the basemap's towns), whose names give
 * way to every mark and name before them. A name goes after its mark, else before, above or
 * below it, else it is left out; it must lie inside `view` when one is given, and off the
 * `obstacles` (the map's controls). `rtl`: "after" is to the left.
 */
export function placeLabels(
  marks: readonly LabelItem[],
  rtl: boolean,
  view: Rect | null,
  obstacles: readonly Rect[] = [],
  minor: readonly LabelItem[] = [],
): Map<string, LabelSide> {
  const taken = new RectIndex(obstacles);
  for (const item of marks) taken.add(markRect(item));
  const out = new Map<string, LabelSide>();
  for (const item of [...marks, ...minor]) {
    const { x, y } = item;
    if (item.labelWidth <= 0) {
      out.set(item.id, 'none');
      continue;
    }
    const half = item.size / 2 + LABEL_GAP;
    const top = y - item.labelHeight / 2;
    const bottom = y + item.labelHeight / 2;
    const right: Rect = { x0: x + half, y0: top, x1: x + half + item.labelWidth, y1: bottom };
    const left: Rect = { x0: x - half - item.labelWidth, y0: top, x1: x - half, y1: bottom };
    const [end, start] = rtl ? [left, right] : [right, left];
    const x0 = x - item.labelWidth / 2;
    const x1 = x + item.labelWidth / 2;
    const candidates: [LabelSide, Rect][] = [
      ['end', end],
      ['start', start],
      ['above', { x0, x1, y0: y - half - item.labelHeight, y1: y - half }],
      ['below', { x0, x1, y0: y + half, y1: y + half + item.labelHeight }],
    ];
    const free = candidates.find(([, rect]) => !taken.overlaps(rect) && within(rect, view));
    if (free) taken.add(free[1]);
    out.set(item.id, free ? free[0] : 'none');
  }
  return out;
}
