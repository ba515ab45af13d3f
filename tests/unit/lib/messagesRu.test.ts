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
  // Nominative, genitive and prepositional as ru.md's table A3 gives them («в Украине»).
  const FORMS: [RepublicIso, string, string, string, 'f' | 'm'][] = [
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
    blocName: 'ДКБ',
    isReturn: false,
  });
  it.each<[RepublicIso[], string]>([
    [['GEO'], 'Грузия вышла из ДКБ 2 апреля.'],
    [['AZE'], 'Азербайджан вышел из ДКБ 2 апреля.'],
    [['AZE', 'GEO', 'UZB'], 'Азербайджан, Грузия и Узбекистан вышли из ДКБ 2 апреля.'],
  ])('%j', (isos, sentence) => {
    expect(ru.whatChanged.csto.withdrawn(phrase(isos))).toBe(sentence);
  });
  it('freezes and suspends apart, as ru.md keeps them', () => {
    expect(ru.whatChanged.csto.frozen({ ...phrase(['ARM']), blocName: 'ОДКБ', date: '2024-02-22' })).toBe(
      'Армения заморозила участие в ОДКБ 22 февраля.',
    );
    expect(ru.whatChanged.csto.suspended({ ...phrase(['UZB']), blocName: 'ОДКБ', date: '2012-12-19' })).toBe(
      'Узбекистан приостановил членство в ОДКБ 19 декабря.',
    );
  });
});

describe('dates and years', () => {
  it.each([
    ['2018-12-31', '31 декабря 2018\u00a0г.'],
    ['2013-12', 'декабрь 2013\u00a0г.'],
    ['2016', '2016\u00a0г.'],
  ])('%s on its own is «%s»', (date, text) => {
    expect(ru.formatPartialDate(date)).toBe(text);
  });
  it('puts a month in the prepositional inside a sentence', () => {
    expect(ru.meetings.noMeetingBefore(2012, '2013-12')).toBe(
      'В 2012 году встречи не было: первая встреча серии прошла в декабре 2013 года.',
    );
  });
  it('prints years as figures, never grouped («2 018»)', () => {
    const text = ru.year.valueText({ year: 2018, date: '2018-12-31', isAsOf: false }, 10, 6, 'ОДКБ');
    expect(text).toBe('2018: в СНГ — 10, в ОДКБ — 6');
  });
  it('sorts by the Russian names', () => {
    const sorted = (['UKR', 'UZB', 'AZE', 'ARM', 'EST'] as RepublicIso[]).sort(ru.compareNames);
    expect(sorted.map((iso) => ru.republicNames[iso])).toEqual(['Азербайджан', 'Армения', 'Узбекистан', 'Украина', 'Эстония']);
  });
});

describe('no English left', () => {
  // What may stay in Latin letters: codes, formats, keys, names of software and of the story's site.
  const ALLOWED =
    /\b(ISO|ARM|PNG|SVG|CSV|JSON|JavaScript|Ctrl|Mac|iframe|pym\.js|Datawrapper|commonspace\.eu|Page Up|Page Down|Home|End|Escape|Esc|F|C|px|embed|part|theme|mode|attendance|on|light|dark|present|map|diagram|meetings|table)\b/g;
  /** Every string of the catalogue, and what its functions say for a sample of data. */
  function strings(value: unknown): string[] {
    if (typeof value === 'string') return [value];
    if (Array.isArray(value)) return value.flatMap(strings);
    if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
    return [];
  }
  it('has no Latin letters in any fixed text, apart from codes and names of software', () => {
    const { language, locale, ...texts } = ru;
    expect([language, locale]).toEqual(['ru', 'ru-RU']);
    const latin = strings(texts)
      .map((text) => text.replace(ALLOWED, ''))
      .filter((text) => /[A-Za-z]/.test(text));
    expect(latin).toEqual([]);
  });
});
