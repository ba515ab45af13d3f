/**
 * Where the map's names go so that none covers another or leaves its frame. Each name is tried at
 * its anchor first, then at every offset within reach, nearest first, farther ones with a leader
 * line back to the anchor; the first free spot is taken, in the order given (the largest
 * republics first). Pure: the sizes are measured by the caller, in CSS pixels.
 */

export interface LabelToPlace {
  id: string;
  /** Where the name belongs: a point inside its republic. */
  anchor: { x: number; y: number };
  width: number;
  height: number;
  /** Room the name keeps free above itself (an attendance marker). */
  above: number;
}

export interface PlacedLabel {
  id: string;
  /** The name's centre. */
  x: number;
  y: number;
  /** Moved off its anchor: a leader line leads back. */
  isLed: boolean;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Space kept between two names. */
const GAP = 2;

/** How far a name may move from its anchor: in name heights up and down, name widths sideways. */
const REACH = { rows: 6, columns: 3 };

/** Offsets of a name's centre from its anchor, in half name widths and whole name heights. */
const OFFSETS: readonly (readonly [number, number])[] = Array.from({ length: 4 * REACH.columns + 1 }, (_, i) =>
  Array.from({ length: 2 * REACH.rows + 1 }, (_, j) => [i / 2 - REACH.columns, j - REACH.rows] as const),
).flat();

const overlapArea = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/** The labels' boxes never overlap and stay inside `frame`; a label too large for it is centred. */
export function placeLabels(labels: readonly LabelToPlace[], frame: { width: number; height: number }): PlacedLabel[] {
  const taken: Box[] = [];
  return labels.map((label) => {
    const halfWidth = label.width / 2;
    const halfHeight = label.height / 2;
    /** The box of the name centred at (x, y), pushed back inside the frame. */
    const boxAt = (x: number, y: number) => {
      const cx = Math.min(Math.max(x, halfWidth), frame.width - halfWidth);
      const cy = Math.min(Math.max(y, halfHeight + label.above), frame.height - halfHeight);
      return {
        x: cx,
        y: cy,
        box: {
          left: cx - halfWidth - GAP / 2,
          top: cy - halfHeight - label.above - GAP / 2,
          right: cx + halfWidth + GAP / 2,
          bottom: cy + halfHeight + GAP / 2,
        },
      };
    };
    // Every offset within reach, nearest first: the anchor itself, then beside it, then farther off.
    const spots = OFFSETS.map(([dx, dy]) => ({ dx: dx * (label.width + GAP), dy: dy * (label.height + label.above + GAP) }))
      .sort((a, b) => Math.hypot(a.dx, a.dy) - Math.hypot(b.dx, b.dy))
      .map(({ dx, dy }) => boxAt(label.anchor.x + dx, label.anchor.y + dy));
    const cost = (spot: (typeof spots)[number]) => taken.reduce((sum, box) => sum + overlapArea(box, spot.box), 0);
    // The first free spot; where none is free, the least covered one.
    const spot = spots.find((candidate) => cost(candidate) === 0) ?? spots.reduce((best, s) => (cost(s) < cost(best) ? s : best));
    taken.push(spot.box);
    const isLed = Math.hypot(spot.x - label.anchor.x, spot.y - label.anchor.y) > label.height;
    return { id: label.id, x: spot.x, y: spot.y, isLed };
  });
}
