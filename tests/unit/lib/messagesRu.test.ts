// The Russian catalogue's grammar, against forms written out here from ../shared/facts/ru.md.
import { describe, expect, it } from 'vitest';
import type { ChangePhrase } from '../../../src/lib/messages.ts';
import { catalogue as ru, plural, REPUBLIC_FORMS } from '../../../src/lib/messages/ru.ts';
import type { RepublicIso } from '../../../src/lib/vocabulary.ts';

const STATE = { one: 'государство', few: 'государства', many: 'государств' };

describe('plural forms', () => {
  it.each([
    [1, 'государство'],
    [2, 'государства'],
    [5, 'государств'],
    [11, 'государств'],
    [21, 'государство'],
    [22, 'государства'],
  ])('%i takes «%s»', (count, form) => {
    expect(plural(count, STATE)).toBe(form);
    expect(ru.euler.setCount(count)).toBe(`${count} ${form}`);
  });
});

describe('every state in every case the sentences use', () => {
  // Names as ru.md's table A3 recommends (Беларусь, Кыргызстан, Молдова, Туркменистан, «в Украине»).
  const FORMS: [RepublicIso, string, string, string, 'f' | 'm'][] = [
    // iso, nominative (subjects), genitive («выход Грузии»), prepositional («в Украине»), gender
    ['ARM', 'Армения', 'Армении', 'Армении', 'f'],
    ['AZE', 'Азербайджан', 'Азербайджана', 'Азербайджане', 'm'],
    ['BLR', 'Беларусь', 'Беларуси', 'Беларуси', 'f'],
    ['EST', 'Эстония', 'Эстонии', 'Эстонии', 'f'],
    ['GEO', 'Грузия', 'Грузии', 'Грузии', 'f'],
    ['KAZ', 'Казахстан', 'Казахстана', 'Казахстане', 'm'],
    ['KGZ', 'Кыргызстан', 'Кыргызстана', 'Кыргызстане', 'm'],
    ['LVA', 'Латвия', 'Латвии', 'Латвии', 'f'],
    ['LTU', 'Литва', 'Литвы', 'Литве', 'f'],
    ['MDA', 'Молдова', 'Молдовы', 'Молдове', 'f'],
    ['RUS', 'Россия', 'России', 'России', 'f'],
    ['TJK', 'Таджикистан', 'Таджикистана', 'Таджикистане', 'm'],
    ['TKM', 'Туркменистан', 'Туркменистана', 'Туркменистане', 'm'],
    ['UKR', 'Украина', 'Украины', 'Украине', 'f'],
    ['UZB', 'Узбекистан', 'Узбекистана', 'Узбекистане', 'm'],
  ];
  it('covers all 15 states', () => {
    expect(FORMS.map(([iso]) => iso).sort()).toEqual(Object.keys(REPUBLIC_FORMS).sort());
  });
  it.each(FORMS)('%s: %s, %s, в %s (%s)', (iso, nom, gen, prep, gender) => {
    expect(REPUBLIC_FORMS[iso]).toEqual({ nom, gen, prep, gender });
    expect(ru.republicNames[iso]).toBe(nom);
  });

  it('uses the genitive where the sentence needs it', () => {
    const phrase: ChangePhrase = {
      republics: [{ iso: 'GEO', date: null }],
      date: '2009-08-18',
      blocName: 'ОДКБ',
      isReturn: false,
    };
    expect(ru.whatChanged.cis.withdrawn(phrase)).toBe('Выход Грузии из СНГ вступил в силу 18 августа.');
  });
});

describe('past-tense verbs agree with who changed', () => {
  const phrase = (isos: RepublicIso[]): ChangePhrase => ({
    republics: isos.map((iso) => ({ iso, date: null })),
    date: '1999-04-02',
    blocName: 'ОДКБ',
    isReturn: false,
  });
  it.each<[string, RepublicIso[], string]>([
    ['feminine', ['ARM'], 'Армения вышла из ОДКБ 2 апреля.'],
    ['masculine', ['UZB'], 'Узбекистан вышел из ОДКБ 2 апреля.'],
    ['plural', ['AZE', 'GEO', 'UZB'], 'Азербайджан, Грузия и Узбекистан вышли из ОДКБ 2 апреля.'],
  ])('%s subject', (_gender, isos, sentence) => {
    expect(ru.whatChanged.csto.withdrawn(phrase(isos))).toBe(sentence);
  });
  it.each<[string, RepublicIso[], string]>([
    ['feminine', ['ARM'], 'Армения заморозила участие в ОДКБ 2 апреля.'],
    ['masculine', ['UZB'], 'Узбекистан заморозил участие в ОДКБ 2 апреля.'],
    ['plural', ['ARM', 'UZB'], 'Армения и Узбекистан заморозили участие в ОДКБ 2 апреля.'],
  ])('%s subject of «заморозить»', (_gender, isos, sentence) => {
    expect(ru.whatChanged.csto.frozen(phrase(isos))).toBe(sentence);
  });
  it('keeps «приостановила членство» apart from «заморозила участие»', () => {
    expect(ru.whatChanged.csto.suspended({ ...phrase(['UZB']), date: '2012-12-19' })).toBe(
      'Узбекистан приостановил членство в ОДКБ 19 декабря.',
    );
  });
});

