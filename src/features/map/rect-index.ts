/** A rectangle in layer pixels. */
export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Grid cell size in layer pixels: about a badge and its name. */
const CELL = 64;

/**
 * A set of rectangles that answers "does this rectangle overlap any of them?" by looking only
 * at the grid cells it covers, so laying out n markers costs about n checks, not n².
 */
export class RectIndex {
  private readonly cells = new Map<string, Rect[]>();

  constructor(rects: readonly Rect[] = []) {
    for (const rect of rects) this.add(rect);
  }

  private *keys(rect: Rect): Generator<string> {
    const x0 = Math.floor(rect.x0 / CELL);
    const x1 = Math.floor(rect.x1 / CELL);
    const y0 = Math.floor(rect.y0 / CELL);
    const y1 = Math.floor(rect.y1 / CELL);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) yield `${String(x)},${String(y)}`;
  }

  add(rect: Rect): void {
    for (const key of this.keys(rect)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(rect);
      else this.cells.set(key, [rect]);
    }
  }

  /** True when `a` overlaps (not merely touches) a rectangle of the set. */
  overlaps(a: Rect): boolean {
    for (const key of this.keys(a)) {
      const cell = this.cells.get(key);
      if (cell?.some((b) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1)) return true;
    }
    return false;
  }
}
