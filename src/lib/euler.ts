/**
 * The Euler diagram's layout: which region each republic is in, and a fixed slot for it in
 * every region it ever occupies, so that a chip moves only when its republic changes region.
 * Deterministic (no optimiser): slots are computed once from every year of the data.
 */
import { securityBlocNameAt, statusesAt, yearEndDate, yearsOf, type MembershipData, type RepublicStatus } from './membership.ts';
import type { RepublicIso } from './vocabulary.ts';

/** The test contract's names of the regions, in drawing order. */
export const EULER_REGIONS = ['both', 'cis-only', 'csto-only', 'neither'] as const;
export type EulerRegion = (typeof EULER_REGIONS)[number];

export function regionOf(status: Pick<RepublicStatus, 'isInCis' | 'isInCsto'>): EulerRegion {
  if (status.isInCis) return status.isInCsto ? 'both' : 'cis-only';
  return status.isInCsto ? 'csto-only' : 'neither';
}

/** How many republics each region holds. */
export function countRegions(statuses: readonly Pick<RepublicStatus, 'isInCis' | 'isInCsto'>[]): Record<EulerRegion, number> {
  const counts = Object.fromEntries(EULER_REGIONS.map((region) => [region, 0])) as Record<EulerRegion, number>;
  for (const status of statuses) counts[regionOf(status)] += 1;
  return counts;
}

/** Each republic's region in every year of the data. */
export function regionsByYear(data: MembershipData): Map<number, Map<RepublicIso, EulerRegion>> {
  return new Map(
    yearsOf(data).map((year) => [
      year,
      new Map(statusesAt(data, yearEndDate(year, data)).map((status) => [status.iso, regionOf(status)])),
    ]),
  );
}

/** What sets a year's diagram height: the slots each region shows, and the security bloc's name. */
export interface EulerLayout {
  /** A region shows its slots up to the last one taken; none when it is empty. */
  shown: Record<EulerRegion, number>;
  bloc: 'cst' | 'csto';
}

export interface EulerSlots {
  /** How many slots each region needs: the most republics it ever holds at once. */
  slotCount: Record<EulerRegion, number>;
  /** The slot of a republic in a region it ever occupies. */
  slotOf: Record<EulerRegion, Partial<Record<RepublicIso, number>>>;
  /**
   * The years' layouts that could be the tallest, at any width: those no other year with the
   * same bloc name outdoes in every region. The diagram is sized for them, so its height holds.
   */
  tallestLayouts: EulerLayout[];
}

/**
 * Gives every republic a slot in each region it ever occupies. Republics that are never in a
 * region in the same year may share a slot. Those in a region longest get the first slots, so
 * that the usual years fill a region from its start; ties follow `order` (the reader's names).
 */
export function eulerSlots(data: MembershipData, order: readonly RepublicIso[]): EulerSlots {
  const byYear = regionsByYear(data);
  const slotCount = Object.fromEntries(EULER_REGIONS.map((region) => [region, 0])) as Record<EulerRegion, number>;
  const slotOf = Object.fromEntries(EULER_REGIONS.map((region) => [region, {}])) as EulerSlots['slotOf'];
  for (const region of EULER_REGIONS) {
    const yearsIn = new Map(
      order.map((iso) => [iso, [...byYear].filter(([, regions]) => regions.get(iso) === region).map(([year]) => year)]),
    );
    const occupants = order.filter((iso) => yearsIn.get(iso)!.length > 0);
    occupants.sort((a, b) => yearsIn.get(b)!.length - yearsIn.get(a)!.length);
    /** For each slot, the years in which it is taken. */
    const taken: Set<number>[] = [];
    for (const iso of occupants) {
      const years = yearsIn.get(iso)!;
      let slot = taken.findIndex((busy) => years.every((year) => !busy.has(year)));
      if (slot < 0) slot = taken.push(new Set()) - 1;
      for (const year of years) taken[slot].add(year);
      slotOf[region][iso] = slot;
    }
    slotCount[region] = taken.length;
  }
  const layouts = yearsOf(data).map((year): EulerLayout => {
    const regions = byYear.get(year)!;
    const shown = Object.fromEntries(
      EULER_REGIONS.map((region) => [
        region,
        Math.max(0, ...[...regions].filter(([, r]) => r === region).map(([iso]) => slotOf[region][iso]! + 1)),
      ]),
    ) as Record<EulerRegion, number>;
    return { shown, bloc: securityBlocNameAt(data, yearEndDate(year, data)) };
  });
  return { slotCount, slotOf, tallestLayouts: outdoneByNone(layouts) };
}

/** Whether layout `a` shows at least as many slots as `b` in every region, under the same name. */
const covers = (a: EulerLayout, b: EulerLayout) =>
  a.bloc === b.bloc && EULER_REGIONS.every((region) => a.shown[region] >= b.shown[region]);

/** The distinct layouts that no other covers: more slots never make a region shorter. */
function outdoneByNone(layouts: readonly EulerLayout[]): EulerLayout[] {
  const kept: EulerLayout[] = [];
  for (const layout of layouts) {
    if (kept.some((other) => covers(other, layout))) continue;
    kept.splice(0, kept.length, ...kept.filter((other) => !covers(layout, other)), layout);
  }
  return kept;
}
