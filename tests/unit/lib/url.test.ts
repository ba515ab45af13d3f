import { describe, expect, it } from 'vitest';
import { formatViewParams, parseViewParams, PARTS, type ViewParams } from '../../../src/lib/url.ts';
import { REPUBLIC_ISO_CODES } from '../../../src/lib/vocabulary.ts';

const RANGE = { first: 1991, last: 2026 };
const DEFAULT_VIEW: ViewParams = {
  year: 2026,
  country: null,
  compare: null,
  attendance: false,
  embed: false,
  part: null,
  theme: null,
  step: null,
  presenting: false,
};

describe('parseViewParams', () => {
  it.each<[string, Partial<ViewParams>, unknown[]]>([
    ['', {}, []],
    ['?year=2018', { year: 2018 }, []],
    ['?year=1991', { year: 1991 }, []],
    ['?year=2026', { year: 2026 }, []],
    ['?year=1990', {}, [{ kind: 'invalid-year', value: '1990' }]],
    ['?year=2027', {}, [{ kind: 'invalid-year', value: '2027' }]],
    ['?year=abc', {}, [{ kind: 'invalid-year', value: 'abc' }]],
    ['?year=2018.5', {}, [{ kind: 'invalid-year', value: '2018.5' }]],
    ['?year=02018', {}, [{ kind: 'invalid-year', value: '02018' }]],
    ['?year=', {}, [{ kind: 'invalid-year', value: '' }]],
    ['?year=%3Cscript%3E', {}, [{ kind: 'invalid-year', value: '<script>' }]],
    ['?colour=red&year=2000', { year: 2000 }, [{ kind: 'unknown-parameter', name: 'colour' }]],
    ['?year=2000&year=2001', { year: 2000 }, []],
    // Steps, typed from src/lib/steps.ts's story: step 1 is 1991; step 7 is the 2018 meeting
    // beside 2017's, with the attendance markers; the address may still move the year.
    ['?step=1', { step: 1, year: 1991 }, []],
    ['?step=7', { step: 7, year: 2018, compare: 2017, attendance: true }, []],
    ['?step=7&year=2020', { step: 7, year: 2020, compare: 2017, attendance: true }, []],
    ['?step=12', {}, [{ kind: 'invalid-step', value: '12' }]],
    ['?mode=present', { presenting: true }, []],
    ['?mode=present&step=3', { presenting: true, step: 3, year: 1999 }, []],
    ['?mode=slides', {}, [{ kind: 'invalid-mode', value: 'slides' }]],
    ['?country=ARM', { country: 'ARM' }, []],
    ['?country=geo&year=2009', { year: 2009, country: 'GEO' }, []],
    ['?country=USA', {}, [{ kind: 'invalid-country', value: 'USA' }]],
    ['?country=', {}, [{ kind: 'invalid-country', value: '' }]],
    ['?country=toString', {}, [{ kind: 'invalid-country', value: 'toString' }]],
    ['?country=__proto__', {}, [{ kind: 'invalid-country', value: '__proto__' }]],
    ['?year=2018&compare=2017', { year: 2018, compare: 2017 }, []],
    ['?compare=1990', {}, [{ kind: 'invalid-compare', value: '1990' }]],
    ['?compare=next', {}, [{ kind: 'invalid-compare', value: 'next' }]],
    ['?attendance=on', { attendance: true }, []],
    ['?attendance=1', {}, [{ kind: 'invalid-attendance', value: '1' }]],
    ['?attendance=', {}, [{ kind: 'invalid-attendance', value: '' }]],
    ['?embed=1', { embed: true }, []],
    ['?embed=true', {}, [{ kind: 'invalid-embed', value: 'true' }]],
    ['?embed=1&part=map', { embed: true, part: 'map' }, []],
    ['?part=table&embed=1', { embed: true, part: 'table' }, []],
    ['?embed=1&part=Map', { embed: true }, [{ kind: 'invalid-part', value: 'Map' }]],
    ['?embed=1&part=', { embed: true }, [{ kind: 'invalid-part', value: '' }]],
    ['?part=diagram', {}, [{ kind: 'part-without-embed', value: 'diagram' }]],
    ['?theme=dark', { theme: 'dark' }, []],
    ['?theme=light&embed=1', { theme: 'light', embed: true }, []],
    ['?theme=Dark', {}, [{ kind: 'invalid-theme', value: 'Dark' }]],
    ['?theme=url(x)', {}, [{ kind: 'invalid-theme', value: 'url(x)' }]],
    // pym.js's own parameters are expected in an embed, used elsewhere and never reported.
    ['?embed=1&childId=cis&initialWidth=730&parentTitle=T&parentUrl=https%3A%2F%2Fexample.org', { embed: true }, []],
    [
      '?year=x&country=y&z=1',
      {},
      [
        { kind: 'invalid-year', value: 'x' },
        { kind: 'invalid-country', value: 'y' },
        { kind: 'unknown-parameter', name: 'z' },
      ],
    ],
  ])('%s', (search, view, problems) => {
    expect(parseViewParams(search, RANGE)).toEqual({ view: { ...DEFAULT_VIEW, ...view }, problems });
  });
});

