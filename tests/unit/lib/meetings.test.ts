/**
 * The meetings of the heads of the CIS Security Councils: the data against the facts, the
 * attendance rows, the status date and the comparison sentences.
 *
 * Every expected value below was typed by hand from ../shared/facts/meetings.md (and the rules
 * in ../shared/facts/README.md: "unknown" is never "absent"), and the comparison sentences from
 * the message templates in src/lib/messages.ts (`meetings.compare`, `meetings.inText`), never
 * copied from running the code.
 */
import { describe, expect, it } from 'vitest';
import { meetings, membership } from '../../../src/lib/data.ts';
import { messages } from '../../../src/lib/messages.ts';
import {
  attendanceRows,
  cstoLine,
  cstoYears,
  isStandIn,
  meetingShownFor,
  meetingYear,
  differences,
  meetingInYear,
  meetingStatusDate,
  meetingYears,
  type AttendanceShown,
  type AttendeeId,
  type Meeting,
} from '../../../src/lib/meetings.ts';
import { attendeeName, cstoAtTableText, describeDifferences } from '../../../src/lib/meetingText.ts';
import { statusesAt } from '../../../src/lib/membership.ts';
import type { RepublicIso } from '../../../src/lib/vocabulary.ts';

// The 15 republics by ISO alpha-3 (../shared/facts/README.md), typed here, and the two
// organisations of meetings.md.
const REPUBLICS: RepublicIso[] = [
  'ARM',
  'AZE',
  'BLR',
  'EST',
  'GEO',
  'KAZ',
  'KGZ',
  'LVA',
  'LTU',
  'MDA',
  'RUS',
  'TJK',
  'TKM',
  'UKR',
  'UZB',
];
const EVERY_ATTENDEE: AttendeeId[] = [...REPUBLICS, 'CIS-EC', 'CSTO'];

/** One named attendee of a facts row: who, and the person/role the row gives in brackets. */
type Named = [attendee: AttendeeId, person: string | null, role: string | null];

interface FactsRow {
  number: number;
  year: number;
  date: string;
  place: string | null;
  found: boolean;
  /** The "listed" column, in the facts' order. */
  listed: Named[];
  /** The "absent" column. */
  absent: Named[];
  /** The "sources" column. */
  sources: string[];
}

