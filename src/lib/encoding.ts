/**
 * How statuses become marks: fill for the CIS group (with partial statuses set apart), a
 * pattern for the security bloc (with frozen and suspended set apart). The palette is Paul
 * Tol's colour-blind-safe "high-contrast" blue and yellow with lighter steps of the blue.
 */
import type { CisStatus, CstoStatus } from './vocabulary.ts';

/** The CIS categories the map's fill tells apart. */
export type CisFill = 'member' | 'partial' | 'signatory' | 'outside';

/** The security-bloc categories the map's pattern tells apart. */
export type CstoMark = 'member' | 'frozen' | 'suspended' | 'none';

const CIS_FILL_BY_STATUS: Record<CisStatus, CisFill> = {
  member: 'member',
  // In the CIS, but not (or no longer fully) a member state.
  participant: 'partial',
  associate: 'partial',
  withdrawing: 'partial',
  // Signed in 1991 but not yet ratified: on the way in, not yet in.
  signatory: 'signatory',
  ended: 'outside',
  withdrawn: 'outside',
  none: 'outside',
};

const CSTO_MARK_BY_STATUS: Record<CstoStatus, CstoMark> = {
  member: 'member',
  frozen: 'frozen',
  suspended: 'suspended',
  withdrawn: 'none',
  none: 'none',
};

export function cisFillOf(status: CisStatus): CisFill {
  return CIS_FILL_BY_STATUS[status];
}

export function cstoMarkOf(status: CstoStatus): CstoMark {
  return CSTO_MARK_BY_STATUS[status];
}

/** Legend order of the fills and marks, strongest first. */
export const CIS_FILLS: readonly CisFill[] = ['member', 'partial', 'signatory', 'outside'];
export const CSTO_MARKS: readonly CstoMark[] = ['member', 'frozen', 'suspended', 'none'];

/** Fill colours of the light theme. */
export const CIS_FILL_COLOURS: Record<CisFill, string> = {
  member: '#004488',
  partial: '#6699cc',
  signatory: '#c9d9ef',
  outside: '#ddaa33',
};

/** Colours drawn on the republics' fills, the same in both themes (sea and neighbours are CSS). */
export const MAP_COLOURS = {
  /** Republic borders are cased: a light line under a dark one, visible on every fill. */
  borderCasing: '#ffffff',
  border: '#1f2933',
  /** Pattern stripes are paired, light beside dark, so they show on dark and light fills. */
  hatchLight: '#ffffff',
  hatchDark: '#111111',
} as const;
