import { describe, expect, it } from 'vitest';
import { membership } from '../../../src/lib/data.ts';
import { EULER_REGIONS, eulerSlots, regionOf, regionsByYear } from '../../../src/lib/euler.ts';
import { securityBlocNameAt, yearEndDate, yearsOf } from '../../../src/lib/membership.ts';
import { REPUBLIC_ISO_CODES, type RepublicIso } from '../../../src/lib/vocabulary.ts';

describe('regionOf', () => {
  it.each([
    [true, true, 'both'],
    [true, false, 'cis-only'],
    [false, true, 'csto-only'],
    [false, false, 'neither'],
  ] as const)('in the CIS %s, in the CSTO %s → %s', (isInCis, isInCsto, region) => {
    expect(regionOf({ isInCis, isInCsto })).toBe(region);
  });
});

describe('the CSTO inside the CIS', () => {
  // From ../shared/facts/membership.md: Tajikistan signed the Treaty on 1992-05-15 but was only a
  // CIS signatory until 1993-06-26, so at the end of 1992 it was in the Treaty and not in the CIS.
  // That is the only year-end at which the CSTO is not inside the CIS.
  const OUTSIDE_THE_CIS: Record<number, RepublicIso[]> = { 1992: ['TJK'] };

  it.each(yearsOf(membership))('holds at the end of %i, except where the facts say otherwise', (year) => {
    const regions = regionsByYear(membership).get(year)!;
    const cstoOnly = [...regions].filter(([, region]) => region === 'csto-only').map(([iso]) => iso);
    expect(cstoOnly).toEqual(OUTSIDE_THE_CIS[year] ?? []);
  });
});

describe('eulerSlots', () => {
  const order = [...REPUBLIC_ISO_CODES].sort();
  const slots = eulerSlots(membership, order);
  const byYear = regionsByYear(membership);

  it('never puts two republics in one slot in the same year', () => {
    for (const [year, regions] of byYear)
      for (const region of EULER_REGIONS) {
        const taken = [...regions].filter(([, r]) => r === region).map(([iso]) => slots.slotOf[region][iso]);
        expect(new Set(taken).size, `${year} ${region}`).toBe(taken.length);
        expect(
          taken.every((slot) => slot !== undefined && slot < slots.slotCount[region]),
          `${year} ${region}`,
        ).toBe(true);
      }
  });

  it('gives each region as many slots as it ever holds republics at once, and no more', () => {
    for (const region of EULER_REGIONS) {
      const most = Math.max(...[...byYear.values()].map((regions) => [...regions.values()].filter((r) => r === region).length));
      expect(slots.slotCount[region], region).toBe(most);
    }
  });

  it('keeps the facts’ largest groups: 9 in both (1993–1998), 1 CSTO-only (1992), 10 in neither (1991)', () => {
    // 1993–1998: Armenia, Azerbaijan, Belarus, Georgia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Uzbekistan.
    // 1991: the three Baltic states, Georgia, and six republics that had only signed.
    expect(slots.slotCount).toMatchObject({ both: 9, 'csto-only': 1, neither: 10 });
  });

  it('fills a region from its first slot with those there longest: the six of 2018 take slots 0–5 of both', () => {
    const both2018: RepublicIso[] = ['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK'];
    expect(both2018.map((iso) => slots.slotOf.both[iso]).sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('is deterministic', () => {
    expect(eulerSlots(membership, order)).toEqual(slots);
  });

  describe('tallestLayouts, the layouts the diagram is sized for', () => {
    /** The slots a region shows in a year, counted from the slots of its republics. */
    const shownIn = (year: number) =>
      Object.fromEntries(
        EULER_REGIONS.map((region) => {
          const taken = [...byYear.get(year)!].filter(([, r]) => r === region).map(([iso]) => slots.slotOf[region][iso]!);
          return [region, taken.length === 0 ? 0 : Math.max(...taken) + 1];
        }),
      );
    const covers = (a: (typeof slots.tallestLayouts)[number], year: number) =>
      a.bloc === securityBlocNameAt(membership, yearEndDate(year, membership)) &&
      EULER_REGIONS.every((region) => a.shown[region] >= shownIn(year)[region]);

    it.each(yearsOf(membership))('include one at least as large, region by region, as %i', (year) => {
      expect(slots.tallestLayouts.some((layout) => covers(layout, year))).toBe(true);
    });

    it('are each a year’s own layout, and none is outdone by another', () => {
      for (const layout of slots.tallestLayouts) {
        expect(
          yearsOf(membership).some((year) => EULER_REGIONS.every((region) => shownIn(year)[region] === layout.shown[region])),
        ).toBe(true);
        const others = slots.tallestLayouts.filter((other) => other !== layout);
        expect(
          others.some(
            (other) => other.bloc === layout.bloc && EULER_REGIONS.every((region) => other.shown[region] >= layout.shown[region]),
          ),
        ).toBe(false);
      }
    });

    it('keep 1992, the only year with a Treaty-only region, and fewer layouts than years', () => {
      expect(slots.tallestLayouts.some((layout) => layout.shown['csto-only'] === 1)).toBe(true);
      expect(slots.tallestLayouts.length).toBeLessThan(yearsOf(membership).length / 3);
    });
  });
});