describe('formatViewParams', () => {
  it.each<[Partial<ViewParams>, string]>([
    [{ year: 2018 }, '?year=2018'],
    [{ year: 1991 }, '?year=1991'],
    [{}, ''], // the default view has a clean address
    [{ country: 'ARM' }, '?country=ARM'],
    [{ year: 2009, country: 'GEO' }, '?year=2009&country=GEO'],
    [{ year: 2018, compare: 2017 }, '?year=2018&compare=2017'],
    [{ attendance: true }, '?attendance=on'],
    [{ embed: true, year: 2018 }, '?year=2018&embed=1'],
    [{ embed: true, theme: 'dark' }, '?embed=1&theme=dark'],
    [{ embed: true, part: 'meetings', year: 2018 }, '?year=2018&embed=1&part=meetings'],
    // Out of the embed, as the way to the full page, a part is the whole graphic.
    [{ embed: false, part: 'meetings' }, ''],
    [{ year: 2018, country: 'ARM', compare: 2017, attendance: true }, '?year=2018&country=ARM&compare=2017&attendance=on'],
    // What the step sets goes unwritten; what differs from it is written.
    [{ step: 7, year: 2018, compare: 2017, attendance: true }, '?step=7'],
    [{ step: 7, year: 2019, compare: 2017, attendance: true }, '?step=7&year=2019'],
    [{ step: 1, year: 1991, presenting: true }, '?step=1&mode=present'],
  ])('%j → %j', (view, query) => {
    expect(formatViewParams({ ...DEFAULT_VIEW, ...view }, RANGE)).toBe(query);
  });

  it('round-trips every year with every country, comparison and marker setting', () => {
    for (let year = RANGE.first; year <= RANGE.last; year++)
      for (const country of [null, ...REPUBLIC_ISO_CODES])
        for (const compare of [null, RANGE.first, 2017, RANGE.last])
          for (const attendance of [false, true]) {
            const part = attendance ? PARTS[year % PARTS.length] : null;
            const view = {
              ...DEFAULT_VIEW,
              ...{ year, country, compare, attendance, embed: attendance, part, theme: attendance ? ('dark' as const) : null },
              presenting: attendance,
            };
            expect(parseViewParams(formatViewParams(view, RANGE), RANGE)).toEqual({ view, problems: [] });
          }
  });
});

describe('steps in the address', () => {
  it('round-trips every step with the view moved away from it or not', () => {
    for (let step = 1; step <= 10; step++) {
      const stepView = parseViewParams(`?step=${step}`, RANGE).view;
      for (const year of [stepView.year, 1995])
        for (const attendance of [stepView.attendance, true]) {
          const view = { ...stepView, year, attendance };
          expect(parseViewParams(formatViewParams(view, RANGE), RANGE)).toEqual({ view, problems: [] });
        }
    }
  });
});
