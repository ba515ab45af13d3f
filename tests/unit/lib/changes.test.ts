/**
 * The "what changed" sentences under the slider.
 *
 * Every expected text below was typed by hand from ../shared/facts/membership.md (and the
 * phrase rules for the summary), never copied from running the code: for each republic and
 * bloc only the last change dated in the year counts, grouped by bloc, new status and
 * return-or-not, groups in the order of their first date, CIS before the security bloc on the
 * same day.
 */
import { describe, expect, it } from 'vitest';
import { adjacentChangeYear, changeYears, summariseYear } from '../../../src/lib/changes.ts';
import { membership } from '../../../src/lib/data.ts';
import type { MembershipData, Period, RepublicRecord } from '../../../src/lib/membership.ts';
import type { CisStatus, CstoStatus, RepublicIso } from '../../../src/lib/vocabulary.ts';

const NO_CHANGE = 'No change in membership.';

// Every year 1991–2026, typed from the facts.
const EXPECTED_TEXT: [number, string][] = [
  [
    1991,
    '1991: Belarus (10 December), Russia (12 December) and Kazakhstan (23 December) became member states of the CIS. ' +
      'Ukraine (10 December) and Turkmenistan (26 December) became participating states of the CIS. ' +
      'Armenia, Azerbaijan, Kyrgyzstan, Moldova, Tajikistan and Uzbekistan signed the CIS founding documents on 21 December.',
  ],
  [
    1992,
    '1992: Armenia (18 February), Kyrgyzstan (6 March) and Uzbekistan (1 April) became member states of the CIS. ' +
      'Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan joined the Collective Security Treaty on 15 May.',
  ],
  [
    1993,
    '1993: Tajikistan (26 June), Azerbaijan (24 September) and Georgia (3 December) became member states of the CIS. ' +
      'Azerbaijan (24 September), Georgia (9 December) and Belarus (31 December) joined the Collective Security Treaty.',
  ],
  [1994, '1994: Moldova became a member state of the CIS on 8 April.'],
  [1995, `1995: ${NO_CHANGE}`],
  [1996, `1996: ${NO_CHANGE}`],
  [1997, `1997: ${NO_CHANGE}`],
  [1998, `1998: ${NO_CHANGE}`],
  [1999, '1999: Azerbaijan, Georgia and Uzbekistan left the Collective Security Treaty on 20 April.'],
  [2000, `2000: ${NO_CHANGE}`],
  [2001, `2001: ${NO_CHANGE}`],
  [2002, `2002: ${NO_CHANGE} The Collective Security Treaty became an organisation, the CSTO, on 7 October.`],
  [2003, `2003: ${NO_CHANGE}`],
  [2004, `2004: ${NO_CHANGE}`],
  [2005, '2005: Turkmenistan became an associate member of the CIS on 26 August.'],
  [2006, '2006: Uzbekistan rejoined the CSTO on 16 August.'],
  [2007, `2007: ${NO_CHANGE}`],
  [2008, '2008: Georgia began to withdraw from the CIS on 18 August.'],
  [2009, "2009: Georgia's withdrawal from the CIS took effect on 18 August."],
  [2010, `2010: ${NO_CHANGE}`],
  [2011, `2011: ${NO_CHANGE}`],
  [2012, "2012: Uzbekistan's membership of the CSTO was suspended on 19 December."],
  [2013, `2013: ${NO_CHANGE}`],
  [2014, `2014: ${NO_CHANGE}`],
  [2015, `2015: ${NO_CHANGE}`],
  [2016, `2016: ${NO_CHANGE}`],
  [2017, `2017: ${NO_CHANGE}`],
  [2018, "2018: Ukraine ended its participation in the CIS's bodies on 19 May, without formally withdrawing."],
  [2019, `2019: ${NO_CHANGE}`],
  [2020, `2020: ${NO_CHANGE}`],
  [2021, `2021: ${NO_CHANGE}`],
  [2022, `2022: ${NO_CHANGE}`],
  [2023, `2023: ${NO_CHANGE}`],
  [2024, '2024: Armenia froze its participation in the CSTO on 22 February.'],
  [2025, `2025: ${NO_CHANGE}`],
  // The data's last year runs to its as-of date, 2026-03-31, which the text names.
  [2026, '2026, to 31 March: Moldova began to withdraw from the CIS on 20 March.'],
];

