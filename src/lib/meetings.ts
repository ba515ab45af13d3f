/**
 * The annual meetings of the heads of the CIS Security Councils: who is recorded as attending,
 * as absent, or not recorded at all, and what differs between two meetings. An attendee a
 * meeting does not mention is "unknown", never "absent" (../shared/facts/meetings.md).
 */
import type { IsoDate, RepublicStatus } from './membership.ts';
import type { RepublicIso } from './vocabulary.ts';

export const ORGANISATIONS = ['CIS-EC', 'CSTO'] as const;
export type Organisation = (typeof ORGANISATIONS)[number];
export type AttendeeId = RepublicIso | Organisation;

export const ATTENDANCES = ['listed', 'absent', 'unknown'] as const;
export type Attendance = (typeof ATTENDANCES)[number];

/** Texts are in the page's language: the build keeps each file's texts in it (src/lib/languages.ts). */
export interface AttendeeRecord {
  attendee: AttendeeId;
  attendance: Attendance;
  person: string | null;
  role: string | null;
  sources: string[];
  note: string;
  /**
   * Set where the attendance rests on some of the meeting's sources while its other sources,
   * which list attendees, do not name it: the note then goes wherever the attendance is shown.
   */
  othersSilent?: true;
}

export interface Meeting {
  number: number;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: as precise as the sources are. */
  date: string;
  place: string | null;
  /** The republic whose Security Council hosts the meeting, where known. */
  host: RepublicIso | null;
  topic: string | null;
  /** False for a meeting the numbering implies but no source records. */
  found: boolean;
  attendees: AttendeeRecord[];
  sources: string[];
  note: string;
}

export interface MeetingsData {
  series: string;
  meetings: Meeting[];
}

export const meetingYear = (meeting: Pick<Meeting, 'date'>) => Number(meeting.date.slice(0, 4));

/** The meeting held in a year, if the series had one. */
export function meetingInYear(data: MeetingsData, year: number): Meeting | undefined {
  return data.meetings.find((meeting) => meetingYear(meeting) === year);
}

/** What a year's panel shows of the series. */
export interface MeetingShown {
  /** The year's own record, if the series has one (it may be a meeting no source describes). */
  own: Meeting | undefined;
  /**
   * The meeting whose attendance is shown: the year's own when a source describes it, else the
   * latest described meeting before the year; none before the first meeting.
   */
  shown: Meeting | undefined;
}

/** The year's meeting or, in a year without a described one (2016, or after the last), the latest before it. */
export function meetingShownFor(data: MeetingsData, year: number): MeetingShown {
  const own = meetingInYear(data, year);
  if (own?.found) return { own, shown: own };
  const earlier = data.meetings.filter((meeting) => meeting.found && meetingYear(meeting) < year);
  return { own, shown: earlier.sort((a, b) => meetingYear(a) - meetingYear(b)).at(-1) };
}

/** Whether the shown meeting stands in for a year that has none of its own described. */
export const isStandIn = ({ own, shown }: MeetingShown) => shown !== undefined && shown !== own;

/** One meeting on the CSTO's line: how its record has the CSTO. */
export interface CstoAttendance {
  year: number;
  attendance: Attendance;
  record: AttendeeRecord | undefined;
}

/** The story's line: the CSTO at every meeting of the series, in order of the meetings. */
export function cstoLine(data: MeetingsData): CstoAttendance[] {
  return data.meetings.map((meeting) => {
    const record = meeting.attendees.find((entry) => entry.attendee === 'CSTO');
    return { year: meetingYear(meeting), attendance: record?.attendance ?? 'unknown', record };
  });
}

/** The years of the CSTO's line with an attendance, ascending. */
export const cstoYears = (line: readonly CstoAttendance[], attendance: Attendance) =>
  line.filter((entry) => entry.attendance === attendance).map((entry) => entry.year);

/** The story's point in figures: when the CSTO first sat at the table, and how often since. */
export interface CstoAtTable {
  /** The first meeting a source lists the CSTO at, and that record. */
  first: Meeting;
  firstRecord: AttendeeRecord;
  /** The latest meeting before the first that records the CSTO absent, or null. */
  absentYear: number | null;
  /** Every year a source lists the CSTO at the table, ascending. */
  listedYears: number[];
  /** Described meetings from the first listed one on, that one included. */
  meetingsSince: number;
  /** Of those, how many record the CSTO absent. */
  absentSince: number;
}