// Every row of ../shared/facts/meetings.md, typed by hand. "—" is null (place) or an empty list.
const FACTS: FactsRow[] = [
  { number: 1, year: 2013, date: '2013-12', place: 'Moscow', found: true, listed: [], absent: [], sources: ['TASS14'] },
  {
    number: 2,
    year: 2014,
    date: '2014-09-26',
    place: 'Moscow',
    found: true,
    listed: [['RUS', 'Patrushev', null]],
    absent: [],
    sources: ['TASS14'],
  },
  {
    number: 3,
    year: 2015,
    date: '2015-11-11',
    place: 'Moscow',
    found: true,
    listed: [
      ['BLR', 'Stanislav Zas', null],
      ['RUS', null, null],
    ],
    absent: [],
    sources: ['SPBY15'],
  },
  // "no source found".
  { number: 4, year: 2016, date: '2016', place: null, found: false, listed: [], absent: [], sources: [] },
  // "The CSTO was not present at the 5th meeting … in 2017".
  {
    number: 5,
    year: 2017,
    date: '2017',
    place: null,
    found: true,
    listed: [],
    absent: [['CSTO', null, null]],
    sources: ['STORY', 'TRD18'],
  },
  {
    number: 6,
    year: 2018,
    date: '2018-11-21',
    place: 'Moscow',
    found: true,
    listed: [
      ['AZE', 'Ramiz Mehdiyev', 'head of the presidential administration'],
      ['ARM', 'Armen Grigoryan', null],
      ['BLR', 'Stanislav Zas', null],
      ['KAZ', 'Gabit Bayzhanov', null],
      ['KGZ', 'Damir Sagynbayev', null],
      ['MDA', 'Artur Gumenyuk', null],
      ['RUS', 'Nikolai Patrushev', 'host'],
      ['TJK', 'Abdurahim Kakharov', null],
      ['UZB', 'Viktor Makhmudov', null],
      ['CIS-EC', 'Sergey Lebedev', 'chairman of the Executive Committee'],
      ['CSTO', 'Valery Semerikov', 'acting Secretary General'],
    ],
    absent: [],
    sources: ['STORY', 'TRD18', 'ASIA18', 'MIR18', 'BELTA18', 'ULT18'],
  },
  {
    number: 7,
    year: 2019,
    date: '2019-11-20',
    place: 'Moscow',
    found: true,
    // "ARM (Armen Grigoryan, gave a speech)": what he did is a note, not a role.
    listed: [
      ['AZE', 'Ramil Usubov', null],
      ['ARM', 'Armen Grigoryan', null],
      ['RUS', 'Nikolai Patrushev', null],
    ],
    absent: [],
    sources: ['REP19', 'SECO19', 'RG19', 'NEWSAM19'],
  },
  {
    number: 8,
    year: 2020,
    date: '2020-11-18',
    place: 'video conference',
    found: true,
    listed: [
      ['RUS', 'Patrushev', null],
      ['AZE', 'Usubov', null],
      ['ARM', 'Grigoryan', null],
      ['KAZ', 'Issekeshev', null],
      ['KGZ', 'Ryskeldi Musayev', null],
      ['TJK', 'Nasrullo Makhmudzoda', null],
      ['UZB', 'Viktor Makhmudov', null],
      ['TKM', 'Charymurad Amanov', null],
      ['BLR', 'Vladimir Archakov', 'deputy'],
      ['CIS-EC', 'Lebedev', null],
      ['CSTO', 'Stanislav Zas', 'Secretary General'],
      // The notes column: "MDA: listed by TMEMB20 only … show MDA as attended with this note".
      ['MDA', null, null],
    ],
    absent: [],
    sources: ['INF20', 'KHOVAR20', 'TMEMB20'],
  },
  {
    number: 9,
    year: 2021,
    date: '2021-11-17',
    place: 'Moscow',
    found: true,
    listed: [
      ['RUS', 'Nikolai Patrushev', null],
      ['AZE', 'Ramil Usubov', null],
      ['ARM', null, null],
      ['BLR', 'Aleksandr Volfovich', 'State Secretary'],
      ['KAZ', null, null],
      ['KGZ', 'Marat Imankulov', null],
      ['TJK', null, null],
      ['TKM', null, null],
      ['UZB', null, null],
    ],
    absent: [],
    sources: ['AZN21', 'KANT21', 'LAWBY21'],
  },
  {
    number: 10,
    year: 2022,
    date: '2022-11-03',
    place: 'Moscow',
    found: true,
    listed: [['RUS', null, null]],
    absent: [],
    sources: ['INO22'],
  },
  {
    number: 11,
    year: 2023,
    date: '2023-11-08',
    place: 'Moscow',
    found: true,
    listed: [
      ['RUS', 'Patrushev', null],
      ['ARM', null, 'ambassador to Russia'],
    ],
    absent: [],
    sources: ['KREM23', 'IFX23', 'TAR23'],
  },
  // "RUS (Sergei Shoigu, chair; read Putin's greeting)": what he did is a note, not a role.
  {
    number: 12,
    year: 2024,
    date: '2024-11-07',
    place: 'Moscow',
    found: true,
    listed: [
      ['RUS', 'Sergei Shoigu', 'chair'],
      ['CIS-EC', 'Sergey Lebedev', 'CIS Secretary General'],
      ['BLR', 'Aleksandr Volfovich', null],
    ],
    absent: [],
    sources: ['SAR24', 'CAL24', 'TASS24', 'KUN24', 'NEWSBY24'],
  },
  {
    number: 13,
    year: 2025,
    date: '2025-11-05',
    place: 'Moscow (National Centre "Russia")',
    found: true,
    listed: [
      ['RUS', 'Sergei Shoigu', 'chair'],
      ['AZE', 'Ramil Usubov', null],
      ['ARM', 'Armen Grigoryan', null],
      ['BLR', 'Aleksandr Volfovich', null],
      // "KAZ, KGZ, TJK, UZB (representatives, not named)": no person, no role.
      ['KAZ', null, null],
      ['KGZ', null, null],
      ['TJK', null, null],
      ['UZB', null, null],
      ['CIS-EC', 'Denis Trefilov', 'deputy Secretary General'],
      // "CSTO ("the leadership of the CSTO", not named)".
      ['CSTO', null, null],
      // "TKM and MDA (representatives; MIR25, TASS25W)".
      ['TKM', null, null],
      ['MDA', null, null],
    ],
    absent: [],
    sources: ['TASS25', 'VK25', 'SECO25', 'IZ25', 'MIR25', 'MAILRU25', 'TASS25W'],
  },
];

/** The meeting of a year in the checked data; fails the test if there is none. */
function meetingOf(year: number): Meeting {
  const meeting = meetingInYear(meetings, year);
  if (!meeting) throw new Error(`no meeting in ${year} in data/meetings.json`);
  return meeting;
}

const rowsOf = (meeting: Meeting) => attendanceRows(meeting, statusesAt(membership, meetingStatusDate(meeting)), REPUBLICS);

