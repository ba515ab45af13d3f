import { describe, expect, it } from 'vitest';
import membershipFile from '../../../data/membership.json';
import sourcesFile from '../../../data/sources.json';
import { isIsoDay, validateData } from '../../../src/lib/validate.ts';

/** A deep copy of the real data with one change applied. */
function mutated(change: (membership: any, sources: any) => void) {
  const membership = structuredClone(membershipFile);
  const sources = structuredClone(sourcesFile);
  change(membership, sources);
  return validateData(membership, sources);
}

const republic = (membership: any, iso: string) => membership.republics.find((r: any) => r.iso === iso);

describe('validateData', () => {
  it('accepts the data as committed', () => {
    expect(validateData(membershipFile, sourcesFile)).toEqual([]);
  });

  it.each([
    [
      'a status outside the vocabulary',
      (m: any) => (republic(m, 'ARM').cis[1].status = 'full member'),
      'data/membership.json: republic ARM, cis[1].status: "full member" is not a CIS status',
    ],
    [
      'a CIS status used for the CSTO',
      (m: any) => (republic(m, 'UZB').csto[3].status = 'associate'),
      'data/membership.json: republic UZB, csto[3].status: "associate" is not a CSTO status',
    ],
    [
      'a date that is not ISO',
      (m: any) => (republic(m, 'GEO').cis[0].from = '03.12.1993'),
      'data/membership.json: republic GEO, cis[0].from: "03.12.1993" is not an ISO date',
    ],
    [
      'a day that does not exist',
      (m: any) => (republic(m, 'GEO').cis[1].from = '2008-02-30'),
      'data/membership.json: republic GEO, cis[1].from: "2008-02-30" is not an ISO date',
    ],
    [
      'dates out of order',
      (m: any) => (republic(m, 'UKR').cis[2].from = '1991-12-01'),
      'data/membership.json: republic UKR, cis[2].from: 1991-12-01 is out of order',
    ],
    [
      'overlapping periods',
      (m: any) => (republic(m, 'TKM').cis[2].from = '1991-12-26'),
      'data/membership.json: republic TKM, cis[2].from: 1991-12-26 overlaps the previous period',
    ],
    [
      'an unknown source key',
      (m: any) => republic(m, 'MDA').cis[2].sources.push('BLOG'),
      'data/membership.json: republic MDA, cis[2].sources: unknown source key "BLOG"',
    ],
    [
      'a source key that the sources file lost',
      (_m: any, s: any) => delete s.sources.WT,
      'data/membership.json: republic ARM, cis[1].sources: unknown source key "WT"',
    ],
    [
      'a missing republic',
      (m: any) => (m.republics = m.republics.filter((r: any) => r.iso !== 'EST')),
      'data/membership.json: republic EST: missing',
    ],
    [
      'a republic listed twice',
      (m: any) => m.republics.push(structuredClone(republic(m, 'LVA'))),
      'data/membership.json: republic LVA: listed more than once',
    ],
    [
      'a date after the as-of date',
      (m: any) => (republic(m, 'ARM').csto[1].from = '2026-04-01'),
      'data/membership.json: republic ARM, csto[1].from: 2026-04-01 is after the data',
    ],
    [
      '"throughout" used for one of several periods',
      (m: any) => (republic(m, 'BLR').cis[0].from = null),
      'data/membership.json: republic BLR, cis[0].from: null is allowed only for a single period',
    ],
    [
      'an as-of date that is not ISO',
      (m: any) => (m.asOf = 'March 2026'),
      'data/membership.json: asOf: "March 2026" is not an ISO date',
    ],
    [
      'a source without an address',
      (_m: any, s: any) => (s.sources.K.url = 'kremlin.ru'),
      'data/sources.json: source K, url: "kremlin.ru" is not an http(s) address',
    ],
  ])('reports %s, naming file, republic and field', (_case, change, message) => {
    const problems = mutated(change);
    expect(problems.some((p) => p.startsWith(message)), problems.join('\n')).toBe(true);
  });
});

describe('isIsoDay', () => {
  it.each([
    ['2018-11-21', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2018-11', false],
    ['2018-1-21', false],
    [' 2018-11-21', false],
    [20181121, false],
    [null, false],
  ])('%j → %s', (value, expected) => {
    expect(isIsoDay(value)).toBe(expected);
  });
});
