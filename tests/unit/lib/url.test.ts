import { describe, expect, it } from 'vitest';
import { formatViewParams, parseViewParams } from '../../../src/lib/url.ts';

const RANGE = { first: 1991, last: 2026 };

describe('parseViewParams', () => {
  it.each([
    ['', 2026, []],
    ['?year=2018', 2018, []],
    ['?year=1991', 1991, []],
    ['?year=2026', 2026, []],
    ['?year=1990', 2026, [{ kind: 'invalid-year', value: '1990' }]],
    ['?year=2027', 2026, [{ kind: 'invalid-year', value: '2027' }]],
    ['?year=abc', 2026, [{ kind: 'invalid-year', value: 'abc' }]],
    ['?year=2018.5', 2026, [{ kind: 'invalid-year', value: '2018.5' }]],
    ['?year=02018', 2026, [{ kind: 'invalid-year', value: '02018' }]],
    ['?year=', 2026, [{ kind: 'invalid-year', value: '' }]],
    ['?year=%3Cscript%3E', 2026, [{ kind: 'invalid-year', value: '<script>' }]],
    ['?colour=red&year=2000', 2000, [{ kind: 'unknown-parameter', name: 'colour' }]],
    ['?year=2000&year=2001', 2000, []],
  ])('%s → year %i', (search, year, problems) => {
    expect(parseViewParams(search, RANGE)).toEqual({ view: { year }, problems });
  });
});

describe('formatViewParams', () => {
  it.each([
    [2018, '?year=2018'],
    [1991, '?year=1991'],
    [2026, ''], // the latest year is the default: a clean address
  ])('year %i → %j', (year, query) => {
    expect(formatViewParams({ year }, RANGE)).toBe(query);
  });

  it('round-trips every year', () => {
    for (let year = RANGE.first; year <= RANGE.last; year++)
      expect(parseViewParams(formatViewParams({ year }, RANGE), RANGE).view.year).toBe(year);
  });
});
