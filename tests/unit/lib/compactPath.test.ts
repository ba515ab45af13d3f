import { describe, expect, it } from 'vitest';
import { compactPath } from '../../../src/lib/geo/compactPath.ts';

/** Draws rings of [x, y] points (each closed) and returns the path data. */
function draw(step: number, ...rings: [number, number][][]): string {
  const writer = compactPath(step);
  for (const ring of rings) {
    ring.forEach(([x, y], i) => (i === 0 ? writer.moveTo(x, y) : writer.lineTo(x, y)));
    writer.closePath();
  }
  return writer.result();
}

/** Reads path data of m/l/z with implicit lines back into absolute rings, as SVG would. */
function absoluteRings(d: string): [number, number][][] {
  const tokens = d.match(/[mlz]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
  const rings: [number, number][][] = [];
  let pen: [number, number] = [0, 0];
  let start: [number, number] = [0, 0];
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i];
    if (token === 'z') {
      pen = start;
      i += 1;
    } else {
      const isMove = token === 'm';
      if (token === 'm' || token === 'l') i += 1;
      const point: [number, number] = [pen[0] + Number(tokens[i]), pen[1] + Number(tokens[i + 1])];
      i += 2;
      pen = [Math.round(point[0] * 100) / 100, Math.round(point[1] * 100) / 100];
      if (isMove) {
        start = pen;
        rings.push([pen]);
      } else rings.at(-1)!.push(pen);
    }
  }
  return rings;
}

describe('compactPath', () => {
  it.each([
    // step, rings drawn, path data expected (typed by hand from the SVG path grammar)
    [
      1,
      [
        [
          [10.4, 20.6],
          [12.2, 20.6],
          [12.2, 18],
        ],
      ],
      'm10 21 2 0 0-3z',
    ],
    [
      0.5,
      [
        [
          [1.26, 1],
          [2, 1.74],
          [2.1, 1.76],
        ],
      ],
      'm1.5 1 .5.5 0 .5z',
    ],
    [
      0.1,
      [
        [
          [0.05, 0],
          [-0.26, 0.5],
        ],
      ],
      'm.1 0-.4.5z',
    ],
    // After "z" the pen is back at the ring's start, so the next move is relative to it.
    [
      1,
      [
        [
          [5, 5],
          [9, 5],
        ],
        [
          [6, 8],
          [7, 8],
        ],
      ],
      'm5 5 4 0zm1 3 1 0z',
    ],
    [
      0.5,
      [
        [
          [2, 3],
          [3, 3],
        ],
      ],
      'm2 3 1 0z',
    ],
  ] as const)('step %s draws %j as %s', (step, rings, expected) => {
    expect(draw(step, ...(rings as unknown as [number, number][][]))).toBe(expected);
  });

  it('never lets rounding add up: every point read back is within half a step', () => {
    const ring: [number, number][] = Array.from({ length: 200 }, (_, i) => [
      100 + 50 * Math.cos(i / 10) + i * 0.013,
      80 + 30 * Math.sin(i / 7),
    ]);
    const [read] = absoluteRings(draw(0.5, ring));
    // Points that round onto the previous one are dropped, so compare each read point with its source.
    let source = 0;
    for (const [x, y] of read) {
      while (Math.abs(ring[source][0] - x) > 0.25 + 1e-9 || Math.abs(ring[source][1] - y) > 0.25 + 1e-9) source += 1;
      expect(source).toBeLessThan(ring.length);
    }
  });

  it('starts afresh after result()', () => {
    const writer = compactPath(1);
    writer.moveTo(3, 3);
    writer.lineTo(4, 4);
    expect(writer.result()).toBe('m3 3 1 1');
    writer.moveTo(3, 3);
    expect(writer.result()).toBe('m3 3');
  });
});
