import { describe, expect, it } from 'vitest';
import { membership } from '../../../src/lib/data.ts';
import {
  groupsOf,
  lastYear,
  republicRecord,
  securityBlocNameAt,
  statusAt,
  statusesAt,
  yearEndDate,
  yearsOf,
} from '../../../src/lib/membership.ts';
import type { RepublicIso } from '../../../src/lib/vocabulary.ts';

/** The day before an ISO date. */
function dayBefore(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

// Every dated change in ../shared/facts/membership.md, copied by hand from the facts (not from
// data/): republic, bloc, day of the change, status the day before, status from that day.
const DATED_CHANGES: [RepublicIso, 'cis' | 'csto', string, string, string][] = [
  ['ARM', 'cis', '1991-12-21', 'none', 'signatory'],
  ['ARM', 'cis', '1992-02-18', 'signatory', 'member'],
  ['AZE', 'cis', '1991-12-21', 'none', 'signatory'],
  ['AZE', 'cis', '1993-09-24', 'signatory', 'member'],
  ['BLR', 'cis', '1991-12-08', 'none', 'signatory'],
  ['BLR', 'cis', '1991-12-10', 'signatory', 'member'],
  ['GEO', 'cis', '1993-12-03', 'none', 'member'],
  ['GEO', 'cis', '2008-08-18', 'member', 'withdrawing'],
  ['GEO', 'cis', '2009-08-18', 'withdrawing', 'withdrawn'],
  ['KAZ', 'cis', '1991-12-21', 'none', 'signatory'],
  ['KAZ', 'cis', '1991-12-23', 'signatory', 'member'],
  ['KGZ', 'cis', '1991-12-21', 'none', 'signatory'],
  ['KGZ', 'cis', '1992-03-06', 'signatory', 'member'],
  ['MDA', 'cis', '1991-12-21', 'none', 'signatory'],
  ['MDA', 'cis', '1994-04-08', 'signatory', 'member'],
  ['MDA', 'cis', '2026-03-20', 'member', 'withdrawing'],
  ['RUS', 'cis', '1991-12-08', 'none', 'signatory'],
  ['RUS', 'cis', '1991-12-12', 'signatory', 'member'],
  ['TJK', 'cis', '1991-12-21', 'none', 'signatory'],
  ['TJK', 'cis', '1993-06-26', 'signatory', 'member'],
  ['TKM', 'cis', '1991-12-21', 'none', 'signatory'],
  ['TKM', 'cis', '1991-12-26', 'signatory', 'participant'],
  ['TKM', 'cis', '2005-08-26', 'participant', 'associate'],
  ['UKR', 'cis', '1991-12-08', 'none', 'signatory'],
  ['UKR', 'cis', '1991-12-10', 'signatory', 'participant'],
  ['UKR', 'cis', '2018-05-19', 'participant', 'ended'],
  ['UZB', 'cis', '1991-12-21', 'none', 'signatory'],
  ['UZB', 'cis', '1992-04-01', 'signatory', 'member'],
  ['ARM', 'csto', '1992-05-15', 'none', 'member'],
  ['ARM', 'csto', '2024-02-22', 'member', 'frozen'],
  ['AZE', 'csto', '1993-09-24', 'none', 'member'],
  ['AZE', 'csto', '1999-04-20', 'member', 'withdrawn'],
  ['BLR', 'csto', '1993-12-31', 'none', 'member'],
  ['GEO', 'csto', '1993-12-09', 'none', 'member'],
  ['GEO', 'csto', '1999-04-20', 'member', 'withdrawn'],
  ['KAZ', 'csto', '1992-05-15', 'none', 'member'],
  ['KGZ', 'csto', '1992-05-15', 'none', 'member'],
  ['RUS', 'csto', '1992-05-15', 'none', 'member'],
  ['TJK', 'csto', '1992-05-15', 'none', 'member'],
  ['UZB', 'csto', '1992-05-15', 'none', 'member'],
  ['UZB', 'csto', '1999-04-20', 'member', 'withdrawn'],
  ['UZB', 'csto', '2006-08-16', 'withdrawn', 'member'],
  ['UZB', 'csto', '2012-12-19', 'member', 'suspended'],
];

describe('statusAt', () => {
  it.each(DATED_CHANGES)('%s %s changes on %s from %s to %s', (iso, bloc, date, before, after) => {
    const periods = republicRecord(membership, iso)[bloc];
    expect(statusAt(periods, dayBefore(date))).toBe(before);
    expect(statusAt(periods, date)).toBe(after);
  });

  it('covers every dated period in the data (no change left untested)', () => {
    const dataChanges = membership.republics.flatMap((r) =>
      (['cis', 'csto'] as const).flatMap((bloc) =>
        r[bloc].filter((p) => p.from !== null).map((p) => `${r.iso} ${bloc} ${p.from}`),
      ),
    );
    expect(dataChanges.sort()).toEqual(DATED_CHANGES.map(([iso, bloc, date]) => `${iso} ${bloc} ${date}`).sort());
  });

  it.each(['EST', 'LVA', 'LTU'] as const)('%s never took part in either bloc', (iso) => {
    for (const date of ['1991-12-31', '2018-12-31', membership.asOf]) {
      expect(statusAt(republicRecord(membership, iso).cis, date)).toBe('none');
      expect(statusAt(republicRecord(membership, iso).csto, date)).toBe('none');
    }
  });
});

describe('yearEndDate', () => {
  it.each([
    [1991, '1991-12-31'],
    [2018, '2018-12-31'],
    [2025, '2025-12-31'],
    [2026, '2026-03-31'], // the data's last year stops at its as-of date
  ])('year %i stands for %s', (year, date) => {
    expect(yearEndDate(year, membership)).toBe(date);
  });

  it('offers every year from 1991 to the as-of year', () => {
    expect(lastYear(membership)).toBe(2026);
    expect(yearsOf(membership)).toHaveLength(36);
    expect(yearsOf(membership)[0]).toBe(1991);
  });
});

describe('groupsOf', () => {
  const groupsIn = (year: number) => groupsOf(statusesAt(membership, yearEndDate(year, membership)));

  it("gives the story's picture at the end of 2018: 10 in the CIS, 6 in the CSTO, 5 in neither", () => {
    const groups = groupsIn(2018);
    expect(groups.inCis.sort()).toEqual(['ARM', 'AZE', 'BLR', 'KAZ', 'KGZ', 'MDA', 'RUS', 'TJK', 'TKM', 'UZB']);
    expect(groups.inCsto.sort()).toEqual(['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK']);
    expect(groups.inNeither.sort()).toEqual(['EST', 'GEO', 'LTU', 'LVA', 'UKR']);
  });

  it('does not count signatories as in the CIS (end of 1991)', () => {
    expect(groupsIn(1991).inCis.sort()).toEqual(['BLR', 'KAZ', 'RUS', 'TKM', 'UKR']);
  });

  it('counts a frozen CSTO member and a withdrawing CIS member as still in (as of 2026-03-31)', () => {
    const groups = groupsIn(2026);
    expect(groups.inCsto).toContain('ARM');
    expect(groups.inCis).toContain('MDA');
    expect(groups.inCsto).not.toContain('UZB'); // suspended since 2012
  });

  it('shows Tajikistan in the Treaty but not yet in the CIS at the end of 1992', () => {
    const groups = groupsIn(1992);
    expect(groups.inCsto).toContain('TJK');
    expect(groups.inCis).not.toContain('TJK');
  });
});

describe('securityBlocNameAt', () => {
  it.each([
    ['2002-10-06', 'cst'],
    ['2002-10-07', 'csto'],
    ['2001-12-31', 'cst'],
    ['2002-12-31', 'csto'],
  ])('on %s the bloc is %s', (date, name) => {
    expect(securityBlocNameAt(membership, date)).toBe(name);
  });
});

// The periods the audit of 2026-12-01 changed (../shared/facts/README.md, "Changes to these
// facts"), typed from membership.md: their sources, what the note must say, and what it may no
// longer say.
const AUDITED_PERIODS: [RepublicIso, 'cis' | 'csto', string, string[], string[], string[]][] = [
  // "Moldova | 1994-04-08 | member | WT, LOC-MD, MDLEX | Agreement ratified by parliament decision
  // no. 40 of 1994-04-08; Charter ratified by decision no. 76 of 1994-04-26, in force … 1994-06-27".
  [
    'MDA',
    'cis',
    '1994-04-08',
    ['WT', 'LOC-MD', 'MDLEX'],
    ['no. 40 of 1994-04-08', 'no. 76 of 1994-04-26', '1994-06-27'],
    ['one source says April 1994'],
  ],
  // "Moldova's exit": 01-19 (MOLDPRES-JAN26), 03-04 (ZDG26), 03-11 (VED, RIA26), 03-20
  // (MOLDPRES26, BELTA26), 12 months (TASS26, NM26); "the Alma-Ata Protocol of 21 December 1991".
  [
    'MDA',
    'cis',
    '2026-03-20',
    ['VED', 'MOLDPRES26', 'TASS26'],
    [
      'MOLDPRES-JAN26',
      '2026-03-04',
      'ZDG26',
      '2026-03-11',
      'RIA26',
      'BELTA26',
      'NM26',
      'the Alma-Ata Protocol of 21 December 1991',
      '12 months',
      'rovisional',
    ],
    ['2026-03-21', 'RADAR26', 'NPR26', 'the Protocol in'],
  ],
  // "Georgia | 1993-12-03 | … Alt.: 1993-10-23 (accession decision), 1993-12-09 (… NOVAZ)".
  ['GEO', 'cis', '1993-12-03', ['PF', 'K'], ['1993-10-23', '1993-12-09', 'NOVAZ'], []],
  // "Uzbekistan | 2006-08-16 | member | OBZ06, LENTA06, TASS12 | … Sochi … 2006-06-23 (LENTA0623) …
  // 2008-03-28 … (WN)".
  [
    'UZB',
    'csto',
    '2006-08-16',
    ['OBZ06', 'LENTA06', 'TASS12'],
    ['Sochi', '2006-06-23', 'LENTA0623', '2006-12-13', '2008-03-28', 'WN'],
    ['Alt.: decision'],
  ],
  // "Armenia | 2024-02-22 | frozen | ASB24, OCM24 | Prime Minister Nikol Pashinyan, interview with
  // France 24 …; 2024-05-08 the foreign ministry's spokeswoman Ani Badalyan … (AA24); 2024-06-12
  // Pashinyan in parliament … (PA); 2024-12-04 Pashinyan in parliament … (MED). … early 2026".
  [
    'ARM',
    'csto',
    '2024-02-22',
    ['ASB24', 'OCM24'],
    ['Nikol Pashinyan', 'France 24', '2024-05-08', 'Ani Badalyan', 'AA24', '2024-06-12', '2024-12-04', 'early 2026'],
    ['late 2025', 'stopped funding May 2024 (MED)'],
  ],
];

describe('the periods the audit of 2026-12-01 changed', () => {
  it.each(AUDITED_PERIODS)('%s %s from %s', (iso, bloc, from, sources, says, neverSays) => {
    const period = republicRecord(membership, iso)[bloc].find((entry) => entry.from === from);
    expect(period?.sources).toEqual(sources);
    for (const phrase of says) expect(period?.note, phrase).toContain(phrase);
    for (const phrase of neverSays) expect(period?.note, phrase).not.toContain(phrase);
  });
});