describe('data/meetings.json against the facts', () => {
  it('has the 13 meetings of the facts, in order', () => {
    expect(meetings.meetings.map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(FACTS.map((row) => row.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  describe.each(FACTS)('meeting $number ($date)', (row) => {
    it('has the number, date, place, found flag and sources of the facts', () => {
      const meeting = meetingOf(row.year);
      expect(meeting.number).toBe(row.number);
      expect(meeting.date).toBe(row.date);
      expect(meeting.place).toBe(row.place);
      expect(meeting.found).toBe(row.found);
      expect(meeting.sources).toEqual(row.sources);
    });

    it('records each listed and absent attendee with the person and role of the facts', () => {
      const meeting = meetingOf(row.year);
      for (const [attendance, named] of [
        ['listed', row.listed],
        ['absent', row.absent],
      ] as const)
        for (const [attendee, person, role] of named) {
          const record = meeting.attendees.find((entry) => entry.attendee === attendee);
          expect(record, `${attendee} in ${row.year}`).toMatchObject({ attendance, person, role });
          expect(record?.sources.length, `${attendee} in ${row.year} has a source`).toBeGreaterThan(0);
        }
    });

    it("lists the named attendees in the facts' order (the comparisons below rely on it)", () => {
      const meeting = meetingOf(row.year);
      const recorded = meeting.attendees.filter((entry) => entry.attendance !== 'unknown').map((e) => e.attendee);
      expect(recorded).toEqual([...row.listed, ...row.absent].map(([attendee]) => attendee));
    });

    it('shows every other attendee as unknown, never absent', () => {
      const meeting = meetingOf(row.year);
      const listed = new Set(row.listed.map(([attendee]) => attendee));
      const absent = new Set(row.absent.map(([attendee]) => attendee));
      const rows = rowsOf(meeting);
      expect(rows.map((r) => r.attendee)).toEqual(EVERY_ATTENDEE);
      for (const r of rows) {
        const expected = listed.has(r.attendee) ? 'listed' : absent.has(r.attendee) ? 'absent' : 'unknown';
        expect(r.attendance, `${r.attendee} in ${row.year}`).toBe(expected);
        if (expected !== 'absent') expect(r.shown, `${r.attendee} in ${row.year}`).not.toBe('absent');
      }
    });
  });

  it('2016 (4th): no source found, so no attendees and no sources', () => {
    const meeting = meetingOf(2016);
    expect(meeting).toMatchObject({ number: 4, found: false, attendees: [], sources: [] });
    expect(rowsOf(meeting).every((r) => r.attendance === 'unknown')).toBe(true);
  });

  it("2017: the CSTO is absent, on the story's word", () => {
    const csto = rowsOf(meetingOf(2017)).find((r) => r.attendee === 'CSTO');
    expect(csto).toMatchObject({ attendance: 'absent', shown: 'absent' });
    expect(csto?.record?.sources).toContain('STORY');
  });

  it('2018: Turkmenistan is unknown, with the note about "ten member states"', () => {
    const tkm = rowsOf(meetingOf(2018)).find((r) => r.attendee === 'TKM');
    expect(tkm).toMatchObject({ attendance: 'unknown', shown: 'unknown' });
    expect(tkm?.record?.note).toContain('ten member states');
  });

  it("2021: Moldova is not in KANT21's list of those who spoke, so unknown (not absent)", () => {
    const mda = rowsOf(meetingOf(2021)).find((r) => r.attendee === 'MDA');
    expect(mda).toMatchObject({ attendance: 'unknown', shown: 'unknown' });
  });

  it('2020: Moldova, named by one source only, is listed (not unknown)', () => {
    const mda = rowsOf(meetingOf(2020)).find((r) => r.attendee === 'MDA');
    expect(mda).toMatchObject({ attendance: 'listed', shown: 'listed' });
  });

  // The notes column of meetings.md: Moldova 2020 rests on TMEMB20 while INF20 and KHOVAR20,
  // which list nine states, do not name it; Turkmenistan and Moldova 2025 rest on MIR25 and
  // TASS25W, while IZ25, which lists the states present, does not name them. No other record
  // rests on some sources against the silence of the others.
  const OTHERS_SILENT: [year: number, attendee: AttendeeId, resting: string[], silent: string[]][] = [
    [2020, 'MDA', ['TMEMB20'], ['INF20', 'KHOVAR20']],
    [2025, 'TKM', ['MIR25', 'TASS25W'], ['IZ25']],
    [2025, 'MDA', ['MIR25', 'TASS25W'], ['IZ25']],
  ];

  it('exactly the three records of the facts carry othersSilent', () => {
    const flagged = meetings.meetings.flatMap((m) =>
      m.attendees.filter((entry) => 'othersSilent' in entry).map((entry) => `${m.date.slice(0, 4)} ${entry.attendee}`),
    );
    expect(flagged).toEqual(OTHERS_SILENT.map(([year, attendee]) => `${year} ${attendee}`));
  });

  it.each(OTHERS_SILENT)(
    '%i %s: listed on %j only, othersSilent true, with a note naming them and the silent %j',
    (year, attendee, resting, silent) => {
      const record = meetingOf(year).attendees.find((entry) => entry.attendee === attendee);
      expect(record).toMatchObject({ attendance: 'listed', othersSilent: true, sources: resting });
      expect(record?.note.trim()).not.toBe('');
      for (const key of [...resting, ...silent]) expect(record?.note).toContain(key);
    },
  );

  it('no meeting but 2017 records anyone as absent', () => {
    const absent = meetings.meetings.flatMap((m) =>
      m.attendees.filter((entry) => entry.attendance === 'absent').map((entry) => `${m.date} ${entry.attendee}`),
    );
    expect(absent).toEqual(['2017 CSTO']);
  });
});

describe('attendanceRows', () => {
  // From ../shared/facts/membership.md: at 21 Nov 2018 Georgia has withdrawn (2009), Ukraine has
  // ended its participation (19 May 2018), the Baltic states never took part; Turkmenistan is an
  // associate (in the CIS) and Moldova a member.
  const SHOWN_2018: Record<AttendeeId, AttendanceShown> = {
    ARM: 'listed',
    AZE: 'listed',
    BLR: 'listed',
    EST: 'not-cis',
    GEO: 'not-cis',
    KAZ: 'listed',
    KGZ: 'listed',
    LVA: 'not-cis',
    LTU: 'not-cis',
    MDA: 'listed',
    RUS: 'listed',
    TJK: 'listed',
    TKM: 'unknown',
    UKR: 'not-cis',
    UZB: 'listed',
    'CIS-EC': 'listed',
    CSTO: 'listed',
  };

  it('2018: a republic outside the CIS and not recorded is "not a CIS state"; Turkmenistan is unknown', () => {
    const shown = Object.fromEntries(rowsOf(meetingOf(2018)).map((r) => [r.attendee, r.shown]));
    expect(shown).toEqual(SHOWN_2018);
  });

  it('2018: not-cis rows keep attendance "unknown" (never absent)', () => {
    for (const r of rowsOf(meetingOf(2018)).filter((row) => row.shown === 'not-cis')) {
      expect(r.attendance).toBe('unknown');
      expect(r.record).toBeUndefined();
    }
  });

  it('2013 (end of December): Ukraine is still a participant, so unknown; Georgia and the Baltics not-cis', () => {
    const shown = Object.fromEntries(rowsOf(meetingOf(2013)).map((r) => [r.attendee, r.shown]));
    expect(shown).toEqual({
      ARM: 'unknown',
      AZE: 'unknown',
      BLR: 'unknown',
      EST: 'not-cis',
      GEO: 'not-cis',
      KAZ: 'unknown',
      KGZ: 'unknown',
      LVA: 'not-cis',
      LTU: 'not-cis',
      MDA: 'unknown',
      RUS: 'unknown',
      TJK: 'unknown',
      TKM: 'unknown',
      UKR: 'unknown',
      UZB: 'unknown',
      'CIS-EC': 'unknown',
      CSTO: 'unknown',
    });
  });

  it('2025: Moldova is listed; a member until its exit began in March 2026, without its record it would be unknown, not not-cis', () => {
    expect(rowsOf(meetingOf(2025)).find((r) => r.attendee === 'MDA')?.shown).toBe('listed');
    const meeting = structuredClone(meetingOf(2025));
    const withoutMoldova: Meeting = { ...meeting, attendees: meeting.attendees.filter((entry) => entry.attendee !== 'MDA') };
    expect(rowsOf(withoutMoldova).find((r) => r.attendee === 'MDA')?.shown).toBe('unknown');
  });

  it('organisations are never not-cis, even when no republic is in the CIS', () => {
    const outside = REPUBLICS.map((iso) => ({ iso, isInCis: false }));
    const rows = attendanceRows(meetingOf(2013), outside, REPUBLICS);
    expect(rows.filter((r) => r.attendee === 'CIS-EC' || r.attendee === 'CSTO').map((r) => r.shown)).toEqual([
      'unknown',
      'unknown',
    ]);
    expect(rows.filter((r) => r.shown === 'not-cis').map((r) => r.attendee)).toEqual(REPUBLICS);
  });

  it('a recorded attendee shows its record even if outside the CIS', () => {
    const outside = REPUBLICS.map((iso) => ({ iso, isInCis: false }));
    const rows = attendanceRows(meetingOf(2017), outside, REPUBLICS);
    expect(rows.find((r) => r.attendee === 'CSTO')?.shown).toBe('absent');
    const rus2014 = attendanceRows(meetingOf(2014), outside, REPUBLICS).find((r) => r.attendee === 'RUS');
    expect(rus2014?.shown).toBe('listed');
  });

  it('gives republics in the order asked, then CIS-EC and CSTO', () => {
    const order: RepublicIso[] = ['RUS', 'UKR', 'ARM'];
    expect(attendanceRows(meetingOf(2018), [], order).map((r) => r.attendee)).toEqual(['RUS', 'UKR', 'ARM', 'CIS-EC', 'CSTO']);
  });
});

describe('meetingStatusDate', () => {
  it.each([
    ['2018-11-21', '2018-11-21'],
    ['2013-12', '2013-12-31'],
    ['2024-11', '2024-11-30'],
    ['2024-02', '2024-02-29'],
    ['2023-02', '2023-02-28'],
    ['2016', '2016-12-31'],
    ['2017', '2017-12-31'],
  ])('%s → %s', (date, expected) => {
    expect(meetingStatusDate({ date })).toBe(expected);
  });

  it('for a synthetic meeting of February 2024, the leap day', () => {
    const synthetic: Meeting = { ...structuredClone(meetingOf(2024)), date: '2024-02' };
    expect(meetingStatusDate(synthetic)).toBe('2024-02-29');
  });
});

describe('meetingInYear and meetingYears', () => {
  it('2012: none (the series began in December 2013)', () => {
    expect(meetingInYear(meetings, 2012)).toBeUndefined();
  });

  it('2013: the 1st meeting, December 2013', () => {
    expect(meetingInYear(meetings, 2013)).toMatchObject({ number: 1, date: '2013-12', found: true });
  });

  it('2016: the 4th meeting, not found', () => {
    expect(meetingInYear(meetings, 2016)).toMatchObject({ number: 4, date: '2016', found: false });
  });

  it('2026: none (data as of March 2026)', () => {
    expect(meetingInYear(meetings, 2026)).toBeUndefined();
  });

  it('the years 2013–2025, one meeting each', () => {
    expect(meetingYears(meetings)).toEqual([2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  });
});

describe('attendeeName', () => {
  it.each([
    ['MDA', 'Moldova'],
    ['CIS-EC', 'CIS Executive Committee'],
    ['CSTO', 'CSTO'],
  ] as const)('%s → %s', (attendee, name) => {
    expect(attendeeName(attendee)).toBe(name);
  });
});

// The sentences of describeDifferences. One sentence per kind, in the order: new, gone, listed in
// the year in view but unknown in the other, listed in the other but unknown in the year in view.
// Within a sentence, `differences()` orders attendees by first appearance in the meeting in
// view's `attendees` array, then those that appear only in the other meeting's array (it builds
// `new Set([...now.attendees, ...then.attendees])`). The data keeps the facts' order (tested
// above), so the lists below follow the facts' "listed" column of the meeting in view.
// An attendee in a sentence is "name (role person)", e.g. "the CSTO (acting Secretary General
// Valery Semerikov)"; lists are joined "A, B and C".
const NOT_A_CHANGE_THEY = (year: number) => `Our sources do not say whether they attended in ${year}, so this is not a change.`;
const NOT_A_CHANGE_IT = (year: number) => `Our sources do not say whether it attended in ${year}, so this is not a change.`;

// The ten attendees of 2018 other than the CSTO, as the 2018 facts row names them.
// A gap in the record names only the attendees (no persons): they are not claimed as a change.
const LISTED_2018_BUT_CSTO =
  'Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Moldova, Russia, Tajikistan, Uzbekistan ' +
  'and the CIS Executive Committee';

// The eleven attendees of 2020 other than the CSTO, in the order of the 2020 facts row (its
// "listed" column, then Moldova from its notes).
const LISTED_2020_BUT_CSTO =
  'Russia, Azerbaijan, Armenia, Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan, Turkmenistan, Belarus, ' +
  'the CIS Executive Committee and Moldova';

// The nine attendees of 2025 not recorded for 2019, in the order of the 2025 facts row.
const LISTED_2025_NOT_2019 =
  'Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan, the CIS Executive Committee, the CSTO, ' + 'Turkmenistan and Moldova';

/**
 * `compare.caveat`: "On Moldova: " and the record's note, which must name the sources the
 * attendance rests on and the sources that are silent (meetings.md's notes column).
 */
const CAVEAT = (name: string, keys: string[]) =>
  expect.stringMatching(new RegExp(`^On ${name}: ${keys.map((key) => `(?=.*\\b${key}\\b)`).join('')}`));

const REAL_COMPARISONS: [year: number, other: number, sentences: string[]][] = [
  // The story's view: the CSTO absent in 2017, present in 2018. Nobody else is recorded for 2017.
  [
    2018,
    2017,
    [
      'New in 2018: the CSTO (acting Secretary General Valery Semerikov).',
      `Listed in 2018 but not recorded for 2017: ${LISTED_2018_BUT_CSTO}. ${NOT_A_CHANGE_THEY(2017)}`,
    ],
  ],
  [
    2017,
    2018,
    [
      'Absent in 2017, present in 2018: the CSTO (acting Secretary General Valery Semerikov).',
      `Listed in 2018 but not recorded for 2017: ${LISTED_2018_BUT_CSTO}. ${NOT_A_CHANGE_THEY(2017)}`,
    ],
  ],
  // Moldova 2020 rests on TMEMB20 alone: its caveat follows the sentences.
  [
    2020,
    2017,
    [
      'New in 2020: the CSTO (Secretary General Stanislav Zas).',
      `Listed in 2020 but not recorded for 2017: ${LISTED_2020_BUT_CSTO}. ${NOT_A_CHANGE_THEY(2017)}`,
      CAVEAT('Moldova', ['TMEMB20', 'INF20', 'KHOVAR20']),
    ],
  ],
  // 2020 lists Turkmenistan (unknown in 2018); both list Moldova, so no difference there and no caveat.
  [2020, 2018, [`Listed in 2020 but not recorded for 2018: Turkmenistan. ${NOT_A_CHANGE_IT(2018)}`]],
  [2018, 2020, [`Listed in 2020 but not recorded for 2018: Turkmenistan. ${NOT_A_CHANGE_IT(2018)}`]],
  // 2013 records nobody; 2014 lists Russia.
  [2013, 2014, [`Listed in 2014 but not recorded for 2013: Russia. ${NOT_A_CHANGE_IT(2013)}`]],
  // Different people for the same attendee are not a difference in attendance.
  // Turkmenistan and Moldova 2025 rest on MIR25 and TASS25W: their caveats follow.
  [
    2019,
    2025,
    [
      `Listed in 2025 but not recorded for 2019: ${LISTED_2025_NOT_2019}. ${NOT_A_CHANGE_THEY(2019)}`,
      CAVEAT('Turkmenistan', ['MIR25', 'TASS25W', 'IZ25']),
      CAVEAT('Moldova', ['MIR25', 'TASS25W', 'IZ25']),
    ],
  ],
  // No record for 2016; no meeting in 2005 or 2026.
  [2016, 2018, ['There is no meeting record for 2016 to compare.']],
  [2018, 2016, ['There is no meeting record for 2016 to compare.']],
  [2018, 2005, ['There is no meeting record for 2005 to compare.']],
  [2005, 2018, ['There is no meeting record for 2005 to compare.']],
  [2025, 2026, ['There is no meeting record for 2026 to compare.']],
];

describe('describeDifferences on the checked data', () => {
  it.each(REAL_COMPARISONS)('%i compared with %i', (year, other, sentences) => {
    expect(describeDifferences(meetingInYear(meetings, year), meetingInYear(meetings, other), year, other)).toEqual(sentences);
  });

  it('2018 vs 2017 claims no republic as new', () => {
    const sentences = describeDifferences(meetingOf(2018), meetingOf(2017), 2018, 2017);
    const newSentences = sentences.filter((s) => s.startsWith('New in'));
    expect(newSentences).toEqual(['New in 2018: the CSTO (acting Secretary General Valery Semerikov).']);
    for (const name of [
      'Azerbaijan',
      'Armenia',
      'Belarus',
      'Kazakhstan',
      'Kyrgyzstan',
      'Moldova',
      'Russia',
      'Tajikistan',
      'Uzbekistan',
    ])
      expect(newSentences[0]).not.toContain(name);
    expect(
      differences(meetingOf(2018), meetingOf(2017))
        .filter((d) => d.kind === 'new')
        .map((d) => d.attendee),
    ).toEqual(['CSTO']);
  });
});

describe('describeDifferences on synthetic meetings', () => {
  const m2019 = () => structuredClone(meetingOf(2019));

  it('an identical meeting: no recorded difference', () => {
    expect(describeDifferences(meetingOf(2019), m2019(), 2019, 2030)).toEqual(['No recorded difference between 2019 and 2030.']);
  });

  it('two meetings with no attendees recorded: no recorded difference', () => {
    const empty = { ...m2019(), attendees: [] };
    expect(describeDifferences(empty, structuredClone(empty), 2030, 2031)).toEqual([
      'No recorded difference between 2030 and 2031.',
    ]);
  });

  // 2019 with Azerbaijan and Armenia recorded absent (on an invented source).
  const withAbsences = (): Meeting => {
    const meeting = m2019();
    for (const entry of meeting.attendees)
      if (entry.attendee === 'AZE' || entry.attendee === 'ARM')
        Object.assign(entry, { attendance: 'absent', person: null, role: null, sources: ['TEST'] });
    return meeting;
  };

  it('listed attendees who become absent: "Absent in …, present in …", with the earlier people', () => {
    expect(describeDifferences(withAbsences(), meetingOf(2019), 2030, 2019)).toEqual([
      'Absent in 2030, present in 2019: Azerbaijan (Ramil Usubov) and Armenia (Armen Grigoryan).',
    ]);
  });

  it('the other way round: "New in …"', () => {
    expect(describeDifferences(meetingOf(2019), withAbsences(), 2019, 2030)).toEqual([
      'New in 2019: Azerbaijan (Ramil Usubov) and Armenia (Armen Grigoryan).',
    ]);
  });

  it('one of each kind, in the order new, gone, listed-now-unknown-then, listed-then-unknown-now', () => {
    // Now: CSTO listed, RUS absent, KAZ listed, (MDA not recorded). Then: CSTO absent, RUS listed,
    // (KAZ not recorded), MDA listed.
    const now: Meeting = {
      ...m2019(),
      attendees: [
        {
          attendee: 'CSTO',
          attendance: 'listed',
          person: 'A. Person',
          role: 'Secretary General',
          sources: ['T'],
          note: '',
        },
        {
          attendee: 'RUS',
          attendance: 'absent',
          person: null,
          role: null,
          sources: ['T'],
          note: '',
        },
        {
          attendee: 'KAZ',
          attendance: 'listed',
          person: null,
          role: null,
          sources: ['T'],
          note: '',
        },
      ],
    };
    const then: Meeting = {
      ...m2019(),
      attendees: [
        {
          attendee: 'MDA',
          attendance: 'listed',
          person: 'B. Person',
          role: null,
          sources: ['T'],
          note: '',
        },
        {
          attendee: 'RUS',
          attendance: 'listed',
          person: null,
          role: 'host',
          sources: ['T'],
          note: '',
        },
        {
          attendee: 'CSTO',
          attendance: 'absent',
          person: null,
          role: null,
          sources: ['T'],
          note: '',
        },
      ],
    };
    expect(describeDifferences(now, then, 2031, 2030)).toEqual([
      'New in 2031: the CSTO (Secretary General A. Person).',
      // A listed delegation without a name says so (the issue: "not named in our sources").
      'Absent in 2031, present in 2030: Russia (host, not named in our sources).',
      `Listed in 2031 but not recorded for 2030: Kazakhstan. ${NOT_A_CHANGE_IT(2030)}`,
      `Listed in 2030 but not recorded for 2031: Moldova. ${NOT_A_CHANGE_IT(2031)}`,
    ]);
  });

  it('absent on both sides, or unknown on both sides, is no difference', () => {
    const now: Meeting = {
      ...m2019(),
      attendees: [
        {
          attendee: 'CSTO',
          attendance: 'absent',
          person: null,
          role: null,
          sources: ['T'],
          note: '',
        },
        {
          attendee: 'TKM',
          attendance: 'unknown',
          person: null,
          role: null,
          sources: ['T'],
          note: '',
        },
      ],
    };
    const then: Meeting = { ...structuredClone(now), attendees: [now.attendees[0]] };
    expect(describeDifferences(now, then, 2031, 2030)).toEqual(['No recorded difference between 2031 and 2030.']);
  });

  it('a found meeting compared with a not-found one: no record for the other year', () => {
    const notFound: Meeting = { ...m2019(), found: false };
    expect(describeDifferences(meetingOf(2019), notFound, 2019, 2030)).toEqual([
      'There is no meeting record for 2030 to compare.',
    ]);
  });
});

// The story's line, typed from meetings.md's closing paragraph: "absent in 2017 (the story),
// present in 2018 …, 2020 … and 2025 …, and not mentioned either way in the sources for
// 2013-2016, 2019 and 2021-2024. So since 2018 the CSTO has sat at this table in three of the
// eight meetings, and no source says it was absent from any of them."
describe('the CSTO at the table', () => {
  const line = cstoLine(meetings);

  it('is listed in 2018, 2020 and 2025, absent in 2017, not recorded in every other year', () => {
    expect(cstoYears(line, 'listed')).toEqual([2018, 2020, 2025]);
    expect(cstoYears(line, 'absent')).toEqual([2017]);
    expect(cstoYears(line, 'unknown')).toEqual([2013, 2014, 2015, 2016, 2019, 2021, 2022, 2023, 2024]);
  });

  it('gives the introduction its figures: first at the table in November 2018, three of eight since', () => {
    expect(cstoAtTableText(meetings)).toEqual({
      firstDate: '2018-11',
      firstYear: 2018,
      place: 'Moscow',
      role: 'acting Secretary General',
      absentYear: 2017,
      laterYears: [2020, 2025],
      meetingsSince: 8,
      absentSince: 0,
    });
  });

  // The template of messages.intro.before, filled in by hand with the figures above.
  it('says so in the introduction', () => {
    expect(messages.intro.before(cstoAtTableText(meetings))).toBe(
      'In November 2018 the heads of the Security Councils of the CIS member states met in Moscow, and the acting Secretary General of the CSTO, the military alliance Russia leads, sat at the table; a year earlier the CSTO had been absent. ' +
        'Our sources place it at the table again in 2020 and 2025: three of the eight meetings from 2018 to 2025, and none of them records it absent. ',
    );
  });

  it('says so under the strip', () => {
    expect(messages.meetings.strip.summary(cstoYears(line, 'listed'), cstoYears(line, 'absent'))).toBe(
      'Attended in 2018, 2020 and 2025; absent in 2017; not recorded at the other meetings.',
    );
  });
});

describe('meetingShownFor: a year without a described meeting shows the latest before it', () => {
  it.each<[year: number, own: number | null, shown: number | null]>([
    // Before the first meeting (December 2013): nothing to show.
    [2012, null, null],
    [2013, 1, 1],
    // The 4th meeting (2016) has no source: the 3rd (2015-11-11) stands in.
    [2016, 4, 3],
    [2018, 6, 6],
    [2025, 13, 13],
    // No meeting of 2026 in the data (as of 2026-03-31): the 13th (2025-11-05) stands in.
    [2026, null, 13],
  ])('%i: own meeting %s, shown %s', (year, own, shown) => {
    const found = meetingShownFor(meetings, year);
    expect(found.own?.number ?? null).toBe(own);
    expect(found.shown?.number ?? null).toBe(shown);
    expect(isStandIn(found)).toBe(own !== shown && shown !== null);
    if (found.shown) expect(found.shown.found).toBe(true);
  });

  // The template of messages.meetings.standIn, with meetings.md's rows 3, 4 and 13.
  it.each([
    [
      2016,
      'No record found: the numbering implies a 4th meeting in 2016, but no source we have describes it. The latest before it: 3rd meeting, 11 November 2015.',
    ],
    [2026, 'No meeting of 2026 in our data, which runs to 31 March 2026. The latest: 13th meeting, 5 November 2025.'],
  ])('%i says so in words', (year, text) => {
    const { own, shown } = meetingShownFor(meetings, year);
    expect(
      messages.meetings.standIn({
        year,
        ownNumber: own?.number ?? null,
        asOf: messages.formatDate(membership.asOf),
        number: shown!.number,
        date: messages.formatPartialDate(shown!.date),
      }),
    ).toBe(text);
    expect(meetingYear(shown!)).toBe(year - 1);
  });
});

// A delegation a source lists without naming anyone is said to be unnamed, never given a name
// (issue 15); a record of no attendance names nobody.
describe('messages.meetings.person', () => {
  it.each<[string, { person: string | null; role: string | null; attendance: 'listed' | 'absent' | 'unknown' }, string]>([
    [
      'a named person with a role',
      { person: 'Valery Semerikov', role: 'acting Secretary General', attendance: 'listed' },
      'Valery Semerikov, acting Secretary General',
    ],
    ['a named person', { person: 'Ramil Usubov', role: null, attendance: 'listed' }, 'Ramil Usubov'],
    [
      'a listed delegation, no name',
      { person: null, role: null, attendance: 'listed' },
      'representative (not named in our sources)',
    ],
    [
      'a listed role, no name',
      { person: null, role: 'ambassador to Russia', attendance: 'listed' },
      'ambassador to Russia (not named in our sources)',
    ],
    ['an unknown record', { person: null, role: null, attendance: 'unknown' }, ''],
    ['an absence', { person: null, role: null, attendance: 'absent' }, ''],
  ])('%s', (_case, record, text) => {
    expect(messages.meetings.person(record)).toBe(text);
  });

  it('2025: Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan and the CSTO are listed without a name (meetings.md row 13)', () => {
    const meeting = meetingInYear(meetings, 2025)!;
    for (const attendee of ['KAZ', 'KGZ', 'TJK', 'UZB', 'CSTO'] as const) {
      const record = meeting.attendees.find((entry) => entry.attendee === attendee)!;
      expect(messages.meetings.person(record), attendee).toBe('representative (not named in our sources)');
    }
  });
});

describe('describeDifferences between two years that stand in with the same meeting', () => {
  // 2026 has no meeting in the data; its record is the 13th (2025), compared with 2025 itself.
  it('says there is nothing to compare, not "no difference"', () => {
    const shown = meetingShownFor(meetings, 2026).shown!;
    expect(describeDifferences(shown, meetingShownFor(meetings, 2025).shown, 2025, 2025)).toEqual([
      'Both years show the same record, of the 13th meeting in 2025: there is nothing to compare.',
    ]);
  });
});
