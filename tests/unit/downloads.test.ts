/**
 * The downloads: rows for a year and for the whole timeline, CSV that any RFC 4180 reader gets
 * back intact, the JSON objects, file names, and the standalone SVG.
 *
 * Expected values were typed by hand from ../shared/facts/membership.md and sources.md (each
 * comment names the row), and the status words and column labels from the catalogue in
 * src/lib/messages.ts, never copied from running the code.
 */
import { describe, expect, it } from 'vitest';
import {
  downloadFileName,
  escapeXml,
  mapImageCaption,
  standaloneSvg,
  timelineColumns,
  timelineJson,
  timelineRows,
  toCsv,
  yearColumns,
  yearJson,
  yearStatusRows,
  type CsvColumn,
  type DownloadKind,
  type StandaloneSvgOptions,
} from '../../src/lib/downloads.ts';

/** A small RFC 4180 reader, independent of the writer: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let isQuoted = false;
  while (i < text.length) {
    const char = text[i];
    if (isQuoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (char === '"') {
        isQuoted = false;
        i += 1;
      } else {
        field += char;
        i += 1;
      }
    } else if (char === '"' && field === '') {
      isQuoted = true;
      i += 1;
    } else if (char === ',') {
      record.push(field);
      field = '';
      i += 1;
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else {
      // A bare quote, CR or LF outside quotes is not RFC 4180.
      if (char === '"' || char === '\r' || char === '\n') throw new Error(`Unquoted ${JSON.stringify(char)} at ${i}`);
      field += char;
      i += 1;
    }
  }
  if (isQuoted) throw new Error('Unterminated quoted field');
  if (field !== '' || record.length > 0) throw new Error('The last record does not end in CRLF');
  return records;
}

/** The records of a CSV as objects keyed by the header's labels. */
function csvObjects(text: string): Record<string, string>[] {
  const [header, ...records] = parseCsv(text);
  for (const record of records) expect(record).toHaveLength(header.length);
  return records.map((record) => Object.fromEntries(header.map((label, i) => [label, record[i]])));
}

// The column labels of the catalogue's `downloads.columns`, typed.
const YEAR_HEADER = [
  'ISO code',
  'Republic',
  'CIS status (code)',
  'CIS status',
  'CIS status since',
  'CIS note',
  'CIS sources',
  'CIS source addresses',
  'CST/CSTO status (code)',
  'CST/CSTO status',
  'CST/CSTO status since',
  'CST/CSTO note',
  'CST/CSTO sources',
  'CST/CSTO source addresses',
];
const TIMELINE_HEADER = [
  'ISO code',
  'Republic',
  'Bloc',
  'Status (code)',
  'Status',
  'From',
  'To',
  'Note',
  'Sources',
  'Source addresses',
];

// Addresses of sources.md, by key.
const URL = {
  K: 'http://en.kremlin.ru/catalog/glossary/38',
  WT: 'https://en.wikipedia.org/wiki/Member_states_of_the_Commonwealth_of_Independent_States',
  CNTD: 'https://docs.cntd.ru/document/1901995',
  WIKI06: 'https://en.wikipedia.org/wiki/Collective_Security_Treaty_Organization',
  RIA25: 'https://ria.ru/20251126/odkb-1833097213.html',
  AN12: 'http://analitika.at.ua/news/odkb_teper_bez_uzbekistana/2012-12-19-70759',
  RBC12: 'https://www.rbc.ru/politics/28/06/2012/5703f9b29a7947ac81a69808',
  TASS18: 'https://tass.com/world/1005227',
  IFX18: 'https://rusreality.com/2018/05/20/poroshenko-confirmed-his-intention-to-reconsider-signed-within-the-cis-treaties/',
  CIA: 'https://www.cia.gov/the-world-factbook/',
  RIA05: 'https://ria.ru/20050827/41237040.html',
  RFERL05: 'https://www.rferl.org/a/1061002.html',
  VED: 'https://www.vedomosti.ru/politics/news/2026/03/11/1182032-moldaviya-odobrila',
  MOLDPRES26:
    'https://moldpres.md/rom/politica/votat-in-prima-lectura-legislativul-a-sustinut-retragerea-definitiva-a-republicii-moldova-din-organele-statutare-ale-csi',
  TASS26: 'https://tass.com/world/2074299',
  MAIL94: 'https://news.mail.ru/politics/57408582/',
  ASB24: 'https://asbarez.com/armenia-has-frozen-participation-in-csto-angering-moscow/',
  OCM24: 'https://oc-media.org/pashinyan-armenia-has-frozen-its-participation-in-the-csto/',
};

