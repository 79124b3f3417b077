/**
 * Which labels to draw, and on which side of their circle, so that labels do not overlap each
 * other, the circles, or the edges of the picture. Labels are placed in priority order (the
 * selected actor, then those linked to it, then by events); one that fits on neither side is
 * left out (the actor keeps its accessible name, and its label appears when it is focused or
 * hovered, since it is then placed first). Widths are estimated from the number of characters.
 */

export interface LabelItem {
  id: string;
  x: number;
  y: number;
  r: number;
  text: string;
  /** Always drawn (the selected actor). */
  required?: boolean;
}

export interface LabelPlacement {
  side: 'left' | 'right';
  visible: boolean;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const GAP = 4;

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export function placeLabels(
  items: readonly LabelItem[],
  width: number,
  height: number,
  fontSize = 12,
): Map<string, LabelPlacement> {
  const placed: Box[] = [];
  const circles: (Box & { id: string })[] = items.map((it) => ({
    id: it.id,
    x0: it.x - it.r,
    y0: it.y - it.r,
    x1: it.x + it.r,
    y1: it.y + it.r,
  }));
  const result = new Map<string, LabelPlacement>();
  for (const it of items) {
    const textWidth = [...it.text].length * fontSize * 0.56;
    const y0 = it.y - fontSize * 0.6;
    const y1 = it.y + fontSize * 0.6;
    const boxOf = (side: 'left' | 'right'): Box =>
      side === 'right'
        ? { x0: it.x + it.r + GAP, y0, x1: it.x + it.r + GAP + textWidth, y1 }
        : { x0: it.x - it.r - GAP - textWidth, y0, x1: it.x - it.r - GAP, y1 };
    const preferred: 'left' | 'right' = it.x < width / 2 ? 'right' : 'left';
    const sides: ('left' | 'right')[] = [preferred, preferred === 'right' ? 'left' : 'right'];
    const fits = (box: Box) =>
      box.x0 >= 0 &&
      box.x1 <= width &&
      box.y0 >= 0 &&
      box.y1 <= height &&
      !placed.some((p) => overlaps(p, box)) &&
      !circles.some((c) => c.id !== it.id && overlaps(c, box));
    const side = sides.find((s) => fits(boxOf(s)));
    if (side) {
      placed.push(boxOf(side));
      result.set(it.id, { side, visible: true });
    } else if (it.required) {
      placed.push(boxOf(preferred));
      result.set(it.id, { side: preferred, visible: true });
    } else result.set(it.id, { side: preferred, visible: false });
  }
  return result;
}
