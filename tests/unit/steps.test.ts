/**
 * The story steps: the view each step sets, the `step` address value, and every claim of
 * every step's sentences held against the data.
 *
 * Expected values were typed by hand from ../shared/facts (each comment names the row), and the
 * sentences from the templates in src/lib/messages.ts (`steps`), never copied from running the
 * code. The data is read only through src/lib functions (statusAt, groupsOf, meetingInYear …).
 */
import { parseViewParams } from '../../src/lib/url.ts';
import { describe, expect, it } from 'vitest';
import { meetings, membership } from '../../src/lib/data.ts';
import { meetingInYear } from '../../src/lib/meetings.ts';
import { groupsOf, periodAt, republicRecord, statusAt, statusesAt, yearEndDate } from '../../src/lib/membership.ts';
import { messages } from '../../src/lib/messages.ts';
import { parseStepNumber, stepAt, stepCount, stepText, STORY_STEPS, type StepId } from '../../src/lib/steps.ts';
import { isRepublicIso, type Bloc, type RepublicIso } from '../../src/lib/vocabulary.ts';

const DATA = { membership, meetings };

describe('STORY_STEPS', () => {
  // The sequence: founding, Treaty, 1999, Georgia, Uzbekistan, the 2017 and 2018
  // meetings, Ukraine, Armenia, the 2025 meeting (the CSTO back at the table), Moldova.
  it.each<[number, StepId, number, number | null, RepublicIso[], boolean]>([
    [1, 'founding', 1991, null, ['BLR', 'RUS', 'UKR'], false],
    [2, 'treaty', 1992, null, ['ARM', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UZB'], false],
    [3, 'nonRenewal', 1999, null, ['AZE', 'GEO', 'UZB'], false],
    [4, 'georgia', 2009, null, ['GEO'], false],
    [5, 'uzbekistan', 2012, null, ['UZB'], false],
    [6, 'meeting2017', 2017, null, [], true],
    [7, 'meeting2018', 2018, 2017, ['ARM', 'AZE', 'BLR', 'KAZ', 'KGZ', 'MDA', 'RUS', 'TJK', 'UZB'], true],
    [8, 'ukraine', 2018, null, ['UKR'], false],
    [9, 'armenia', 2024, null, ['ARM'], false],
    // meetings.md row 13: ARM, AZE, BLR, KAZ, KGZ, RUS, TJK, UZB, and TKM and MDA (with a note).
    [10, 'meeting2025', 2025, null, ['ARM', 'AZE', 'BLR', 'KAZ', 'KGZ', 'MDA', 'RUS', 'TJK', 'TKM', 'UZB'], true],
    [11, 'moldova', 2026, null, ['MDA'], false],
  ])('step %i is %s: year %i, compare %s', (n, id, year, compare, highlighted, showAttendance) => {
    expect(stepAt(n)).toEqual({ id, year, compare, highlighted, showAttendance });
  });

  it('has eleven steps', () => {
    expect(stepCount).toBe(11);
    expect(STORY_STEPS).toHaveLength(11);
  });

  it.each([0, 12, -1, 1.5, Number.NaN])('stepAt(%s) is undefined', (n) => {
    expect(stepAt(n)).toBeUndefined();
  });

  it.each(STORY_STEPS.map((step, i) => [i + 1, step] as const))(
    'step %i compares with, and marks, only meetings that exist',
    (_n, step) => {
      if (step.compare !== null) expect(meetingInYear(meetings, step.compare)?.found).toBe(true);
      if (step.showAttendance) expect(meetingInYear(meetings, step.year)?.found).toBe(true);
    },
  );
});

describe('?step= in the address', () => {
  it.each<[string | null, { step: number | null; problem?: { kind: string; value: string } }]>([
    [null, { step: null }],
    ['1', { step: 1 }],
    ['3', { step: 3 }],
    ['11', { step: 11 }],
    ['', { step: null, problem: { kind: 'invalid-step', value: '' } }],
    ['0', { step: null, problem: { kind: 'invalid-step', value: '0' } }],
    ['12', { step: null, problem: { kind: 'invalid-step', value: '12' } }],
    ['-1', { step: null, problem: { kind: 'invalid-step', value: '-1' } }],
    ['2.5', { step: null, problem: { kind: 'invalid-step', value: '2.5' } }],
    ['2.0', { step: null, problem: { kind: 'invalid-step', value: '2.0' } }],
    ['abc', { step: null, problem: { kind: 'invalid-step', value: 'abc' } }],
    [' 3', { step: null, problem: { kind: 'invalid-step', value: ' 3' } }],
    ['3 ', { step: null, problem: { kind: 'invalid-step', value: '3 ' } }],
    ['03', { step: null, problem: { kind: 'invalid-step', value: '03' } }],
    ['+3', { step: null, problem: { kind: 'invalid-step', value: '+3' } }],
    ['1e1', { step: null, problem: { kind: 'invalid-step', value: '1e1' } }],
    ['0x3', { step: null, problem: { kind: 'invalid-step', value: '0x3' } }],
    ['Infinity', { step: null, problem: { kind: 'invalid-step', value: 'Infinity' } }],
  ])('%j', (raw, parsed) => {
    const { view, problems } = parseViewParams(raw === null ? '' : `?step=${encodeURIComponent(raw)}`, {
      first: 1991,
      last: 2026,
    });
    expect({ step: view.step, ...(problems.length > 0 ? { problem: problems[0] } : {}) }).toEqual(parsed);
  });

  it.each<[string, number | undefined]>([
    ['1', 1],
    ['11', 11],
    ['', undefined],
    ['12', undefined],
    [' 3', undefined],
  ])('parseStepNumber(%j) is %s, the shape of url.ts value parsers', (value, step) => {
    expect(parseStepNumber(value)).toBe(step);
  });
});

// The sentences, typed from the templates with the facts filled in by hand.
const EXPECTED_TEXT: Record<number, { title: string; sentences: string[] }> = {
  1: {
    title: '1991: The CIS is founded',
    sentences: [
      'On 8 December 1991 Belarus, Russia and Ukraine signed the Agreement establishing the Commonwealth of Independent States (CIS).',
      'On 21 December, 11 republics signed the Alma-Ata Protocol: all but Estonia, Georgia, Latvia and Lithuania.',
      'By the end of the year Belarus, Kazakhstan and Russia had ratified the Agreement, as had Turkmenistan and Ukraine, which never ratified the CIS Charter of 1993; the other six had signed but not yet ratified.',
    ],
  },
  2: {
    title: '1992: The Collective Security Treaty',
    sentences: [
      'On 15 May 1992 Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan signed the Collective Security Treaty in Tashkent.',
      'Azerbaijan, Belarus and Georgia joined it in 1993.',
      'At the end of 1992 Tajikistan was in the Treaty but not yet in the CIS: it had signed the CIS founding documents but not yet ratified them.',
    ],
  },
  3: {
    title: '1999: Three do not renew the Treaty',
    sentences: [
      'The Collective Security Treaty entered into force on 20 April 1994 for five years; on 2 April 1999 six parties signed a protocol extending it, but Azerbaijan, Georgia and Uzbekistan did not.',
      'Their membership ended on 20 April 1999, the end of the first five-year term: a day inferred from the term, not recorded in our sources.',
      'The six that stayed were Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan.',
    ],
  },
  4: {
    title: '2009: Georgia leaves the CIS',
    sentences: [
      'After its parliament voted to leave, Georgia sent formal notice of its withdrawal from the CIS on 18 August 2008.',
      'The withdrawal took effect on 18 August 2009.',
      'Georgia had already left the Collective Security Treaty in 1999: from 2009 it was in neither bloc.',
    ],
  },
  5: {
    title: '2012: Uzbekistan’s CSTO membership is suspended',
    sentences: [
      'Uzbekistan, which had left the Treaty in 1999, rejoined the CSTO on 16 August 2006, when the protocol restoring its membership was signed in Sochi; the return had been announced earlier that year, and some sources date it from 2008, when Uzbekistan ratified its accession to the CSTO Charter.',
      'At its own request, its membership was suspended by the CSTO summit on 19 December 2012.',
      'Suspended is not withdrawn, but the map no longer counts Uzbekistan in the CSTO; it remained a member state of the CIS.',
    ],
  },
  6: {
    title: '2017: A meeting without the CSTO',
    sentences: [
      'The heads of the Security Councils of the CIS states have met every year since December 2013, hosted by the Secretary of Russia’s Security Council.',
      'The story notes that the CSTO was not present at the 5th meeting, in 2017.',
      'Its exact date, its place and who else attended are not recorded in our sources.',
    ],
  },
  7: {
    title: '2018: The CSTO at the table',
    sentences: [
      'At the 6th meeting, in Moscow on 21 November 2018, the CSTO was represented by its acting Secretary General, Valery Semerikov; in 2017 it had been absent.',
      'The story speaks of ten member states, but its photo caption names nine: Armenia, Azerbaijan, Belarus, Kazakhstan, Kyrgyzstan, Moldova, Russia, Tajikistan and Uzbekistan; whether Turkmenistan attended is not recorded in our sources.',
      'Azerbaijan and Moldova were outside the CSTO and Uzbekistan’s membership was suspended, yet they took part alongside its acting Secretary General: the story asks whether Russia is trying to blur the line between the two organisations.',
    ],
  },
  8: {
    title: '2018: Ukraine leaves the CIS bodies',
    sentences: [
      'On 19 May 2018 Ukraine recalled its representatives from all CIS statutory bodies, without formally withdrawing from the CIS.',
      'It had ratified the 1991 Agreement but never signed or ratified the Charter: it had been a participating state, never a member state.',
      'At the end of 2018, five republics were in neither the CIS nor the CSTO, as the story says: Estonia, Georgia, Latvia, Lithuania and Ukraine.',
    ],
  },
  9: {
    title: '2024: Armenia freezes its CSTO participation',
    sentences: [
      'On 22 February 2024 Armenia froze its participation in the CSTO.',
      'Later that year its foreign ministry said Armenia would not fund the organisation, and Prime Minister Nikol Pashinyan told parliament that Armenia would leave and, later, that it already considered itself outside the CSTO; our sources record no formal withdrawal notice as of early 2026.',
      'A freeze is not a withdrawal: Armenia remains formally a member, and the map counts it in the CSTO.',
    ],
  },
  // meetings.md row 13 and its closing paragraph: the CSTO present in 2018, 2020 and 2025, absent
  // in 2017, not mentioned in the others; "three of the eight meetings"; TKM and MDA with a note.
  10: {
    title: '2025: The CSTO back at the table',
    sentences: [
      'At the 13th meeting, in Moscow (National Centre "Russia") on 5 November 2025, our sources list the CSTO’s leadership among those present, without naming anyone.',
      'Since 2018 our sources place the CSTO at the table at three of the eight meetings, in 2018, 2020 and 2025; none records it absent, and for the others they do not say either way.',
      'Moldova and Turkmenistan are named by only some of the reports of this meeting: the lists and the map show their attendance with that note.',
    ],
  },
  11: {
    title: '2026: Moldova’s exit is under way',
    sentences: [
      'On 20 March 2026 Moldova’s parliament voted in a first reading to denounce the CIS Charter, the Agreement establishing the CIS and the Alma-Ata Protocol of 21 December 1991.',
      'The exit takes effect 12 months after Moldova’s foreign ministry notifies the depositary, the CIS Executive Committee, once the law is adopted and published; the final readings and the notification are not in our sources, so the exit is under way and the date the map shows is provisional.',
      'Until the exit takes effect Moldova still counts as in the CIS; our data runs to 31 March 2026.',
    ],
  },
};

describe('stepText', () => {
  it.each(Object.entries(EXPECTED_TEXT).map(([n, text]) => [Number(n), text] as const))('step %i', (n, expected) => {
    expect(stepText(DATA, stepAt(n)!)).toEqual(expected);
  });

  it.each(STORY_STEPS.map((step, i) => [i + 1, step] as const))('step %i has two or three sentences and no gaps', (_n, step) => {
    const { sentences } = stepText(DATA, step);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(3);
    for (const sentence of sentences) {
      // An empty list or a missing value shows as "undefined", "NaN", " ," or a doubled space.
      expect(sentence).not.toMatch(/undefined|NaN|null|\s[,;:.]|\s{2}|^\s|\s$/);
      expect(sentence).toMatch(/[.?]$/);
    }
  });
});

/** Where a date quoted in a step comes from: a period, a key date, a meeting or the as-of date. */
type DateRecord = { period: [RepublicIso, Bloc, string] } | { keyDate: true } | { meeting: number } | { asOf: true };

/** A date as the text quotes it, the ISO date the facts give, and the record in the data. */
type DateClaim = [text: string, iso: string, record: DateRecord, format: 'date' | 'dayMonth' | 'partial' | 'year'];

// Every date a step's text quotes, with its row in the facts.
const DATE_CLAIMS: Record<number, DateClaim[]> = {
  1: [
    // Key dates 1991-12-08 (Viskuli: Belarus, Russia, Ukraine) and 1991-12-21 (Alma-Ata).
    ['8 December 1991', '1991-12-08', { keyDate: true }, 'date'],
    ['8 December 1991', '1991-12-08', { period: ['RUS', 'cis', 'signatory'] }, 'date'],
    ['21 December', '1991-12-21', { keyDate: true }, 'dayMonth'],
    // Key date 1993-01-22: CIS Charter adopted in Minsk.
    ['1993', '1993-01-22', { keyDate: true }, 'year'],
  ],
  2: [
    // Key date 1992-05-15; CSTO rows "Armenia | 1992-05-15 | member" etc.
    ['15 May 1992', '1992-05-15', { keyDate: true }, 'date'],
    ['15 May 1992', '1992-05-15', { period: ['ARM', 'csto', 'member'] }, 'date'],
    // CSTO rows: Azerbaijan 1993-09-24, Belarus 1993-12-31, Georgia 1993-12-09 (days disputed, year not).
    ['1993', '1993-09-24', { period: ['AZE', 'csto', 'member'] }, 'year'],
    ['1993', '1993-12-31', { period: ['BLR', 'csto', 'member'] }, 'year'],
    ['1993', '1993-12-09', { period: ['GEO', 'csto', 'member'] }, 'year'],
  ],
  3: [
    // Key dates 1994-04-20 (in force) and 1999-04-02 (extension protocol); CSTO rows 1999-04-20.
    ['20 April 1994', '1994-04-20', { keyDate: true }, 'date'],
    ['2 April 1999', '1999-04-02', { keyDate: true }, 'date'],
    ['20 April 1999', '1999-04-20', { period: ['AZE', 'csto', 'withdrawn'] }, 'date'],
    ['20 April 1999', '1999-04-20', { period: ['GEO', 'csto', 'withdrawn'] }, 'date'],
    ['20 April 1999', '1999-04-20', { period: ['UZB', 'csto', 'withdrawn'] }, 'date'],
  ],
  4: [
    // CIS rows "Georgia | 2008-08-18 | withdrawing", "Georgia | 2009-08-18 | withdrawn"; CSTO "Georgia | 1999-04-20 | withdrawn".
    ['18 August 2008', '2008-08-18', { period: ['GEO', 'cis', 'withdrawing'] }, 'date'],
    ['18 August 2009', '2009-08-18', { period: ['GEO', 'cis', 'withdrawn'] }, 'date'],
    ['1999', '1999-04-20', { period: ['GEO', 'csto', 'withdrawn'] }, 'year'],
  ],
  5: [
    // CSTO rows "Uzbekistan | 1999-04-20 | withdrawn", "| 2006-08-16 | member", "| 2012-12-19 | suspended".
    ['1999', '1999-04-20', { period: ['UZB', 'csto', 'withdrawn'] }, 'year'],
    ['16 August 2006', '2006-08-16', { period: ['UZB', 'csto', 'member'] }, 'date'],
    ['19 December 2012', '2012-12-19', { period: ['UZB', 'csto', 'suspended'] }, 'date'],
  ],
  // meetings.md row 1: "2013-12 | Moscow".
  6: [['December 2013', '2013-12', { meeting: 1 }, 'partial']],
  // meetings.md row 6: "2018-11-21 | Moscow".
  7: [['21 November 2018', '2018-11-21', { meeting: 6 }, 'partial']],
  // CIS row "Ukraine | 2018-05-19 | ended".
  8: [['19 May 2018', '2018-05-19', { period: ['UKR', 'cis', 'ended'] }, 'date']],
  // CSTO row "Armenia | 2024-02-22 | frozen".
  9: [['22 February 2024', '2024-02-22', { period: ['ARM', 'csto', 'frozen'] }, 'date']],
  // meetings.md row 13: "2025-11-05 | Moscow (National Centre "Russia")".
  10: [['5 November 2025', '2025-11-05', { meeting: 13 }, 'partial']],
  11: [
    // CIS row "Moldova | 2026-03-20 | withdrawing" (provisional); README: data current as of 2026-03-31.
    ['20 March 2026', '2026-03-20', { period: ['MDA', 'cis', 'withdrawing'] }, 'date'],
    // Key date 1991-12-21 and "Moldova's exit": "the Alma-Ata Protocol of 21 December 1991".
    ['21 December 1991', '1991-12-21', { keyDate: true }, 'date'],
    ['31 March 2026', '2026-03-31', { asOf: true }, 'date'],
  ],
};

/** The ISO date of the record a claim names, read from the data through the lib. */
function recordDate(iso: string, record: DateRecord): string | undefined {
  if ('period' in record) {
    const [republic, bloc, status] = record.period;
    const period = periodAt(republicRecord(membership, republic)[bloc], iso);
    return period?.status === status ? (period.from ?? undefined) : undefined;
  }
  if ('keyDate' in record) return membership.keyDates.find((keyDate) => keyDate.date === iso)?.date;
  if ('meeting' in record) return meetings.meetings.find((meeting) => meeting.number === record.meeting)?.date;
  return membership.asOf;
}

const FORMATS = {
  date: (iso: string) => messages.formatDate(iso),
  dayMonth: (iso: string) => messages.formatDayMonth(iso),
  partial: (iso: string) => messages.formatPartialDate(iso),
  year: (iso: string) => iso.slice(0, 4),
};

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** "8 December 1991", "21 December", "December 2013": every date in words a text holds. */
const DATE_IN_WORDS = new RegExp(`\\b(?:\\d{1,2} )?(?:${MONTHS})(?: \\d{4})?\\b`, 'g');

describe('the dates each step quotes', () => {
  it.each(Object.entries(DATE_CLAIMS).flatMap(([n, claims]) => claims.map((claim) => [Number(n), ...claim] as const)))(
    'step %i: “%s” is the data’s %s',
    (n, text, iso, record, format) => {
      const sentences = stepText(DATA, stepAt(n)!).sentences.join(' ');
      expect(sentences).toMatch(new RegExp(`\\b${text}\\b`));
      expect(recordDate(iso, record)).toBe(iso);
      expect(FORMATS[format](iso)).toBe(text);
    },
  );

  it.each(STORY_STEPS.map((_, i) => i + 1))('step %i quotes no date in words without a claim', (n) => {
    const quoted = stepText(DATA, stepAt(n)!).sentences.join(' ').match(DATE_IN_WORDS) ?? [];
    const claimed = new Set((DATE_CLAIMS[n] ?? []).map(([text]) => text));
    expect([...new Set(quoted)].sort()).toEqual([...claimed].filter((text) => !/^\d{4}$/.test(text)).sort());
  });
});

// The statuses the steps' sentences and highlights rest on: republic, bloc, day, status.
const STATUS_CLAIMS: Record<number, [RepublicIso, Bloc, string, string][]> = {
  1: [
    // CIS rows from 1991-12-08 (Belarus, Russia, Ukraine: signatory), the founding states.
    ['BLR', 'cis', '1991-12-07', 'none'],
    ['BLR', 'cis', '1991-12-08', 'signatory'],
    ['RUS', 'cis', '1991-12-08', 'signatory'],
    ['UKR', 'cis', '1991-12-08', 'signatory'],
    ['KAZ', 'cis', '1991-12-08', 'none'],
    // At the end of 1991: member 1991-12-10 (Belarus), 1991-12-12 (Russia), 1991-12-23 (Kazakhstan).
    ['BLR', 'cis', '1991-12-31', 'member'],
    ['KAZ', 'cis', '1991-12-31', 'member'],
    ['RUS', 'cis', '1991-12-31', 'member'],
    // Participants: Turkmenistan 1991-12-26, Ukraine 1991-12-10 ("never ratified the Charter").
    ['TKM', 'cis', '1991-12-31', 'participant'],
    ['UKR', 'cis', '1991-12-31', 'participant'],
    // The other six signed on 1991-12-21, ratified in 1992–1994.
    ['ARM', 'cis', '1991-12-31', 'signatory'],
    ['AZE', 'cis', '1991-12-31', 'signatory'],
    ['KGZ', 'cis', '1991-12-31', 'signatory'],
    ['MDA', 'cis', '1991-12-31', 'signatory'],
    ['TJK', 'cis', '1991-12-31', 'signatory'],
    ['UZB', 'cis', '1991-12-31', 'signatory'],
    // "All but Estonia, Latvia, Lithuania, Georgia".
    ['EST', 'cis', '1991-12-21', 'none'],
    ['GEO', 'cis', '1991-12-21', 'none'],
    ['LVA', 'cis', '1991-12-21', 'none'],
    ['LTU', 'cis', '1991-12-21', 'none'],
  ],
  2: [
    ['ARM', 'csto', '1992-05-14', 'none'],
    ['ARM', 'csto', '1992-05-15', 'member'],
    ['KAZ', 'csto', '1992-05-15', 'member'],
    ['KGZ', 'csto', '1992-05-15', 'member'],
    ['RUS', 'csto', '1992-05-15', 'member'],
    ['TJK', 'csto', '1992-05-15', 'member'],
    ['UZB', 'csto', '1992-05-15', 'member'],
    ['AZE', 'csto', '1992-12-31', 'none'],
    ['BLR', 'csto', '1992-12-31', 'none'],
    ['GEO', 'csto', '1992-12-31', 'none'],
    // Tajikistan: CIS signatory 1991-12-21, member only from 1993-06-26.
    ['TJK', 'cis', '1992-12-31', 'signatory'],
  ],
  3: [
    ['AZE', 'csto', '1999-04-19', 'member'],
    ['AZE', 'csto', '1999-04-20', 'withdrawn'],
    ['GEO', 'csto', '1999-04-20', 'withdrawn'],
    ['UZB', 'csto', '1999-04-20', 'withdrawn'],
  ],
  4: [
    ['GEO', 'cis', '2008-08-17', 'member'],
    ['GEO', 'cis', '2009-08-17', 'withdrawing'],
    ['GEO', 'cis', '2009-12-31', 'withdrawn'],
    ['GEO', 'csto', '2009-12-31', 'withdrawn'],
  ],
  5: [
    ['UZB', 'csto', '2012-12-18', 'member'],
    ['UZB', 'csto', '2012-12-31', 'suspended'],
    ['UZB', 'cis', '2012-12-31', 'member'],
  ],
  7: [
    // On 2018-11-21: Azerbaijan withdrawn (1999), Moldova never a party, Uzbekistan suspended (2012).
    ['AZE', 'csto', '2018-11-21', 'withdrawn'],
    ['MDA', 'csto', '2018-11-21', 'none'],
    ['UZB', 'csto', '2018-11-21', 'suspended'],
    // Turkmenistan was in the CIS (associate since 2005-08-26): unrecorded, not "not a CIS state".
    ['TKM', 'cis', '2018-11-21', 'associate'],
    // Ukraine (ended 2018-05-19) was no longer expected at the table.
    ['UKR', 'cis', '2018-11-21', 'ended'],
  ],
  8: [
    ['UKR', 'cis', '2018-05-18', 'participant'],
    ['UKR', 'cis', '2018-12-31', 'ended'],
    ['UKR', 'csto', '2018-12-31', 'none'],
  ],
  9: [
    ['ARM', 'csto', '2024-02-21', 'member'],
    ['ARM', 'csto', '2024-12-31', 'frozen'],
    // Still frozen, not withdrawn, on the as-of date.
    ['ARM', 'csto', '2026-03-31', 'frozen'],
  ],
  10: [
    ['MDA', 'cis', '2026-03-19', 'member'],
    ['MDA', 'cis', '2026-03-31', 'withdrawing'],
    ['MDA', 'csto', '2026-03-31', 'none'],
  ],
};

describe('the statuses each step rests on', () => {
  it.each(Object.entries(STATUS_CLAIMS).flatMap(([n, claims]) => claims.map((claim) => [Number(n), ...claim] as const)))(
    'step %i: %s in the %s on %s: %s',
    (_n, iso, bloc, date, status) => {
      expect(statusAt(republicRecord(membership, iso)[bloc], date)).toBe(status);
    },
  );
});

/** Sorted, so that the data's order does not matter. */
const sorted = (isos: readonly RepublicIso[]) => [...isos].sort();

describe('the groups each step counts', () => {
  const groupsAtYearEnd = (year: number) => groupsOf(statusesAt(membership, yearEndDate(year, membership)));

  it('1992: only Tajikistan is in the Treaty but not the CIS', () => {
    const { inCis, inCsto } = groupsAtYearEnd(1992);
    expect(inCsto.filter((iso) => !inCis.includes(iso))).toEqual(['TJK']);
  });

  it('1999: six stayed in the Treaty (key date 1999-04-02: "six parties")', () => {
    expect(sorted(groupsAtYearEnd(1999).inCsto)).toEqual(['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK']);
  });

  it('2009 to the as-of date: Georgia in neither bloc', () => {
    for (const year of [2009, 2018, 2026]) expect(groupsAtYearEnd(year).inNeither).toContain('GEO');
  });

  it('2012: Uzbekistan counted in the CIS, not in the CSTO', () => {
    const { inCis, inCsto } = groupsAtYearEnd(2012);
    expect(inCis).toContain('UZB');
    expect(inCsto).not.toContain('UZB');
  });

  it('2018: the story’s five in neither bloc (Baltic states, Georgia, Ukraine)', () => {
    expect(sorted(groupsAtYearEnd(2018).inNeither)).toEqual(['EST', 'GEO', 'LTU', 'LVA', 'UKR']);
  });

  it('2024: frozen Armenia still counted in the CSTO', () => {
    expect(groupsAtYearEnd(2024).inCsto).toContain('ARM');
  });

  it('2026: withdrawing Moldova still counted in the CIS', () => {
    expect(groupsAtYearEnd(2026).inCis).toContain('MDA');
  });
});

describe('the meetings the steps tell', () => {
  it('2017: the 5th meeting, the CSTO recorded absent, no date, place or other attendee', () => {
    // meetings.md row 5: "2017 | — | — | CSTO | the story: …".
    const meeting = meetingInYear(meetings, 2017)!;
    expect(meeting.number).toBe(5);
    expect(meeting.date).toBe('2017');
    expect(meeting.place).toBeNull();
    expect(meeting.attendees.map((entry) => [entry.attendee, entry.attendance])).toEqual([['CSTO', 'absent']]);
  });

  it('2018: the republics highlighted are exactly those listed, all named in the story’s caption', () => {
    // meetings.md row 6: AZE, ARM, BLR, KAZ, KGZ, MDA, RUS, TJK, UZB listed; Turkmenistan unknown.
    const meeting = meetingInYear(meetings, 2018)!;
    const listed = meeting.attendees.filter((entry) => entry.attendance === 'listed' && isRepublicIso(entry.attendee));
    expect(sorted(listed.map((entry) => entry.attendee as RepublicIso))).toEqual(sorted(stepAt(7)!.highlighted));
    for (const entry of listed) expect(entry.sources).toContain('STORY');
    expect(meeting.attendees.find((entry) => entry.attendee === 'TKM')?.attendance).toBe('unknown');
    expect(meeting.attendees.find((entry) => entry.attendee === 'CSTO')).toMatchObject({
      attendance: 'listed',
      person: 'Valery Semerikov',
      role: 'acting Secretary General',
    });
    expect([meeting.number, meeting.place]).toEqual([6, 'Moscow']);
  });
});
