import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, isIsoDay, parseDataFile, validateData, type RawDataFiles } from '../../../src/lib/validate.ts';

// Read as committed, every language's texts included: an import would get the page's language only.
const FILES = Object.fromEntries(
  Object.entries(DATA_FILES).map(([name, file]) => [name, JSON.parse(readFileSync(file, 'utf8'))]),
) as RawDataFiles;
const updatesFile = FILES.updates as { updates: { date: string }[] };

/** A deep copy of the real data with one change applied. */
function mutated(change: (membership: any, sources: any, meetings: any, updates: any) => void) {
  const { membership, sources, meetings, updates } = structuredClone(FILES);
  change(membership, sources, meetings, updates);
  return validateData({ membership, sources, meetings, updates });
}

const republic = (membership: any, iso: string) => membership.republics.find((r: any) => r.iso === iso);

describe('validateData', () => {
  it('accepts the data as committed', () => {
    expect(validateData(FILES)).toEqual([]);
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
    expect(
      problems.some((p) => p.startsWith(message)),
      problems.join('\n'),
    ).toBe(true);
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

// Each mutation of data/meetings.json below breaks one rule and must give exactly one message,
// typed by hand from the rules in src/lib/validate.ts (validateMeetings). Indices: meetings[3] is
// the 4th meeting (2016, not found), [4] the 5th (2017), [5] the 6th (2018), [6] the 7th (2019),
// [7] the 8th (2020, 12 attendee records), [9] the 10th (2022).
describe('validateMeetings', () => {
  const listedRussia = () => ({
    attendee: 'RUS',
    attendance: 'listed',
    person: null,
    personRu: null,
    role: null,
    roleRu: null,
    sources: ['TASS14'],
    note: '',
    noteRu: '',
  });

  it.each([
    [
      'an attendance outside the vocabulary',
      (_m: any, _s: any, g: any) => (g.meetings[5].attendees[0].attendance = 'present'),
      'data/meetings.json: meeting 6, attendees[0].attendance: "present" is not one of listed, absent, unknown',
    ],
    [
      '"not-cis" stored as an attendance (it is only shown, never recorded)',
      (_m: any, _s: any, g: any) => (g.meetings[5].attendees[0].attendance = 'not-cis'),
      'data/meetings.json: meeting 6, attendees[0].attendance: "not-cis" is not one of listed, absent, unknown',
    ],
    [
      'an attendee twice in one meeting',
      (_m: any, _s: any, g: any) => g.meetings[7].attendees.push(structuredClone(g.meetings[7].attendees[0])),
      'data/meetings.json: meeting 8, attendees[12].attendee: RUS appears twice',
    ],
    [
      'an absence without a source',
      (_m: any, _s: any, g: any) => (g.meetings[4].attendees[0].sources = []),
      'data/meetings.json: meeting 5, attendees[0].sources: an absence needs a source that says so',
    ],
    [
      'an unknown source key on an attendee',
      (_m: any, _s: any, g: any) => g.meetings[5].attendees[0].sources.push('BLOG'),
      'data/meetings.json: meeting 6, attendees[0].sources: unknown source key "BLOG"',
    ],
    [
      'an attendee that is neither a republic nor CIS-EC/CSTO',
      (_m: any, _s: any, g: any) => (g.meetings[5].attendees[0].attendee = 'SCO'),
      'data/meetings.json: meeting 6, attendees[0].attendee: "SCO" is not a republic\'s ISO code, CIS-EC or CSTO',
    ],
    [
      'a lower-case republic code',
      (_m: any, _s: any, g: any) => (g.meetings[1].attendees[0].attendee = 'rus'),
      'data/meetings.json: meeting 2, attendees[0].attendee: "rus" is not a republic\'s ISO code, CIS-EC or CSTO',
    ],
    [
      'a month that does not exist',
      (_m: any, _s: any, g: any) => (g.meetings[5].date = '2018-13'),
      'data/meetings.json: meeting 6, date: "2018-13" is not YYYY, YYYY-MM or YYYY-MM-DD',
    ],
    [
      'a day-month-year date',
      (_m: any, _s: any, g: any) => (g.meetings[5].date = '18-11-2018'),
      'data/meetings.json: meeting 6, date: "18-11-2018" is not YYYY, YYYY-MM or YYYY-MM-DD',
    ],
    [
      'a day that does not exist',
      (_m: any, _s: any, g: any) => (g.meetings[5].date = '2018-11-31'),
      'data/meetings.json: meeting 6, date: "2018-11-31" is not YYYY, YYYY-MM or YYYY-MM-DD',
    ],
    [
      'two meetings in the same year',
      (_m: any, _s: any, g: any) => (g.meetings[6].date = '2018-12-01'),
      'data/meetings.json: meeting 7, date: a second meeting in 2018',
    ],
    [
      'a number repeated',
      (_m: any, _s: any, g: any) => (g.meetings[6].number = 6),
      'data/meetings.json: meetings[6].number: 6 is not a whole number after 6',
    ],
    [
      'a number going back',
      (_m: any, _s: any, g: any) => (g.meetings[6].number = 5),
      'data/meetings.json: meetings[6].number: 5 is not a whole number after 6',
    ],
    [
      'a number that is not whole',
      (_m: any, _s: any, g: any) => (g.meetings[6].number = 6.5),
      'data/meetings.json: meetings[6].number: 6.5 is not a whole number after 6',
    ],
    [
      'a found meeting without sources',
      (_m: any, _s: any, g: any) => (g.meetings[9].sources = []),
      'data/meetings.json: meeting 10, sources: a meeting that was found needs a source',
    ],
    [
      'a not-found meeting with attendees',
      (_m: any, _s: any, g: any) => g.meetings[3].attendees.push(listedRussia()),
      'data/meetings.json: meeting 4, attendees: a meeting with no record cannot list attendees',
    ],
    [
      'an attendance resting on some sources whose note is empty',
      (_m: any, _s: any, g: any) => Object.assign(g.meetings[1].attendees[0], { othersSilent: true, note: '' }),
      'data/meetings.json: meeting 2, attendees[0].note: an attendance the other sources do not name needs a note that says so',
    ],
    // Issue 20: every English text has its Russian beside it, citing the same sources.
    [
      'a period note without its Russian',
      (m: any) => delete m.republics[0].cis[1].noteRu,
      'data/membership.json: republic ARM, cis[1].noteRu: missing the Russian text of note',
    ],
    [
      'a Russian period note where the English has none',
      (m: any) => (m.republics[0].cis[0].noteRu = 'Примечание'),
      'data/membership.json: republic ARM, cis[0].noteRu: expected empty, as note',
    ],
    [
      'a meeting note without its Russian',
      (_m: any, _s: any, g: any) => delete g.meetings[0].noteRu,
      'data/meetings.json: meeting 1, noteRu: missing the Russian text of note',
    ],
    [
      'an attendee note whose Russian is empty',
      (_m: any, _s: any, g: any) => (g.meetings[5].attendees[0].noteRu = ' '),
      'data/meetings.json: meeting 6, attendees[0].noteRu: missing the Russian text of note',
    ],
    [
      'a Russian note that drops a source the English cites',
      (_m: any, _s: any, g: any) => (g.meetings[5].attendees[0].noteRu = 'Также представлен Фуадом Алескеровым'),
      'data/meetings.json: meeting 6, attendees[0].noteRu: does not cite TRD18, as note does',
    ],
    [
      'a Russian role where the English has none',
      (_m: any, _s: any, g: any) => (g.meetings[5].attendees[1].roleRu = 'секретарь'),
      'data/meetings.json: meeting 6, attendees[1].roleRu: expected null, as role is',
    ],
    [
      'a place without its Russian',
      (_m: any, _s: any, g: any) => delete g.meetings[5].placeRu,
      'data/meetings.json: meeting 6, placeRu: missing the Russian text of place',
    ],
    [
      'the series without its Russian',
      (_m: any, _s: any, g: any) => delete g.seriesRu,
      'data/meetings.json: seriesRu: missing the Russian text of series',
    ],
    [
      'othersSilent on an absence',
      (_m: any, _s: any, g: any) => Object.assign(g.meetings[4].attendees[0], { othersSilent: true }),
      'data/meetings.json: meeting 5, attendees[0].othersSilent: only a listed attendance can rest on some sources',
    ],
    [
      'othersSilent written as false',
      (_m: any, _s: any, g: any) => Object.assign(g.meetings[1].attendees[0], { othersSilent: false }),
      'data/meetings.json: meeting 2, attendees[0].othersSilent: expected true, or no such field',
    ],
  ])('reports %s, naming file, meeting and field', (_case, change, message) => {
    expect(mutated(change)).toEqual([message]);
  });

  it('reports an unknown source key on a meeting, naming file, meeting and field', () => {
    const problems = mutated((_m, _s, g) => g.meetings[5].sources.push('BLOG'));
    expect(problems).toEqual(['data/meetings.json: meeting 6, sources: unknown source key "BLOG"']);
  });

  it('reports a source key that the sources file lost, for the meeting and each attendee citing it', () => {
    // SPBY15 is cited by the 3rd meeting (2015) and its two attendee records (BLR, RUS).
    const problems = mutated((_m, s) => delete s.sources.SPBY15);
    expect(problems).toHaveLength(3);
    expect(problems.filter((p) => p.startsWith('data/meetings.json: meeting 3, attendees['))).toEqual([
      'data/meetings.json: meeting 3, attendees[0].sources: unknown source key "SPBY15"',
      'data/meetings.json: meeting 3, attendees[1].sources: unknown source key "SPBY15"',
    ]);
  });
});

// Each mutation of data/updates.json below breaks one rule and must give exactly one message,
// typed by hand from the rules in src/lib/validate.ts (validateUpdates).
describe('validateUpdates', () => {
  const olderEntry = () => ({
    date: '2026-06-01',
    text: 'An earlier correction.',
    textRu: 'Более раннее исправление.',
    sources: ['STORY'],
  });

  it.each([
    ['no entry', (u: any) => (u.updates = []), 'data/updates.json: updates: expected at least one entry'],
    [
      'a date that is not ISO',
      (u: any) => (u.updates[0].date = '1 December 2026'),
      'data/updates.json: updates[0].date: "1 December 2026" is not an ISO date (YYYY-MM-DD)',
    ],
    ['an empty text', (u: any) => (u.updates[0].text = ' '), 'data/updates.json: updates[0].text: missing'],
    [
      'an unknown source key',
      (u: any) => u.updates[0].sources.push('BLOG'),
      'data/updates.json: updates[0].sources: unknown source key "BLOG"',
    ],
    [
      'entries oldest first',
      (u: any) => u.updates.unshift(olderEntry()),
      `data/updates.json: updates[1].date: ${updatesFile.updates[0].date} is out of order (newest first, after 2026-06-01)`,
    ],
  ])('reports %s, naming file, entry and field', (_case, change, message) => {
    expect(mutated((_m, _s, _g, u) => change(u))).toEqual([message]);
  });

  it('accepts an older entry after the newest', () => {
    expect(mutated((_m, _s, _g, u) => u.updates.push(olderEntry()))).toEqual([]);
  });
});

// A data file that is not clean JSON names file, line and column (the parser's own errors name
// none); a key twice in one object is an error, not silently the last one.
describe('parseDataFile', () => {
  it.each([
    [
      'a trailing comma in an object',
      '{\n  "a": 1,\n}\n',
      ['data/x.json:3:1: a property name in double quotes was expected (a comma before "}"?)'],
    ],
    [
      'a trailing comma in a list',
      '{ "a": [1, 2,] }',
      ['data/x.json:1:14: a value was expected (a comma before "]", or the file ends early?)'],
    ],
    ['a file cut short', '{\n  "a": [1', ['data/x.json:2:10: a closing "]" was expected']],
    ['an empty file', '', ['data/x.json: the file is empty']],
    [
      'a byte-order mark',
      '\uFEFF{"a": 1}',
      ['data/x.json:1:1: a byte-order mark before the JSON (save the file as UTF-8 without one)'],
    ],
    ['a comment', '{\n  // note\n  "a": 1\n}', ['data/x.json:2:3: comments are not JSON']],
    [
      'a key twice in one object',
      '{\n  "url": "https://a.example",\n  "url": "javascript:alert(1)"\n}',
      ['data/x.json:3:3: "url" appears twice in one object'],
    ],
  ])('%s', (_case, text, problems) => {
    const parsed = parseDataFile(text, 'data/x.json');
    expect(parsed).toEqual({ value: undefined, problems });
  });

  it('a key may repeat in different objects', () => {
    expect(parseDataFile('[{ "a": 1 }, { "a": 2 }]', 'data/x.json')).toEqual({ value: [{ a: 1 }, { a: 2 }], problems: [] });
  });
});

describe('unknown fields', () => {
  it.each([
    [
      'an extra "to" in a period',
      (m: any) => (republic(m, 'ARM').cis[1].to = '2030-01-01'),
      'data/membership.json: republic ARM, cis[1]: unknown field "to" (known: from, status, sources, note, noteRu)',
    ],
    [
      'a misspelt "urll" in a source',
      (_m: any, s: any) => (s.sources.K.urll = 'javascript:alert(1)'),
      'data/sources.json: source K: unknown field "urll" (known: title, url)',
    ],
    [
      'a field no attendee has',
      (_m: any, _s: any, g: any) => (g.meetings[5].attendees[0].present = true),
      'data/meetings.json: meeting 6, attendees[0]: unknown field "present" (known: attendee, attendance, person, personRu, role, roleRu, sources, note, noteRu, othersSilent)',
    ],
    [
      'a field no update has',
      (_m: any, _s: any, _g: any, u: any) => (u.updates[0].author = 'X'),
      'data/updates.json: updates[0]: unknown field "author" (known: date, text, textRu, sources)',
    ],
  ])('rejects %s, naming file, record and field', (_case, change, message) => {
    expect(mutated(change)).toEqual([message]);
  });
});