/** A year row as the CSV gives it: [ISO, name, CIS code, words, since, sources, CSTO code, words, since, sources]. */
type YearCells = [string, string, string, string, string, string, string, string, string, string];

// Rows of membership.md in force at the year's date; "" where there is no dated period.
const YEAR_CELLS: [number, YearCells][] = [
  // Georgia: CIS "2009-08-18 | withdrawn | K, CNTD"; CSTO "1999-04-20 | withdrawn | WIKI06".
  [2018, ['GEO', 'Georgia', 'withdrawn', 'withdrawn', '2009-08-18', 'K; CNTD', 'withdrawn', 'withdrawn', '1999-04-20', 'WIKI06']],
  // Uzbekistan: CIS "1992-04-01 | member | WT"; CSTO "2012-12-19 | suspended | AN12, RBC12".
  [
    2018,
    [
      'UZB',
      'Uzbekistan',
      'member',
      'member state',
      '1992-04-01',
      'WT',
      'suspended',
      'membership suspended',
      '2012-12-19',
      'AN12; RBC12',
    ],
  ],
  // Ukraine: CIS "2018-05-19 | ended | TASS18, IFX18, CIA"; CSTO "— | none" without sources.
  [
    2018,
    [
      'UKR',
      'Ukraine',
      'ended',
      'ended participation in CIS bodies, without formal withdrawal',
      '2018-05-19',
      'TASS18; IFX18; CIA',
      'none',
      'never a party',
      '',
      '',
    ],
  ],
  // Turkmenistan: CIS "2005-08-26 | associate | RIA05, RFERL05, WT"; CSTO "— | none | RIA05".
  [
    2018,
    [
      'TKM',
      'Turkmenistan',
      'associate',
      'associate member',
      '2005-08-26',
      'RIA05; RFERL05; WT',
      'none',
      'never a party',
      '',
      'RIA05',
    ],
  ],
  // Estonia: "— | none | K" and "— | none".
  [2018, ['EST', 'Estonia', 'none', 'never took part', '', 'K', 'none', 'never a party', '', '']],
  // 1992: Tajikistan signed the CIS documents 1991-12-21 (K), in the Treaty from 1992-05-15 (RIA25).
  [
    1992,
    [
      'TJK',
      'Tajikistan',
      'signatory',
      'signed the founding documents, not yet ratified',
      '1991-12-21',
      'K',
      'member',
      'member',
      '1992-05-15',
      'RIA25',
    ],
  ],
  // 1992: Belarus joined the Treaty only on 1993-12-31; Georgia the CIS only on 1993-12-03.
  [1992, ['BLR', 'Belarus', 'member', 'member state', '1991-12-10', 'WT', 'none', 'never a party', '', '']],
  [1992, ['GEO', 'Georgia', 'none', 'never took part', '', '', 'none', 'never a party', '', '']],
  // 2026 (as of 2026-03-31): Moldova "2026-03-20 | withdrawing | VED, MOLDPRES26, TASS26", CSTO "— | none | MAIL94".
  [
    2026,
    [
      'MDA',
      'Moldova',
      'withdrawing',
      'withdrawing (exit under way)',
      '2026-03-20',
      'VED; MOLDPRES26; TASS26',
      'none',
      'never a party',
      '',
      'MAIL94',
    ],
  ],
  // Armenia: CSTO "2024-02-22 | frozen | ASB24, OCM24".
  [
    2026,
    [
      'ARM',
      'Armenia',
      'member',
      'member state',
      '1992-02-18',
      'WT',
      'frozen',
      'member, participation frozen',
      '2024-02-22',
      'ASB24; OCM24',
    ],
  ],
];

