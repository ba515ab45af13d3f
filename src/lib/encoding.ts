/**
 * How statuses become marks. Colour tells the story's groups, the regions of the Euler diagram:
 * in both blocs, in the CIS only, in the Treaty only (1992), in neither. A partial tie to a bloc
 * (signatory, participant, associate, leaving; frozen or suspended) adds a light pattern, dots
 * for the CIS and thin stripes for the security bloc, and is always named in words. Full
 * members carry no texture, so the largest shapes are plain. The palette is Paul Tol's
 * colour-blind-safe high-contrast blue, yellow and red, with his medium-contrast light blue.
 */
import { EULER_REGIONS, regionOf, type EulerRegion } from './euler.ts';
import type { RepublicStatus } from './membership.ts';
import type { CisStatus, CstoStatus } from './vocabulary.ts';

/** The key's order of the groups: the diagram's regions. */
export const GROUPS = EULER_REGIONS;

/** The same colour for a group on the map, in the diagram, the table, the key and the downloads. */
export const GROUP_COLOURS: Record<EulerRegion, string> = {
  both: '#004488',
  'cis-only': '#6699cc',
  'csto-only': '#bb5566',
  neither: '#ddaa33',
};

/** Groups whose colour takes white text; near-black reads on the others. */
const DARK_GROUPS: ReadonlySet<EulerRegion> = new Set(['both', 'csto-only']);

export function isDarkGroup(group: EulerRegion): boolean {
  return DARK_GROUPS.has(group);
}

/** A bloc a republic is tied to without full membership. */
export type PartialTie = 'cis' | 'csto';
export const PARTIAL_TIES: readonly PartialTie[] = ['cis', 'csto'];

const PARTIAL_CIS: ReadonlySet<CisStatus> = new Set(['signatory', 'participant', 'associate', 'withdrawing']);
const PARTIAL_CSTO: ReadonlySet<CstoStatus> = new Set(['frozen', 'suspended']);

/** The blocs a republic is only partly tied to: each draws its pattern over the group colour. */
export function partialTiesOf(status: Pick<RepublicStatus, 'cis' | 'csto'>): PartialTie[] {
  return PARTIAL_TIES.filter((tie) => (tie === 'cis' ? PARTIAL_CIS.has(status.cis) : PARTIAL_CSTO.has(status.csto)));
}

/** The `<pattern>` id of a partial tie, defined once on the page (MapPatterns) and in downloads. */
export const patternIdOf = (tie: PartialTie) => `partial-${tie}`;

/** How many republics each entry of the key holds at a date. */
export function keyCounts(statuses: readonly RepublicStatus[]): {
  groups: Record<EulerRegion, number>;
  partial: Record<PartialTie, number>;
} {
  const groups = Object.fromEntries(GROUPS.map((group) => [group, 0])) as Record<EulerRegion, number>;
  const partial: Record<PartialTie, number> = { cis: 0, csto: 0 };
  for (const status of statuses) {
    groups[regionOf(status)] += 1;
    for (const tie of partialTiesOf(status)) partial[tie] += 1;
  }
  return { groups, partial };
}

/** The group a partial tie's key swatch is drawn on: the one most such republics are in. */
export const PARTIAL_SWATCH_GROUP: EulerRegion = 'cis-only';

/** Colours drawn on the republics' fills, the same in both themes (sea and neighbours are CSS). */
export const MAP_COLOURS = {
  /** Republic borders are cased: a light line under a dark one, visible on every fill. */
  borderCasing: '#ffffff',
  border: '#1f2933',
  /** Pattern marks are paired, light beside dark, so they show on dark and light fills. */
  hatchLight: '#ffffff',
  hatchDark: '#111111',
} as const;
