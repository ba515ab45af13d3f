/**
 * The story in eleven steps, for a classroom: each step sets the view (year, comparison,
 * highlighted republics, attendance markers) and tells two or three sentences. The sentences
 * take every name, date and count from the data, so that text and data cannot drift; the
 * wording and the caveats live in the messages catalogue. Pure; knows nothing about Svelte.
 */
import { attendanceRows, cstoAtTheTable, meetingInYear, meetingStatusDate, meetingYear, type MeetingsData } from './meetings.ts';
import {
  republicRecord,
  securityBlocNameAt,
  statusesAt,
  yearDate,
  yearEndDate,
  type IsoDate,
  type MembershipData,
  type Period,
  type RepublicStatus,
} from './membership.ts';
import { messages, type Messages } from './messages.ts';
import { isRepublicIso, type Bloc, type RepublicIso } from './vocabulary.ts';

/** Which story a step tells: the key of its sentences in the catalogue's `steps`. */
export type StepId =
  | 'founding'
  | 'treaty'
  | 'nonRenewal'
  | 'georgia'
  | 'uzbekistan'
  | 'meeting2017'
  | 'meeting2018'
  | 'ukraine'
  | 'armenia'
  | 'meeting2025'
  | 'moldova';

/** What one step shows. */
export interface StoryStep {
  id: StepId;
  /** The slider's year. */
  year: number;
  /** A second meeting year shown beside the year's own; null for none. */
  compare: number | null;
  /** The republics the step is about, in ISO order. */
  highlighted: readonly RepublicIso[];
  /** Whether the map marks who attended the year's meeting. */
  showAttendance: boolean;
}

