import { describe, expect, it } from 'vitest';
import { dataInLanguage, languageHref, languageOfMode, type Language } from '../../../src/lib/languages.ts';

describe('dataInLanguage', () => {
  const record = {
    series: 'Meetings',
    seriesRu: 'Заседания',
    meetings: [{ number: 1, place: 'Moscow', placeRu: 'Москва', note: '', noteRu: '', host: null, sources: ['T'] }],
  };

  it.each<[Language, unknown]>([
    ['en', { series: 'Meetings', meetings: [{ number: 1, place: 'Moscow', note: '', host: null, sources: ['T'] }] }],
    ['ru', { series: 'Заседания', meetings: [{ number: 1, place: 'Москва', note: '', host: null, sources: ['T'] }] }],
  ])('keeps the texts in %s only, at any depth', (language, expected) => {
    expect(dataInLanguage(record, language)).toEqual(expected);
  });

  it('keeps null translations null, and fields without one as they are', () => {
    expect(dataInLanguage({ person: null, personRu: null, date: '2018' }, 'ru')).toEqual({ person: null, date: '2018' });
  });

  it('leaves a field whose name merely ends in "ru" alone when it has no English sibling', () => {
    expect(dataInLanguage({ guru: 'x' }, 'ru')).toEqual({ guru: 'x' });
  });
});

describe('languageOfMode', () => {
  it.each([
    ['production', 'en'],
    ['development', 'en'],
    ['offline', 'en'],
    ['ru', 'ru'],
    ['offline-ru', 'ru'],
  ])('builds mode %s in %s', (mode, language) => {
    expect(languageOfMode(mode)).toBe(language);
  });
});

describe('languageHref', () => {
  it.each<[Language, Language, string]>([
    ['en', 'ru', './ru/'],
    ['ru', 'en', '../'],
    ['en', 'en', './'],
    ['ru', 'ru', './'],
  ])('links from the %s page to the %s page as %s', (from, to, href) => {
    expect(languageHref(from, to)).toBe(href);
  });
});
