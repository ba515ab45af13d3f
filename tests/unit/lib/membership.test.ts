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
