import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelToPlace } from '../../../src/lib/labelPlacement.ts';

const FRAME = { width: 300, height: 200 };
const label = (id: string, x: number, y: number, width = 60, height = 24, above = 0): LabelToPlace => ({
  id,
  anchor: { x, y },
  width,
  height,
  above,
});

/** Whether two placed names' boxes overlap (touching is not overlapping). */
function overlaps(a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }) {
  return Math.abs(a.x - b.x) < (a.w + b.w) / 2 && Math.abs(a.y - b.y) < (a.h + b.h) / 2;
}

describe('placeLabels', () => {
  it('leaves names that do not collide on their anchors, without leaders', () => {
    expect(placeLabels([label('A', 50, 50), label('B', 200, 150)], FRAME)).toEqual([
      { id: 'A', x: 50, y: 50, isLed: false },
      { id: 'B', x: 200, y: 150, isLed: false },
    ]);
  });

  it('moves the later of two colliding names off the first, and leads it back when it went far', () => {
    const [first, second] = placeLabels([label('A', 150, 100), label('B', 160, 105)], FRAME);
    expect(first).toEqual({ id: 'A', x: 150, y: 100, isLed: false });
    expect(overlaps({ ...first, w: 60, h: 24 }, { ...second, w: 60, h: 24 })).toBe(false);
    expect(second.isLed).toBe(Math.hypot(second.x - 160, second.y - 105) > 24);
  });

  it('keeps every name inside the frame, even one anchored on its edge', () => {
    const [placed] = placeLabels([label('A', 295, 2)], FRAME);
    expect(placed.x + 30).toBeLessThanOrEqual(FRAME.width);
    expect(placed.y - 12).toBeGreaterThanOrEqual(0);
  });

  it('keeps the room above a name free for its marker', () => {
    const [marked, below] = placeLabels([label('A', 150, 100, 60, 24, 20), label('B', 150, 72)], FRAME);
    // B's anchor lies in A's marker room: B moves, and A's marker keeps its room.
    expect(marked).toMatchObject({ x: 150, y: 100 });
    expect(overlaps({ x: 150, y: 90, w: 60, h: 44 }, { ...below, w: 60, h: 24 })).toBe(false);
  });

  it('places a crowd of nine names of a small region with no two overlapping', () => {
    const crowd = Array.from({ length: 9 }, (_, i) => label(`R${i}`, 120 + (i % 3) * 20, 80 + Math.floor(i / 3) * 12, 70, 24));
    const placed = placeLabels(crowd, FRAME);
    for (const [i, a] of placed.entries())
      for (const b of placed.slice(i + 1))
        expect(overlaps({ ...a, w: 70, h: 24 }, { ...b, w: 70, h: 24 }), `${a.id}/${b.id}`).toBe(false);
  });
});
