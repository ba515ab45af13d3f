/**
 * What changed when: the years in which any status changed, and for one year the changes
 * that the reader is told about. Pure functions over the typed data.
 */
import {
  FIRST_YEAR,
  lastYear,
  periodAt,
  securityBlocNameAt,
  yearDate,
  type IsoDate,
  type MembershipData,
  type Period,
} from './membership.ts';
import { messages, type Messages } from './messages.ts';
import { BLOCS, type Bloc, type CisStatus, type CstoStatus, type RepublicIso } from './vocabulary.ts';

/** One republic's net change in one bloc during a year: the status it ended the year with. */
export interface YearChange {
  iso: RepublicIso;
  bloc: Bloc;
  /** The status at the end of the previous year ('none' before the first period). */
  previous: string;
  /** The last period that began in the year: its status, date, note and sources. */
  period: Period & { from: IsoDate };
}

const yearOf = (date: IsoDate) => Number(date.slice(0, 4));

/** Every year, in the slider's range and ascending, in which at least one status changed. */
export function changeYears(data: MembershipData): number[] {
  const years = data.republics.flatMap((republic) =>
    BLOCS.flatMap((bloc) => republic[bloc].flatMap((period) => (period.from ? [yearOf(period.from)] : []))),
  );
  return [...new Set(years)].filter((year) => year >= FIRST_YEAR && year <= lastYear(data)).sort((a, b) => a - b);
}

/** The nearest change year before (direction -1) or after (+1) `year`, if there is one. */
export function adjacentChangeYear(years: readonly number[], year: number, direction: -1 | 1): number | undefined {
  return direction < 0 ? years.findLast((y) => y < year) : years.find((y) => y > year);
}

/**
 * The changes of one year, one per republic and bloc, ordered by date (CIS first on the same
 * day). Several changes of one republic within a year count as one, to the status it ended
 * with: the founding weeks of 1991 read as who ended the year where, not as eight steps.
 */
function changesInYear(data: MembershipData, year: number): YearChange[] {
  const changes: YearChange[] = [];
  for (const bloc of BLOCS)
    for (const republic of data.republics) {
      const periods: Period[] = republic[bloc];
      const last = periods.findLast((period) => period.from !== null && yearOf(period.from) === year);
      if (!last?.from) continue;
      const previous = periodAt(periods, `${year - 1}-12-31`)?.status ?? 'none';
      changes.push({ iso: republic.iso, bloc, previous, period: { ...last, from: last.from } });
    }
  // A stable sort keeps CIS before CSTO, and the data's republic order, within a day.
  return changes.sort((a, b) => a.period.from.localeCompare(b.period.from));
}

/** Changes told in one sentence: same bloc, same new status, and all returns or none. */
export interface ChangeGroup {
  bloc: Bloc;
  status: string;
  /** Back to a status left before ("rejoined" rather than "joined"). */
  isReturn: boolean;
  changes: YearChange[];
}

/** Groups a year's changes for the sentences, in the order of each group's first date. */
function groupChanges(changes: readonly YearChange[]): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup>();
  for (const change of changes) {
    const isReturn = change.previous === 'withdrawn';
    const key = `${change.bloc}|${change.period.status}|${isReturn}`;
    const group = groups.get(key) ?? { bloc: change.bloc, status: change.period.status, isReturn, changes: [] };
    group.changes.push(change);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** A year's "what changed" text and the notes of the periods it dates. */
export interface YearSummary {
  text: string;
  notes: { iso: RepublicIso; bloc: Bloc; note: string }[];
}

/** The sentences under the slider: every change of the year in words, or that there was none. */
export function summariseYear(data: MembershipData, year: number, catalogue: Messages = messages): YearSummary {
  const changes = changesInYear(data, year);
  const { whatChanged } = catalogue;
  const sentences = groupChanges(changes).map((group) => {
    const dates = group.changes.map((change) => change.period.from);
    const isOneDay = new Set(dates).size === 1;
    const phrase = {
      republics: group.changes.map(({ iso }, i) => ({ iso, date: isOneDay ? null : dates[i] })),
      date: isOneDay ? dates[0] : null,
      blocName: catalogue.blocNames[securityBlocNameAt(data, dates[0])],
      isReturn: group.isReturn,
    };
    return group.bloc === 'cis'
      ? whatChanged.cis[group.status as CisStatus](phrase)
      : whatChanged.csto[group.status as CstoStatus](phrase);
  });
  if (sentences.length === 0) sentences.push(whatChanged.noChange);
  if (yearOf(data.cstoCharterSigned) === year)
    sentences.push(whatChanged.renamed(catalogue.formatDayMonth(data.cstoCharterSigned)));
  const notes = changes.filter((change) => change.period.note).map(({ iso, bloc, period }) => ({ iso, bloc, note: period.note }));
  return { text: whatChanged.year(yearDate(year, data), sentences), notes };
}
