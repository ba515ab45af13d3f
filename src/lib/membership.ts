/**
 * What was true when: each republic's status in each bloc at a date or at the end of a year,
 * and the groups "in the CIS" / "in the CSTO". Pure functions over the typed data; knows
 * nothing about Svelte, the DOM or geometry.
 */
import { isInCis, isInCsto, type CisStatus, type CstoStatus, type RepublicIso } from './vocabulary.ts';

/** An ISO 8601 calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** One status from `from` (inclusive) until the next period's `from`. */
export interface Period<S extends string = string> {
  /** First day of the period; `null` when the status held throughout. */
  from: IsoDate | null;
  status: S;
  /** Keys into the sources file. */
  sources: string[];
  /** Caveats shown wherever the period is shown (conflicting dates, provisional status), in the page's language. */
  note: string;
}

export interface RepublicRecord {
  iso: RepublicIso;
  numeric: string;
  cis: Period<CisStatus>[];
  csto: Period<CstoStatus>[];
}

export interface KeyDate {
  date: IsoDate;
  event: string;
  sources: string[];
}

export interface MembershipData {
  /** The day the data set is current to. */
  asOf: IsoDate;
  keyDates: KeyDate[];
  /** From this day the Treaty is an Organisation and is named "CSTO". */
  cstoCharterSigned: IsoDate;
  republics: RepublicRecord[];
}

export interface Source {
  title: string;
  url: string;
}

export type SourceCatalogue = Record<string, Source>;

/** The first year the slider shows: the CIS was founded in December 1991. */
export const FIRST_YEAR = 1991;

/** The period in force at `date`, or `undefined` before the first one. */
export function periodAt<S extends string>(periods: readonly Period<S>[], date: IsoDate): Period<S> | undefined {
  let current: Period<S> | undefined;
  // ISO dates compare correctly as strings.
  for (const period of periods) if (period.from === null || period.from <= date) current = period;
  return current;
}

/** The status in force at `date`; before a republic's first period it had not taken part. */
export function statusAt<S extends string>(periods: readonly Period<S>[], date: IsoDate): S | 'none' {
  return periodAt(periods, date)?.status ?? 'none';
}

/** The last year the data covers: the year of its as-of date. */
export function lastYear(data: Pick<MembershipData, 'asOf'>): number {
  return Number(data.asOf.slice(0, 4));
}

/** Every year the slider offers, first to last. */
export function yearsOf(data: Pick<MembershipData, 'asOf'>): number[] {
  return Array.from({ length: lastYear(data) - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
}

/** The date a year stands for: 31 December, or the as-of date in the data's last year. */
export function yearEndDate(year: number, data: Pick<MembershipData, 'asOf'>): IsoDate {
  return year === lastYear(data) ? data.asOf : `${year}-12-31`;
}

/**
 * A year as the text names it: its 31 December ("at the end of 2018"), or in the data's last
 * year the as-of date ("on 31 March 2026"), which the text must name instead of the year's end.
 */
export interface YearDate {
  year: number;
  date: IsoDate;
  isAsOf: boolean;
}

export function yearDate(year: number, data: Pick<MembershipData, 'asOf'>): YearDate {
  return { year, date: yearEndDate(year, data), isAsOf: year === lastYear(data) };
}

/** One republic's standing at a date. */
export interface RepublicStatus {
  iso: RepublicIso;
  cis: CisStatus;
  csto: CstoStatus;
  cisPeriod: Period<CisStatus> | undefined;
  cstoPeriod: Period<CstoStatus> | undefined;
  isInCis: boolean;
  isInCsto: boolean;
}

// One object per republic and pair of periods, shared by every date in that span, so that a
// view can tell an unchanged republic by identity and skip it.
const standingCache = new WeakMap<RepublicRecord, Map<string, RepublicStatus>>();

function standing(
  republic: RepublicRecord,
  cisPeriod: Period<CisStatus> | undefined,
  cstoPeriod: Period<CstoStatus> | undefined,
): RepublicStatus {
  const cache = standingCache.get(republic) ?? new Map<string, RepublicStatus>();
  standingCache.set(republic, cache);
  const key = `${republic.cis.indexOf(cisPeriod!)}|${republic.csto.indexOf(cstoPeriod!)}`;
  let status = cache.get(key);
  if (!status) {
    const cis = cisPeriod?.status ?? 'none';
    const csto = cstoPeriod?.status ?? 'none';
    status = { iso: republic.iso, cis, csto, cisPeriod, cstoPeriod, isInCis: isInCis(cis), isInCsto: isInCsto(csto) };
    cache.set(key, status);
  }
  return status;
}

/** Status of every republic at `date`, in the data's order; unchanged standings are the same objects. */
export function statusesAt(data: MembershipData, date: IsoDate): RepublicStatus[] {
  return data.republics.map((republic) => standing(republic, periodAt(republic.cis, date), periodAt(republic.csto, date)));
}

/** The republics in each group at a date, as the facts define the groups. */
export interface Groups {
  inCis: RepublicIso[];
  inCsto: RepublicIso[];
  inNeither: RepublicIso[];
}

export function groupsOf(statuses: readonly RepublicStatus[]): Groups {
  return {
    inCis: statuses.filter((s) => s.isInCis).map((s) => s.iso),
    inCsto: statuses.filter((s) => s.isInCsto).map((s) => s.iso),
    inNeither: statuses.filter((s) => !s.isInCis && !s.isInCsto).map((s) => s.iso),
  };
}

/** Which name the security bloc had at a date: the Treaty (CST) until the CSTO Charter. */
export function securityBlocNameAt(data: Pick<MembershipData, 'cstoCharterSigned'>, date: IsoDate): 'cst' | 'csto' {
  return date < data.cstoCharterSigned ? 'cst' : 'csto';
}

/** The record of one republic; every republic is present once (the data is validated). */
export function republicRecord(data: MembershipData, iso: RepublicIso): RepublicRecord {
  const record = data.republics.find((r) => r.iso === iso);
  if (!record) throw new Error(`No membership record for ${iso}`);
  return record;
}
