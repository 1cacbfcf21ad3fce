// Point labels that do not sit on top of each other: a greedy pass that nudges a label down (then
// up) by whole lines until its box, estimated from its length, overlaps no label placed before it.

export interface LabelInput {
  /** The point's position in chart pixels. */
  x: number;
  y: number;
  text: string;
}

export interface PlacedLabel {
  /** Which side of the point the label sits on: left of points near the right edge, else right. */
  side: 'left' | 'right';
  /** Vertical offset from the point in pixels (negative: above). */
  dy: number;
}

const CHAR_WIDTH = 6.3;
const LINE = 13;
const GAP = 9;

export function placeLabels(points: readonly LabelInput[], chartWidth: number): PlacedLabel[] {
  const boxes: Array<{ left: number; right: number; top: number; bottom: number }> = [];
  return points.map((p) => {
    const side = p.x > chartWidth * 0.6 ? 'left' : 'right';
    const width = p.text.length * CHAR_WIDTH;
    const left = side === 'right' ? p.x + GAP : p.x - GAP - width;
    const boxAt = (dy: number) => ({ left, right: left + width, top: p.y + dy - LINE / 2, bottom: p.y + dy + LINE / 2 });
    const free = (b: ReturnType<typeof boxAt>) => boxes.every((o) => b.right <= o.left || b.left >= o.right || b.bottom <= o.top || b.top >= o.bottom);
    const candidates = [-7, ...Array.from({ length: 8 }, (_, i) => [-7 + LINE * (i + 1), -7 - LINE * (i + 1)]).flat()];
    const dy = candidates.find((d) => free(boxAt(d))) ?? -7;
    boxes.push(boxAt(dy));
    return { side, dy };
  });
}
