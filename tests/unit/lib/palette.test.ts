// The palette against the accessibility rules of issues 6 and 18, for every year of the data:
// neighbours told apart, the story's groups apart by colour alone under colour-vision
// deficiencies and in greyscale, partial ties visible on every colour, text readable.
import { neighbors } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import topology from 'virtual:region-topology';
import { membership } from '../../../src/lib/data.ts';
import { GROUPS, GROUP_COLOURS, MAP_COLOURS, isDarkGroup, partialTiesOf } from '../../../src/lib/encoding.ts';
import { regionOf } from '../../../src/lib/euler.ts';
import { statusesAt, yearEndDate, yearsOf } from '../../../src/lib/membership.ts';
import type { CisStatus, CstoStatus } from '../../../src/lib/vocabulary.ts';
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
      statusesAt(membership, yearEndDate(year, membership)).map((s) => [s.iso as string, GROUP_COLOURS[regionOf(s)]]),
    );
    const failures = NEIGHBOURS.filter(([a, b]) => !isToldApart(fill.get(a)!, fill.get(b)!));
    expect(failures).toEqual([]);
  });
});

describe('the groups’ colours', () => {
  // Model: Machado et al. 2009 at full severity, and luminance for greyscale; measure: CIE76
  // ΔE*ab. Threshold 10: a difference seen at a glance (2–10 needs a close look).
  const MIN_DELTA_E = 10;
  const pairs = GROUPS.flatMap((a, i) => GROUPS.slice(i + 1).map((b) => [a, b] as const));

  it.each(VISIONS)('stay at least ΔE 10 apart with %s', (vision) => {
    for (const [a, b] of pairs) {
      const difference = deltaE(simulate(GROUP_COLOURS[a], vision), simulate(GROUP_COLOURS[b], vision));
      expect(difference, `${a} / ${b}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
    }
  });

  it('are ΔE 0 from themselves (the measure can fail)', () => {
    expect(deltaE(linearRgb('#004488'), linearRgb('#004488'))).toBe(0);
    expect(deltaE(simulate('#cc3311', 'greyscale'), simulate('#cc3311', 'greyscale'))).toBe(0);
  });
});

describe('partial ties', () => {
  // The statuses issue 18 names as partial, each with its bloc; every other status is full or outside.
  const CIS_CASES: [CisStatus, boolean][] = [
    ['signatory', true],
    ['participant', true],
    ['associate', true],
    ['withdrawing', true],
    ['member', false],
    ['ended', false],
    ['withdrawn', false],
    ['none', false],
  ];
  const CSTO_CASES: [CstoStatus, boolean][] = [
    ['frozen', true],
    ['suspended', true],
    ['member', false],
    ['withdrawn', false],
    ['none', false],
  ];
  it.each(CIS_CASES)('CIS %s is a partial tie: %s', (cis, isPartial) => {
    expect(partialTiesOf({ cis, csto: 'none' })).toEqual(isPartial ? ['cis'] : []);
  });
  it.each(CSTO_CASES)('security bloc %s is a partial tie: %s', (csto, isPartial) => {
    expect(partialTiesOf({ cis: 'member', csto })).toEqual(isPartial ? ['csto'] : []);
  });
  it('draws both patterns when a republic is partly in both blocs', () => {
    expect(partialTiesOf({ cis: 'signatory', csto: 'frozen' })).toEqual(['cis', 'csto']);
  });
  it('leave the two largest republics plain in every year: no texture on Russia or Kazakhstan', () => {
    for (const year of yearsOf(membership)) {
      const large = statusesAt(membership, yearEndDate(year, membership)).filter((s) => s.iso === 'RUS' || s.iso === 'KAZ');
      expect(large.flatMap(partialTiesOf), String(year)).toEqual([]);
    }
  });
  // A pattern's marks are paired light and dark: one of them stands out at 3:1 on every group colour.
  it.each(GROUPS)('show on the %s colour', (group) => {
    const best = Math.max(
      contrast(MAP_COLOURS.hatchLight, GROUP_COLOURS[group]),
      contrast(MAP_COLOURS.hatchDark, GROUP_COLOURS[group]),
    );
    expect(best).toBeGreaterThanOrEqual(3);
  });
});

describe('text on the colours', () => {
  // Labels and chips are white on the dark groups and near-black on the others.
  it.each(GROUPS)('reaches 4.5:1 on the %s colour', (group) => {
    const text = isDarkGroup(group) ? '#ffffff' : '#111111';
    expect(contrast(text, GROUP_COLOURS[group])).toBeGreaterThanOrEqual(4.5);
  });
});

describe('contrast', () => {
  it('matches the WCAG reference values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