describe('dates and years', () => {
  it('closes the source line with the date’s own «г.», not a second full stop', () => {
    expect(ru.sourceLine.dated(ru.asOf('2026-03-31', '2026-12-01'))).toBe(
      'Данные по состоянию на март 2026\u00a0г. · обновлено 1 декабря 2026\u00a0г.',
    );
  });
  it('writes a full date with «г.»', () => {
    expect(ru.formatDate('2018-12-31')).toBe('31 декабря 2018\u00a0г.');
    expect(ru.formatPartialDate('2018-12-31')).toBe('31 декабря 2018\u00a0г.');
    expect(ru.formatDayMonth('2018-12-31')).toBe('31 декабря');
  });
  it('puts a month in the prepositional after «в»', () => {
    expect(ru.meetings.noMeetingBefore(2012, '2013-12')).toBe(
      'В 2012 году встречи не было: первая встреча серии прошла в декабре 2013 года.',
    );
  });
  it.each([
    [
      'valueText',
      ru.year.valueText({ year: 2018, date: '2018-12-31', isAsOf: false }, 10, 6, 'ОДКБ'),
      '2018: в СНГ — 10, в ОДКБ — 6',
    ],
    ['overviewLabel', ru.map.overviewLabel(2018), 'Карта 15 бывших советских республик, 2018 г.'],
    ['atYearDate', ru.atYearDate({ year: 2018, date: '2018-12-31', isAsOf: false }), 'На конец 2018 года'],
  ])('%s prints «2018», never «2 018»', (_name, text, expected) => {
    expect(text).toBe(expected);
    expect(text).not.toMatch(/2\s018/);
  });
  it('sorts by the Russian names', () => {
    const sorted = (['UKR', 'UZB', 'AZE', 'ARM', 'EST', 'KGZ', 'KAZ'] as RepublicIso[]).sort(ru.compareNames);
    expect(sorted.map((iso) => ru.republicNames[iso])).toEqual([
      'Азербайджан',
      'Армения',
      'Казахстан',
      'Кыргызстан',
      'Узбекистан',
      'Украина',
      'Эстония',
    ]);
  });
});

describe('no English left', () => {
  // What may stay in Latin letters: codes, file formats, keys, software and the story's site,
  // and the address parameters and their values, which the reader types as they are.
  const ALLOWED =
    /\b(ISO|ARM|PNG|SVG|CSV|JSON|JavaScript|Ctrl|Mac|iframe|pym\.js|Datawrapper|commonspace\.eu|Page Up|Page Down|Home|End|Escape|Esc|F|C|embed|part|theme|mode|attendance|on|light|dark|present)\b/g;
  /** Every string of the catalogue. */
  function strings(value: unknown): string[] {
    if (typeof value === 'string') return [value];
    if (Array.isArray(value)) return value.flatMap(strings);
    if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
    return [];
  }
  const latinIn = (texts: readonly string[]) =>
    texts.map((text) => text.replace(ALLOWED, '')).filter((text) => /[A-Za-z]/.test(text));
  const phrase: ChangePhrase = { republics: [{ iso: 'ARM', date: null }], date: '1999-04-02', blocName: 'ОДКБ', isReturn: false };
  const yearDate = { year: 2026, date: '2026-03-31', isAsOf: true } as const;

  it('has no Latin letters in any fixed text', () => {
    const { language, locale, ...texts } = ru;
    expect([language, locale]).toEqual(['ru', 'ru-RU']);
    expect(latinIn(strings(texts))).toEqual([]);
  });
  it('has none in what the simple functions say', () => {
    const said = [
      ru.asOf('2026-03-31', '2026-12-01'),
      ru.printYear(yearDate),
      ru.map.detailLabel(2018),
      ru.year.valueText(yearDate, 10, 6, 'ОДКБ'),
      ru.table.caption('31 декабря 2018 г.'),
      ru.meetings.title(6, '21 ноября 2018 г.'),
      ru.meetings.counts(9, 1, 2, 3),
      ru.meetings.compare.heading(2018, 2017),
      ru.meetings.compare.noDifference(2018, 2017),
      ru.meetings.compare.sameMeeting(6, 2018),
      ru.meetings.strip.summary([2018, 2020], [2017]),
      ru.embed.frameTitle('meetings', 1991, 2026),
      ru.embed.frameTitle(null, 1991, 2026),
      ru.embed.previewHeading(375),
      ru.details.inForce(yearDate),
      ru.euler.summary(yearDate, { both: 6, 'cis-only': 3, 'csto-only': 0, neither: 6 }, 'ОДКБ'),
      ru.whatChanged.notesFolded(3),
      ru.whatChanged.renamed('7 октября 2002 г.'),
      ru.summary('31 декабря 2018 г.', 10, 6, 4, 'ОДКБ', 1),
      ru.steps.counter(2, 9),
      ru.notices.unknownParameters(['x'], 1).replace('«x»', ''),
      ...Object.values(ru.whatChanged.cis).map((sentence) => sentence(phrase)),
      ...Object.values(ru.whatChanged.csto).map((sentence) => sentence(phrase)),
      ...ru.steps.ukraine.text({ date: '19 мая 2018 г.', yearDate, neither: ['EST', 'LVA', 'LTU', 'GEO', 'UKR'] }),
    ];
    expect(latinIn(said)).toEqual([]);
  });
});