describe('yearStatusRows as CSV', () => {
  it.each(YEAR_CELLS)('%i: %j', (year, cells) => {
    const objects = csvObjects(toCsv(yearColumns(), yearStatusRows(year)));
    const row = objects.find((object) => object['ISO code'] === cells[0]);
    expect(row).toBeDefined();
    const [iso, name, cis, cisText, cisSince, cisSources, csto, cstoText, cstoSince, cstoSources] = cells;
    expect(row).toMatchObject({
      'ISO code': iso,
      Republic: name,
      'CIS status (code)': cis,
      'CIS status': cisText,
      'CIS status since': cisSince,
      'CIS sources': cisSources,
      'CST/CSTO status (code)': csto,
      'CST/CSTO status': cstoText,
      'CST/CSTO status since': cstoSince,
      'CST/CSTO sources': cstoSources,
    });
    // Each key's address, in the same order as the keys.
    const urls = (keys: string) =>
      keys
        ? keys
            .split('; ')
            .map((key) => URL[key as keyof typeof URL])
            .join(' ')
        : '';
    expect(row!['CIS source addresses']).toBe(urls(cisSources));
    expect(row!['CST/CSTO source addresses']).toBe(urls(cstoSources));
  });

  it.each([1991, 2018, 2026])('%i: a header and the 15 republics in alphabetical order', (year) => {
    const [header, ...records] = parseCsv(toCsv(yearColumns(), yearStatusRows(year)));
    expect(header).toEqual(YEAR_HEADER);
    expect(records.map((record) => record[1])).toEqual([
      'Armenia',
      'Azerbaijan',
      'Belarus',
      'Estonia',
      'Georgia',
      'Kazakhstan',
      'Kyrgyzstan',
      'Latvia',
      'Lithuania',
      'Moldova',
      'Russia',
      'Tajikistan',
      'Turkmenistan',
      'Ukraine',
      'Uzbekistan',
    ]);
  });

  it('keeps notes with commas and quotes intact', () => {
    // Armenia's CSTO note: Prime Minister Nikol Pashinyan, … participation "frozen" (ASB24, OCM24);
    // 2024-05-08 … no CSTO funding in 2024 (AA24); … (membership.md, CSTO row 2024-02-22).
    const armenia = csvObjects(toCsv(yearColumns(), yearStatusRows(2024))).find((row) => row['ISO code'] === 'ARM')!;
    expect(armenia['CST/CSTO note']).toMatch(
      /^Prime Minister Nikol Pashinyan, interview with France 24: participation "frozen" \(ASB24, OCM24\); /,
    );
    expect(armenia['CST/CSTO note']).toContain(
      "2024-05-08 the foreign ministry's spokeswoman Ani Badalyan: no CSTO funding in 2024 (AA24)",
    );
    expect(armenia['CST/CSTO note']).toContain('"we will leave … we will decide when"');
  });

  it.each([1990, 2027, 2018.5])('refuses the year %s, outside the data', (year) => {
    expect(() => yearStatusRows(year)).toThrow(RangeError);
  });
});

