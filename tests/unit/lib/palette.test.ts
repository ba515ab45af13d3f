// The palette against the accessibility rules of issue 6, for every year of the data: neighbours
// told apart, fills apart under colour-vision deficiencies and in greyscale, text readable.
import { neighbors } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import topology from 'virtual:region-topology';
import { membership } from '../../../src/lib/data.ts';
import { CIS_FILLS, CIS_FILL_COLOURS, MAP_COLOURS, cisFillOf } from '../../../src/lib/encoding.ts';
import { statusesAt, yearEndDate, yearsOf } from '../../../src/lib/membership.ts';
import { contrast, deltaE, linearRgb, simulate, VISIONS } from '../support/colour.ts';

const geometries = topology.objects.countries.geometries;
const isoOf = (index: number) => (geometries[index].properties as { iso?: string } | undefined)?.iso;
// Pairs of republics that share a border, from the topology's shared arcs.
const NEIGHBOURS: [string, string][] = neighbors(geometries).flatMap((adjacent, i) =>
  adjacent.flatMap((j) => (i < j && isoOf(i) && isoOf(j) ? [[isoOf(i)!, isoOf(j)!] as [string, string]] : [])),
);
const OUTLINES = [MAP_COLOURS.border, MAP_COLOURS.borderCasing];

/** Whether two neighbouring fills are told apart: by their contrast, or by a border line that stands out from both. */
function isToldApart(a: string, b: string): boolean {
  return contrast(a, b) >= 3 || OUTLINES.some((line) => contrast(line, a) >= 3 && contrast(line, b) >= 3);
}

describe('neighbouring republics', () => {
  it('are found in the topology: Russia borders Ukraine, Armenia borders Azerbaijan and Georgia', () => {
    const has = (a: string, b: string) => NEIGHBOURS.some((pair) => pair.includes(a) && pair.includes(b));
    expect(has('RUS', 'UKR') && has('ARM', 'AZE') && has('ARM', 'GEO') && has('KAZ', 'UZB')).toBe(true);
    expect(has('EST', 'TJK')).toBe(false);
  });

  it.each(yearsOf(membership))('are told apart by fill contrast ≥ 3:1 or a border ≥ 3:1 against both, %i', (year) => {
    const fill = new Map(
      statusesAt(membership, yearEndDate(year, membership)).map((s) => [s.iso as string, CIS_FILL_COLOURS[cisFillOf(s.cis)]]),
    );
    const failures = NEIGHBOURS.filter(([a, b]) => !isToldApart(fill.get(a)!, fill.get(b)!));
    expect(failures).toEqual([]);
  });
});

describe('the four fills', () => {
  // Model: Machado et al. 2009 at full severity, and luminance for greyscale; measure: CIE76
  // ΔE*ab. Threshold 10: a difference seen at a glance (2–10 needs a close look).
  const MIN_DELTA_E = 10;
  const pairs = CIS_FILLS.flatMap((a, i) => CIS_FILLS.slice(i + 1).map((b) => [a, b] as const));

  it.each(VISIONS)('stay at least ΔE 10 apart with %s', (vision) => {
    for (const [a, b] of pairs) {
      const difference = deltaE(simulate(CIS_FILL_COLOURS[a], vision), simulate(CIS_FILL_COLOURS[b], vision));
      expect(difference, `${a} / ${b}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
    }
  });

  it('are ΔE 0 from themselves (the measure can fail)', () => {
    expect(deltaE(linearRgb('#004488'), linearRgb('#004488'))).toBe(0);
    expect(deltaE(simulate('#cc3311', 'greyscale'), simulate('#cc3311', 'greyscale'))).toBe(0);
  });
});

describe('text on the fills', () => {
  // Labels are white on the member fill and near-black on the others (MembershipMap, chips).
  it.each(CIS_FILLS)('reaches 4.5:1 on the %s fill', (fill) => {
    const text = fill === 'member' ? '#ffffff' : '#111111';
    expect(contrast(text, CIS_FILL_COLOURS[fill])).toBeGreaterThanOrEqual(4.5);
  });
});

describe('contrast', () => {
  it('matches the WCAG reference values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