export function cstoAtTheTable(data: MeetingsData): CstoAtTable {
  const line = cstoLine(data);
  const listedYears = cstoYears(line, 'listed');
  const first = meetingInYear(data, listedYears[0]);
  const firstRecord = line.find((entry) => entry.attendance === 'listed')?.record;
  // The introduction and the story rest on it: data without it no longer supports them.
  if (!first || !firstRecord) throw new Error('data/meetings.json: no meeting lists the CSTO as attending');
  const since = data.meetings.filter((meeting) => meeting.found && meetingYear(meeting) >= listedYears[0]);
  const absentYears = cstoYears(line, 'absent');
  return {
    first,
    firstRecord,
    absentYear: absentYears.filter((year) => year < listedYears[0]).at(-1) ?? null,
    listedYears,
    meetingsSince: since.length,
    absentSince: absentYears.filter((year) => year >= listedYears[0]).length,
  };
}

/** The years in which the series met (or, like 2016, must have met), ascending. */
export function meetingYears(data: MeetingsData): number[] {
  return data.meetings.map(meetingYear).sort((a, b) => a - b);
}

/** The records of the meeting shown for a year, by republic, as the map marks them. */
export interface MarkedAttendance {
  /** The meeting's year: the year in view, or the latest before it without a meeting. */
  year: number;
  records: ReadonlyMap<RepublicIso, AttendeeRecord>;
}

/** How an attendee is shown: as recorded, or, when not recorded, as outside the CIS if it was. */
export type AttendanceShown = Attendance | 'not-cis';

export interface AttendanceRow {
  attendee: AttendeeId;
  attendance: Attendance;
  shown: AttendanceShown;
  /** The meeting's record of this attendee; none when the meeting does not mention it. */
  record: AttendeeRecord | undefined;
}

/**
 * One row per possible attendee, republics in `order` and then the two organisations. An
 * unrecorded republic that was not in the CIS at the time is "not a CIS state", not absent.
 */
export function attendanceRows(
  meeting: Meeting,
  statuses: readonly Pick<RepublicStatus, 'iso' | 'isInCis'>[],
  order: readonly RepublicIso[],
): AttendanceRow[] {
  const isInCis = new Map(statuses.map((status) => [status.iso, status.isInCis]));
  return [...order, ...ORGANISATIONS].map((attendee) => {
    const record = meeting.attendees.find((entry) => entry.attendee === attendee);
    const attendance = record?.attendance ?? 'unknown';
    const isOutsideCis = isInCis.get(attendee as RepublicIso) === false;
    return { attendee, attendance, shown: attendance === 'unknown' && isOutsideCis ? 'not-cis' : attendance, record };
  });
}

/** The day whose statuses a meeting is judged by: its own day, or the end of its month or year. */
export function meetingStatusDate(meeting: Pick<Meeting, 'date'>): IsoDate {
  const [year, month] = meeting.date.split('-').map(Number);
  if (meeting.date.length === 10) return meeting.date;
  if (month === undefined) return `${year}-12-31`;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${meeting.date}-${String(lastDay).padStart(2, '0')}`;
}

/** How one attendee differs between a meeting and the one compared with it. */
export type DifferenceKind =
  /** Listed now, recorded absent then. */
  | 'new'
  /** Recorded absent now, listed then. */
  | 'gone'
  /** Listed now; the earlier meeting's record does not say. */
  | 'listed-now-unknown-then'
  /** Listed then; this meeting's record does not say. */
  | 'listed-then-unknown-now';

export interface Difference {
  attendee: AttendeeId;
  kind: DifferenceKind;
  /** The record in the meeting in view, or in the compared one for 'gone'/'listed-then-…'. */
  record: AttendeeRecord;
}

const DIFFERENCE_BY_PAIR: Partial<Record<`${Attendance}|${Attendance}`, DifferenceKind>> = {
  'listed|absent': 'new',
  'absent|listed': 'gone',
  'listed|unknown': 'listed-now-unknown-then',
  'unknown|listed': 'listed-then-unknown-now',
};

/**
 * What differs between the meeting in view and another, attendee by attendee. Only a change
 * between two records counts as a change; where one side is unknown the difference says so.
 */
export function differences(now: Meeting, then: Meeting): Difference[] {
  const ids = [...new Set([...now.attendees, ...then.attendees].map((entry) => entry.attendee))];
  return ids.flatMap((attendee) => {
    const recordNow = now.attendees.find((entry) => entry.attendee === attendee);
    const recordThen = then.attendees.find((entry) => entry.attendee === attendee);
    const kind = DIFFERENCE_BY_PAIR[`${recordNow?.attendance ?? 'unknown'}|${recordThen?.attendance ?? 'unknown'}`];
    const record = kind === 'new' || kind === 'listed-now-unknown-then' ? recordNow : recordThen;
    return kind && record ? [{ attendee, kind, record }] : [];
  });
}