describe('timelineRows', () => {
  const rows = timelineRows();

  it('has one row per period of membership.md: 31 CIS and 21 CSTO rows', () => {
    // Counted by hand: CIS ARM 2, AZE 2, BLR 2, EST 1, GEO 3, KAZ 2, KGZ 2, LVA 1, LTU 1, MDA 3,
    // RUS 2, TJK 2, TKM 3, UKR 3, UZB 2; CSTO ARM 2, AZE 2, GEO 2, UZB 4 and 11 single rows.
    expect(rows.filter((row) => row.bloc === 'cis')).toHaveLength(31);
    expect(rows.filter((row) => row.bloc === 'csto')).toHaveLength(21);
    expect(rows).toHaveLength(52);
  });

  it.each<[string, 'cis' | 'csto', [string | null, string, string | null][]]>([
    // Georgia's CIS rows: 1993-12-03 member, 2008-08-18 withdrawing, 2009-08-18 withdrawn.
    [
      'GEO',
      'cis',
      [
        ['1993-12-03', 'member', '2008-08-18'],
        ['2008-08-18', 'withdrawing', '2009-08-18'],
        ['2009-08-18', 'withdrawn', null],
      ],
    ],
    // Uzbekistan's CSTO rows: 1992-05-15 member, 1999-04-20 withdrawn, 2006-08-16 member, 2012-12-19 suspended.
    [
      'UZB',
      'csto',
      [
        ['1992-05-15', 'member', '1999-04-20'],
        ['1999-04-20', 'withdrawn', '2006-08-16'],
        ['2006-08-16', 'member', '2012-12-19'],
        ['2012-12-19', 'suspended', null],
      ],
    ],
    // Moldova never in the CSTO: "— | none".
    ['MDA', 'csto', [[null, 'none', null]]],
  ])('%s in the %s: from, status, to', (iso, bloc, periods) => {
    const ofRepublic = rows.filter((row) => row.iso === iso && row.bloc === bloc);
    expect(ofRepublic.map((row) => [row.from, row.status, row.to])).toEqual(periods);
  });

  it('as CSV: the header, 52 records, and values that come back intact', () => {
    const [header, ...records] = parseCsv(toCsv(timelineColumns(), rows));
    expect(header).toEqual(TIMELINE_HEADER);
    expect(records).toHaveLength(52);
    // Moldova's withdrawing row: provisional (membership.md, "Moldova's exit").
    const moldova = records.find((record) => record[0] === 'MDA' && record[3] === 'withdrawing')!;
    expect(moldova.slice(0, 7)).toEqual([
      'MDA',
      'Moldova',
      'cis',
      'withdrawing',
      'withdrawing (exit under way)',
      '2026-03-20',
      '',
    ]);
    expect(moldova[7]).toMatch(/^Provisional: the exit is under way\./);
    // "Name it 'the Alma-Ata Protocol of 21 December 1991', not 'the Protocol' alone"; the 03-21 alternative is dropped.
    expect(moldova[7]).toContain('the Alma-Ata Protocol of 21 December 1991');
    expect(moldova[7].replaceAll('the Alma-Ata Protocol of 21 December 1991', '')).not.toMatch(/Protocol/);
    expect(moldova[7]).not.toContain('2026-03-21');
    expect(moldova[8]).toBe('VED; MOLDPRES26; TASS26');
  });
});