// The years with at least one dated change in the facts.
const CHANGE_YEARS = [1991, 1992, 1993, 1994, 1999, 2005, 2006, 2008, 2009, 2012, 2018, 2024, 2026];

describe('summariseYear on the checked data', () => {
  it('the table covers every year from 1991 to 2026', () => {
    expect(EXPECTED_TEXT.map(([year]) => year)).toEqual(Array.from({ length: 36 }, (_, i) => 1991 + i));
  });

  it.each(EXPECTED_TEXT)('%i', (year, text) => {
    expect(summariseYear(membership, year).text).toBe(text);
  });

  it("2026 carries Moldova's CIS note, which says the exit is provisional", () => {
    const { notes } = summariseYear(membership, 2026);
    const moldova = notes.find((note) => note.iso === 'MDA' && note.bloc === 'cis');
    expect(moldova).toBeDefined();
    // The facts: "see 'Moldova's exit' below; provisional".
    expect(moldova?.note).toMatch(/provisional/i);
  });

  it("2009 has no notes (Georgia's withdrawal has none in the facts)", () => {
    expect(summariseYear(membership, 2009).notes).toEqual([]);
  });
});

describe('changeYears', () => {
  it('lists the years with a dated change, ascending', () => {
    expect(changeYears(membership)).toEqual(CHANGE_YEARS);
  });
});

describe('adjacentChangeYear', () => {
  it.each([
    [1995, -1, 1994],
    [1995, 1, 1999],
    [2012, -1, 2009], // strictly before
    [2012, 1, 2018], // strictly after
    [2025, 1, 2026],
    [1990, 1, 1991],
    [2027, -1, 2026],
    [1991, -1, undefined], // before the first change year
    [2026, 1, undefined], // after the last change year
  ] as const)('from %i in direction %i gives %s', (year, direction, expected) => {
    expect(adjacentChangeYear(CHANGE_YEARS, year, direction)).toBe(expected);
  });
});

describe('summariseYear on synthetic data', () => {
  const period = <S extends string>(from: string | null, status: S): Period<S> => ({
    from,
    status,
    sources: [],
    note: '',
  });
  const republic = (iso: RepublicIso, cis: Period<CisStatus>[], csto: Period<CstoStatus>[] = []): RepublicRecord => ({
    iso,
    numeric: '000',
    cis,
    csto,
  });

  const data: MembershipData = {
    asOf: '2011-12-31',
    keyDates: [],
    cstoCharterSigned: '2002-10-07',
    republics: [
      // Left the CIS in 2005, back as a member state in 2011: a return.
      republic('ARM', [period('2000-01-01', 'member'), period('2005-01-01', 'withdrawn'), period('2011-03-01', 'member')]),
      // Two first-time CIS members in 2010 on different days: one sentence with dates.
      republic('AZE', [period('2010-05-01', 'member')]),
      republic('BLR', [period('2010-07-01', 'member')]),
      // Joined and left the security bloc in 2010: only the last change counts.
      republic('GEO', [], [period('2010-02-01', 'member'), period('2010-09-01', 'withdrawn')]),
      // Left the security bloc in 2005 and came back in 2010: a return.
      republic('KAZ', [], [period('2000-01-01', 'member'), period('2005-01-01', 'withdrawn'), period('2010-04-01', 'member')]),
    ],
  };

  it('groups differing dates, says "rejoined" for a return, and counts two changes of one republic once', () => {
    expect(summariseYear(data, 2010).text).toBe(
      '2010: Kazakhstan rejoined the CSTO on 1 April. ' +
        'Azerbaijan (1 May) and Belarus (1 July) became member states of the CIS. ' +
        'Georgia left the CSTO on 1 September.',
    );
  });

  it('says "rejoined the CIS as a member state" for a return to the CIS', () => {
    // 2011 is the synthetic data's last year: its text names the as-of date.
    expect(summariseYear(data, 2011).text).toBe('2011, to 31 December: Armenia rejoined the CIS as a member state on 1 March.');
  });

  it('names the years of the synthetic changes', () => {
    expect(changeYears(data)).toEqual([2000, 2005, 2010, 2011]);
  });
});