/** The steps in story order; the address counts them from 1 (`?step=1` is the first). */
export const STORY_STEPS: readonly StoryStep[] = [
  // The three republics that signed the founding Agreement on 8 December 1991.
  { id: 'founding', year: 1991, compare: null, highlighted: ['BLR', 'RUS', 'UKR'], showAttendance: false },
  // The six that signed the Treaty on 15 May 1992.
  { id: 'treaty', year: 1992, compare: null, highlighted: ['ARM', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UZB'], showAttendance: false },
  { id: 'nonRenewal', year: 1999, compare: null, highlighted: ['AZE', 'GEO', 'UZB'], showAttendance: false },
  { id: 'georgia', year: 2009, compare: null, highlighted: ['GEO'], showAttendance: false },
  { id: 'uzbekistan', year: 2012, compare: null, highlighted: ['UZB'], showAttendance: false },
  // No republic is recorded at the 2017 meeting: highlighting one would suggest it attended.
  { id: 'meeting2017', year: 2017, compare: null, highlighted: [], showAttendance: true },
  // The nine states the story's photo caption names.
  {
    id: 'meeting2018',
    year: 2018,
    compare: 2017,
    highlighted: ['ARM', 'AZE', 'BLR', 'KAZ', 'KGZ', 'MDA', 'RUS', 'TJK', 'UZB'],
    showAttendance: true,
  },
  { id: 'ukraine', year: 2018, compare: null, highlighted: ['UKR'], showAttendance: false },
  { id: 'armenia', year: 2024, compare: null, highlighted: ['ARM'], showAttendance: false },
  // The ten states the reports of the 13th meeting name.
  {
    id: 'meeting2025',
    year: 2025,
    compare: null,
    highlighted: ['ARM', 'AZE', 'BLR', 'KAZ', 'KGZ', 'MDA', 'RUS', 'TJK', 'TKM', 'UZB'],
    showAttendance: true,
  },
  { id: 'moldova', year: 2026, compare: null, highlighted: ['MDA'], showAttendance: false },
];

/** How many steps there are: the last step's number. */
export const stepCount = STORY_STEPS.length;

/** The step numbered `n` (1-based), or undefined outside 1…stepCount. */
export function stepAt(n: number): StoryStep | undefined {
  return Number.isInteger(n) && n >= 1 && n <= stepCount ? STORY_STEPS[n - 1] : undefined;
}

/**
 * A step number written plainly ("3", not "03", " 3" or "3.0") within 1…stepCount, or
 * undefined: the shape of url.ts's own value parsers, which reads `?step=` with it.
 */
export function parseStepNumber(value: string): number | undefined {
  const step = Number(value);
  return String(step) === value && stepAt(step) ? step : undefined;
}

/** The data the sentences are worked out from. */
export interface StoryData {
  membership: MembershipData;
  meetings: MeetingsData;
}

/** What a step shows in words. */
export interface StepText {
  /** "1991: The CIS is founded". */
  title: string;
  /** Two or three sentences. */
  sentences: string[];
}

/**
 * The days of data/membership.json's key dates that the steps tell, by what happened. The
 * data confirms each (tests/unit/steps.test.ts); names and counts come from the periods.
 */
const KEY_DATES = {
  /** Belarus, Russia and Ukraine sign the Agreement establishing the CIS. */
  agreement: '1991-12-08',
  /** The Alma-Ata Protocol. */
  protocol: '1991-12-21',
  /** The Collective Security Treaty signed in Tashkent. */
  treaty: '1992-05-15',
  /** The CIS Charter adopted in Minsk. */
  charter: '1993-01-22',
  /** The Treaty enters into force. */
  treatyInForce: '1994-04-20',
  /** Six parties sign the protocol extending the Treaty. */
  treatyExtended: '1999-04-02',
} as const satisfies Record<string, IsoDate>;

const yearOf = (date: IsoDate) => Number(date.slice(0, 4));

/** Works out a step's sentences from the data. */
type StepBuilder = (data: StoryData, step: StoryStep, catalogue: Messages) => string[];

/** The republics whose standing at a date passes a test. */
function republicsWhere(data: MembershipData, date: IsoDate, test: (status: RepublicStatus) => boolean): RepublicIso[] {
  return statusesAt(data, date)
    .filter(test)
    .map((status) => status.iso);
}

/** The first day of a republic's first period with a status in a bloc; the sentences depend on it. */
function periodStart(data: MembershipData, iso: RepublicIso, bloc: Bloc, status: string): IsoDate {
  const periods: readonly Period[] = republicRecord(data, iso)[bloc];
  const from = periods.find((period) => period.status === status)?.from;
  // The steps tell only dated changes; a missing one means the data no longer supports the text.
  if (!from) throw new Error(`Story step: no dated ${bloc} period "${status}" for ${iso}`);
  return from;
}

const BUILDERS: Record<StepId, StepBuilder> = {
  founding({ membership }, step, c) {
    const atYearEnd = statusesAt(membership, yearEndDate(step.year, membership));
    const signers = republicsWhere(membership, KEY_DATES.protocol, (s) => s.cis !== 'none');
    const withStatus = (status: string) => atYearEnd.filter((s) => s.cis === status).map((s) => s.iso);
    return c.steps.founding.text({
      agreementDate: c.formatDate(KEY_DATES.agreement),
      founders: republicsWhere(membership, KEY_DATES.agreement, (s) => s.cis !== 'none'),
      protocolDate: c.formatDayMonth(KEY_DATES.protocol),
      signerCount: signers.length,
      outside: republicsWhere(membership, KEY_DATES.protocol, (s) => s.cis === 'none'),
      members: withStatus('member'),
      participants: withStatus('participant'),
      charterYear: yearOf(KEY_DATES.charter),
      signatoryCount: withStatus('signatory').length,
      yearDate: yearDate(step.year, membership),
    });
  },
  treaty({ membership }, step, c) {
    const signers = republicsWhere(membership, KEY_DATES.treaty, (s) => s.csto === 'member');
    const joinYear = step.year + 1;
    const joiners = republicsWhere(membership, yearEndDate(joinYear, membership), (s) => s.csto === 'member').filter(
      (iso) => !signers.includes(iso),
    );
    const treatyOnly = republicsWhere(membership, yearEndDate(step.year, membership), (s) => s.isInCsto && !s.isInCis);
    return c.steps.treaty.text({
      date: c.formatDate(KEY_DATES.treaty),
      signers,
      blocName: c.blocNames[securityBlocNameAt(membership, KEY_DATES.treaty)],
      joiners,
      joinYear,
      yearDate: yearDate(step.year, membership),
      treatyOnly,
    });
  },
  nonRenewal({ membership }, step, c) {
    const atYearEnd = statusesAt(membership, yearEndDate(step.year, membership));
    const stayed = atYearEnd.filter((s) => s.isInCsto).map((s) => s.iso);
    // Those whose withdrawal is dated in the year: the ones that did not renew.
    const leavers = atYearEnd.flatMap(({ iso, csto, cstoPeriod }) =>
      csto === 'withdrawn' && cstoPeriod?.from && yearOf(cstoPeriod.from) === step.year ? [{ iso, from: cstoPeriod.from }] : [],
    );
    return c.steps.nonRenewal.text({
      blocName: c.blocNames[securityBlocNameAt(membership, KEY_DATES.treatyInForce)],
      inForce: c.formatDate(KEY_DATES.treatyInForce),
      extension: c.formatDate(KEY_DATES.treatyExtended),
      leavers: leavers.map((leaver) => leaver.iso),
      exitDate: c.formatDate(leavers[0].from),
      stayed,
    });
  },
  georgia({ membership }, _step, c) {
    const effective = periodStart(membership, 'GEO', 'cis', 'withdrawn');
    const treatyExit = periodStart(membership, 'GEO', 'csto', 'withdrawn');
    return c.steps.georgia.text({
      notice: c.formatDate(periodStart(membership, 'GEO', 'cis', 'withdrawing')),
      effective: c.formatDate(effective),
      effectiveYear: yearOf(effective),
      blocName: c.blocNames[securityBlocNameAt(membership, treatyExit)],
      treatyExitYear: yearOf(treatyExit),
    });
  },
  uzbekistan({ membership }, _step, c) {
    // The return is the membership period that follows the withdrawal.
    const left = periodStart(membership, 'UZB', 'csto', 'withdrawn');
    const rejoined = republicRecord(membership, 'UZB').csto.find(
      (period) => period.status === 'member' && period.from !== null && period.from > left,
    );
    if (!rejoined?.from) throw new Error('Story step: no return of UZB to the CSTO after its withdrawal');
    return c.steps.uzbekistan.text({
      leftYear: yearOf(left),
      rejoined: c.formatDate(rejoined.from),
      suspended: c.formatDate(periodStart(membership, 'UZB', 'csto', 'suspended')),
    });
  },
  meeting2017({ meetings }, step, c) {
    const first = [...meetings.meetings].sort((a, b) => a.number - b.number)[0];
    const meeting = meetingInYear(meetings, step.year);
    const csto = meeting?.attendees.find((entry) => entry.attendee === 'CSTO');
    if (!meeting || csto?.attendance !== 'absent') throw new Error(`Story step: the CSTO is not recorded absent in ${step.year}`);
    return c.steps.meeting2017.text({
      firstMeeting: first.date,
      number: meeting.number,
      year: step.year,
    });
  },
  meeting2018({ membership, meetings }, step, c) {
    const meeting = meetingInYear(meetings, step.year);
    const csto = meeting?.attendees.find((entry) => entry.attendee === 'CSTO');
    if (!meeting?.place || step.compare === null || !csto?.person || !csto.role)
      throw new Error(`Story step: no CSTO representative recorded at the ${step.year} meeting`);
    const before = meetingInYear(meetings, step.compare)?.attendees.find((entry) => entry.attendee === 'CSTO');
    if (before?.attendance !== 'absent') throw new Error(`Story step: the CSTO is not recorded absent in ${step.compare}`);
    const statuses = statusesAt(membership, meetingStatusDate(meeting));
    const order = statuses.map((status) => status.iso);
    const republicRows = attendanceRows(meeting, statuses, order).filter((row) => isRepublicIso(row.attendee));
    const listed = republicRows.filter((row) => row.shown === 'listed').map((row) => row.attendee as RepublicIso);
    // Only a CIS state can be missing from the record; one outside the CIS is not expected there.
    const unknown = republicRows.filter((row) => row.shown === 'unknown').map((row) => row.attendee as RepublicIso);
    const listedStatuses = statuses.filter((status) => listed.includes(status.iso));
    // A suspended member is outside the CSTO's count but not outside the CSTO: told apart.
    const suspended = listedStatuses.filter((status) => status.csto === 'suspended').map((status) => status.iso);
    const outside = listedStatuses
      .filter((status) => !status.isInCsto && status.csto !== 'suspended')
      .map((status) => status.iso);
    return c.steps.meeting2018.text({
      number: meeting.number,
      place: meeting.place,
      date: meeting.date,
      role: csto.role,
      person: csto.person,
      compareYear: step.compare,
      listed,
      unknown,
      outside,
      suspended,
    });
  },
  ukraine({ membership }, step, c) {
    const neither = republicsWhere(membership, yearEndDate(step.year, membership), (s) => !s.isInCis && !s.isInCsto);
    return c.steps.ukraine.text({
      date: c.formatDate(periodStart(membership, 'UKR', 'cis', 'ended')),
      yearDate: yearDate(step.year, membership),
      neither,
    });
  },
  armenia({ membership }, _step, c) {
    return c.steps.armenia.text({ date: c.formatDate(periodStart(membership, 'ARM', 'csto', 'frozen')) });
  },
  meeting2025({ meetings }, step, c) {
    const meeting = meetingInYear(meetings, step.year);
    const csto = meeting?.attendees.find((entry) => entry.attendee === 'CSTO');
    if (!meeting?.place || csto?.attendance !== 'listed')
      throw new Error(`Story step: the CSTO is not recorded at the ${step.year} meeting`);
    const { first, listedYears, meetingsSince, absentSince } = cstoAtTheTable(meetings);
    const othersSilent = meeting.attendees.filter((entry) => entry.othersSilent).map((entry) => entry.attendee);
    return c.steps.meeting2025.text({
      number: meeting.number,
      place: meeting.place,
      date: meeting.date,
      person: csto.person,
      role: csto.role,
      firstYear: meetingYear(first),
      listedYears,
      meetingsSince,
      absentSince,
      othersSilent,
    });
  },
  moldova({ membership }, _step, c) {
    return c.steps.moldova.text({
      date: c.formatDate(periodStart(membership, 'MDA', 'cis', 'withdrawing')),
      protocolDate: c.formatDate(KEY_DATES.protocol),
      asOf: c.formatDate(membership.asOf),
    });
  },
};

/** A step's heading and sentences, worked out from the data. */
export function stepText(data: StoryData, step: StoryStep, catalogue: Messages = messages): StepText {
  return {
    title: catalogue.steps.heading(step.year, catalogue.steps[step.id].title),
    sentences: BUILDERS[step.id](data, step, catalogue),
  };
}