describe('toCsv', () => {
  const columns: CsvColumn<{ value: string | number | null }>[] = [{ label: 'value', value: (row) => row.value }];

  it.each<[string | number | null, string]>([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['"', '""""'],
    ['line\nbreak', '"line\nbreak"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['both\r\nends', '"both\r\nends"'],
    [' spaced ', ' spaced '],
    ['', ''],
    [null, ''],
    [42, '42'],
    ['Pashinyan: "frozen", then "we will leave"', '"Pashinyan: ""frozen"", then ""we will leave"""'],
  ])('%j is written %j and read back', (value, field) => {
    const csv = toCsv(columns, [{ value }]);
    expect(csv).toBe(`value\r\n${field}\r\n`);
    expect(parseCsv(csv)).toEqual([['value'], [value === null ? '' : String(value)]]);
  });

  it('quotes a label that needs it, and separates fields with commas', () => {
    const csv = toCsv<{ a: string; b: string }>(
      [
        { label: 'Status, in words', value: (row) => row.a },
        { label: 'Note', value: (row) => row.b },
      ],
      [{ a: 'x', b: 'y,z' }],
    );
    expect(csv).toBe('"Status, in words",Note\r\nx,"y,z"\r\n');
  });

  it('writes only the header for no rows', () => {
    expect(toCsv(columns, [])).toBe('value\r\n');
  });
});

describe('yearJson and timelineJson', () => {
  it('2018: metadata, the year-end date and sources with titles and addresses', () => {
    const json = yearJson(2018);
    expect(json).toMatchObject({
      title: 'Is Russia trying to blur the line between the CIS and the CSTO?',
      // README: the data set is current as of 2026-03-31.
      asOf: '2026-03-31',
      year: 2018,
      date: '2018-12-31',
    });
    expect(json.sourceLine).toMatch(/^Sources: /);
    expect(json.about).toContain('31 December 2018');
    expect(json.republics).toHaveLength(15);
    const uzbekistan = json.republics.find((row) => row.iso === 'UZB')!;
    // sources.md rows AN12 and RBC12.
    expect(uzbekistan.cstoSources).toEqual([
      { key: 'AN12', title: "19 Dec 2012: CSTO summit grants Uzbekistan's request to suspend", url: URL.AN12 },
      { key: 'RBC12', title: 'RBC, 28 Jun 2012: Uzbekistan suspends its CSTO membership', url: URL.RBC12 },
    ]);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('the last year shows the as-of date, not 31 December', () => {
    expect(yearJson(2026).date).toBe('2026-03-31');
  });

  it('the timeline: every period, with the as-of date in its description', () => {
    const json = timelineJson();
    expect(json.title).toBe('Is Russia trying to blur the line between the CIS and the CSTO?');
    expect(json.asOf).toBe('2026-03-31');
    expect(json.about).toContain('31 March 2026');
    expect(json.periods).toHaveLength(52);
    const georgia = json.periods.find(
      (period) => period.iso === 'GEO' && period.status === 'withdrawn' && period.bloc === 'cis',
    )!;
    // CIS row "Georgia | 2009-08-18 | withdrawn | K, CNTD".
    expect(georgia.sources).toEqual([
      { key: 'K', title: 'Kremlin, glossary: Commonwealth of Independent States', url: URL.K },
      {
        key: 'CNTD',
        title:
          'Decision of the CIS Council of Heads of State adopting the Charter, Minsk, 22 Jan 1993 (legal text with ratification notes)',
        url: URL.CNTD,
      },
    ]);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

// Issue 15: the JSON downloads carry the updates and the meetings, every attendance with its note.
describe('the meetings and the updates in the JSON downloads', () => {
  it('a year: its meeting, or the latest before it, and the updates and corrections', () => {
    // meetings.md row 6 (2018-11-21); updates.json: the wording of 2026-12-06, the audit of 2026-12-01.
    const json2018 = yearJson(2018);
    expect(json2018.meeting).toMatchObject({ number: 6, date: '2018-11-21', place: 'Moscow' });
    expect(json2018.meetingIsEarlier).toBe(false);
    expect(json2018.updates.map((update) => update.date)).toEqual(['2026-12-06', '2026-12-01']);
    // No meeting of 2026 in the data (as of 2026-03-31): the 13th (2025-11-05) stands in.
    const json2026 = yearJson(2026);
    expect(json2026.meeting).toMatchObject({ number: 13, date: '2025-11-05' });
    expect(json2026.meetingIsEarlier).toBe(true);
    // Before the first meeting (December 2013) there is none.
    expect(yearJson(2005).meeting).toBeNull();
  });

  it('the timeline: every meeting; Moldova and Turkmenistan of 2025 with the note that some sources only name them', () => {
    const json = timelineJson();
    expect(json.meetings.map((meeting) => meeting.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(json.updates).toHaveLength(2);
    const meeting2025 = json.meetings.find((meeting) => meeting.number === 13)!;
    for (const attendee of ['MDA', 'TKM']) {
      const record = meeting2025.attendees.find((entry) => entry.attendee === attendee)!;
      expect(record, attendee).toMatchObject({
        attendance: 'listed',
        othersSilent: true,
        who: 'representative (not named in our sources)',
      });
      expect(record.note, attendee).toMatch(/MIR25.*TASS25W.*IZ25/);
    }
    // meetings.md row 13: "CSTO ("the leadership of the CSTO", not named)".
    expect(meeting2025.attendees.find((entry) => entry.attendee === 'CSTO')).toMatchObject({
      othersSilent: false,
      attendanceText: 'Attended',
    });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('downloadFileName', () => {
  it.each<[DownloadKind, number | undefined, string]>([
    ['csv', 2018, 'cis-csto-2018.csv'],
    ['json', 1991, 'cis-csto-1991.json'],
    ['png', 2026, 'cis-csto-2026.png'],
    ['svg', 2009, 'cis-csto-2009.svg'],
    ['csv', undefined, 'cis-csto-timeline.csv'],
    ['json', undefined, 'cis-csto-timeline.json'],
  ])('%s, %s → %s', (kind, year, name) => {
    expect(downloadFileName(kind, year)).toBe(name);
  });
});

/** jsdom draws no text: a measure that gives each character half an em (bold, 0.6 em). */
const GLYPHS_OF_HALF_AN_EM: StandaloneSvgOptions['measure'] = (text, size, isBold) => text.length * size * (isBold ? 0.6 : 0.5);

describe('standaloneSvg', () => {
  const HOSTILE: StandaloneSvgOptions = {
    mapMarkup:
      '<defs><pattern id="csto-member" width="4" height="4" patternUnits="userSpaceOnUse"><path d="M0 0L4 4" stroke="#111"/></pattern></defs>' +
      '<path d="M10 10h50v50z" fill="#004488"/>',
    width: 600,
    height: 400,
    title: 'A <b>bold</b> & "quoted" title',
    subtitle: "Status on 31 December 2018 & O'Brien's <note>",
    legend: [
      { label: 'Member state', fill: '#004488' },
      { label: 'Member & "partial" <1>', fill: '#6699cc', pattern: 'csto-member' },
    ],
    sourceLine: 'Sources: K & WT <listed>',
    url: 'https://example.org/cis/?year=2018&compare=2017',
    measure: GLYPHS_OF_HALF_AN_EM,
  };

  const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');
  const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((text) => text.textContent);

  it('the parse check itself catches malformed markup', () => {
    expect(
      parse('<svg xmlns="http://www.w3.org/2000/svg"><text>a & b</text></svg>').getElementsByTagName('parsererror'),
    ).not.toHaveLength(0);
  });

  it('is well-formed SVG with every text escaped', () => {
    const svg = standaloneSvg(HOSTILE);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const doc = parse(svg);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.localName).toBe('svg');
    expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(doc.querySelector('svg > title')?.textContent).toBe(HOSTILE.title);
    expect(doc.querySelector('svg > desc')?.textContent).toBe(HOSTILE.subtitle);
    expect(texts(doc)).toEqual(
      expect.arrayContaining([
        HOSTILE.title,
        HOSTILE.subtitle,
        'Member state',
        'Member & "partial" <1>',
        HOSTILE.sourceLine,
        HOSTILE.url,
      ]),
    );
    expect(svg).toContain('A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; title');
    expect(svg).toContain('year=2018&amp;compare=2017');
  });

  it('places the map in its own coordinates and draws patterned swatches from its defs', () => {
    const doc = parse(standaloneSvg(HOSTILE));
    const map = doc.documentElement.querySelector(':scope > svg')!;
    expect([map.getAttribute('width'), map.getAttribute('height'), map.getAttribute('viewBox')]).toEqual([
      '600',
      '400',
      '0 0 600 400',
    ]);
    expect(map.querySelector('pattern#csto-member')).not.toBeNull();
    expect(doc.querySelector('rect[fill="url(#csto-member)"]')).not.toBeNull();
    expect(Number(doc.documentElement.getAttribute('height'))).toBeGreaterThan(400);
  });

  it('has no external references and names a system font stack', () => {
    const doc = parse(standaloneSvg(HOSTILE));
    for (const element of doc.querySelectorAll('*'))
      for (const attribute of element.attributes) {
        if (attribute.localName === 'href') expect(attribute.value.startsWith('#')).toBe(true);
        if (attribute.value.includes('url(')) expect(attribute.value).toMatch(/^url\(#[^)]+\)$/);
      }
    expect(doc.documentElement.getAttribute('font-family')).toMatch(/system-ui.*sans-serif$/);
  });

  it('wraps long text in a narrow image instead of running past its edge', () => {
    const narrow = standaloneSvg({
      ...HOSTILE,
      width: 240,
      height: 160,
      url: 'https://example.org/a-very-long-address/with/many/parts?year=2018&compare=2017',
    });
    const doc = parse(narrow);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const lines = [...doc.querySelectorAll('text')].map((text) => ({
      text: text.textContent!,
      size: Number(text.getAttribute('font-size')),
      isBold: text.getAttribute('font-weight') === '700',
      x: Number(text.getAttribute('x')),
    }));
    expect(lines.length).toBeGreaterThan(6);
    // Each line, as the measure gives it, ends inside the image's 16 px margin.
    for (const line of lines)
      expect(line.x + GLYPHS_OF_HALF_AN_EM(line.text, line.size, line.isBold)).toBeLessThanOrEqual(240 - 16);
  });

  it('wraps by the widths measured, not by counting characters', () => {
    // Wide letters take a line each where narrow ones share one.
    const wide: StandaloneSvgOptions['measure'] = (text, size) =>
      [...text].reduce((sum, c) => sum + (c === 'Ш' ? 1 : 0.3) * size, 0);
    const lineCount = (url: string) =>
      parse(standaloneSvg({ ...HOSTILE, width: 240, legend: [], url, measure: wide })).querySelectorAll('text').length;
    expect(lineCount('Ш'.repeat(40))).toBeGreaterThan(lineCount('i'.repeat(40)) + 1);
  });
});

describe('escapeXml', () => {
  it.each([
    ['<&>"\'', '&lt;&amp;&gt;&quot;&apos;'],
    ['plain', 'plain'],
    ['&amp;', '&amp;amp;'],
  ])('%j → %j', (text, escaped) => {
    expect(escapeXml(text)).toBe(escaped);
  });
});

describe('mapImageCaption', () => {
  // Counted by hand in membership.md at each year's date, per entry of the map's key:
  // groups [both, CIS only, Treaty only, neither], partial ties [CIS, security bloc].
  it.each<[number, string, string, string, number[], number[]]>([
    // 31 December 1991: CIS members BLR, KAZ, RUS and participants TKM, UKR; signatories ARM,
    // AZE, KGZ, MDA, TJK, UZB and EST, GEO, LVA, LTU in neither. No Treaty yet (signed 1992-05-15).
    [1991, '1991', '31 December 1991', 'Collective Security Treaty', [0, 5, 0, 10], [8, 0]],
    // 31 December 1995: Treaty and CIS: ARM, AZE, BLR, GEO, KAZ, KGZ, RUS, TJK, UZB; CIS only
    // MDA and the participants TKM, UKR; EST, LVA, LTU in neither.
    [1995, '1995', '31 December 1995', 'Collective Security Treaty', [9, 3, 0, 3], [2, 0]],
    // 31 December 2018: CSTO and CIS: ARM, BLR, KAZ, KGZ, RUS, TJK; CIS only AZE, MDA, TKM
    // (associate), UZB (CSTO suspended); GEO withdrawn, UKR ended, EST, LVA, LTU in neither.
    [2018, '2018', '31 December 2018', 'CSTO', [6, 4, 0, 5], [1, 1]],
    // 31 March 2026 (as of): MDA withdrawing and ARM frozen join the partial ties. The title
    // names the as-of date, not the year, whose end the data has not reached.
    [2026, '31 March 2026', '31 March 2026', 'CSTO', [6, 4, 0, 5], [2, 2]],
  ])('%i: title, date and key counts', (year, titleDate, date, blocName, groupCounts, partialCounts) => {
    const caption = mapImageCaption(year, '#e9e9e6');
    expect(caption.title).toBe(`Is Russia trying to blur the line between the CIS and the CSTO? — ${titleDate}`);
    expect(caption.subtitle).toBe(`The 15 former Soviet republics on ${date}`);
    expect(caption.sourceLine).toMatch(/^Sources: /);
    // The words of the map's key: the diagram's region names, then the partial ties.
    expect(caption.legend.map((item) => item.label)).toEqual([
      `In the CIS and the ${blocName} (${groupCounts[0]})`,
      `In the CIS, not the ${blocName} (${groupCounts[1]})`,
      `In the ${blocName}, not yet the CIS (${groupCounts[2]})`,
      `In neither (${groupCounts[3]})`,
      `CIS: signatory, participant, associate or leaving (dots) (${partialCounts[0]})`,
      `${blocName}: membership frozen or suspended (stripes) (${partialCounts[1]})`,
      'Other countries',
    ]);
  });

  it('draws the swatches as the map does: Tol’s colours, patterns over the light blue, the given grey', () => {
    expect(mapImageCaption(2018, '#e9e9e6').legend.map(({ fill, pattern }) => [fill, pattern])).toEqual([
      ['#004488', undefined],
      ['#6699cc', undefined],
      ['#bb5566', undefined],
      ['#ddaa33', undefined],
      ['#6699cc', 'partial-cis'],
      ['#6699cc', 'partial-csto'],
      ['#e9e9e6', undefined],
    ]);
  });

  it.each([1990, 2027])('refuses the year %i, outside the data', (year) => {
    expect(() => mapImageCaption(year, '#e9e9e6')).toThrow(RangeError);
  });
});
