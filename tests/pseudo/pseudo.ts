/**
 * A pseudo-language for tests only: every word of the English catalogue and of the data's texts
 * with its vowels accented and 40 % longer, each ending in "ẍ" so that a word that did not come
 * through the catalogue is found on the page (tests/browser/pseudo.test.ts). `npm test` builds it
 * into tests/output/pseudo/ with the mode below; it is never shipped.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { dataInLanguage } from '../../src/lib/languages.ts';
import { DATA_FILES } from '../../src/lib/validate.ts';

export const PSEUDO_MODE = 'pseudo';
export const PSEUDO_OUT_DIR = 'tests/output/pseudo';
/** The letter every pseudo text ends with. */
const PSEUDO_MARK = 'ẍ';
/** What every part of a pseudo text carries, also a part a link splits off: an accented vowel or the mark. */
export const PSEUDO_LETTERS = /[áéíöüýÁÉÍÖÜẍ]/;

const ACCENTED: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ö',
  u: 'ü',
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ö',
  U: 'Ü',
  y: 'ý',
};

/**
 * "Map" → "Máp ẍ": accented, and 40 % longer in words of up to five letters, as long translations
 * wrap. A sentence made of other pseudo texts is accented and lengthened once more as a whole.
 */
export function pseudoText(text: string): string {
  if (text.trim() === '') return text;
  const extra = Math.max(1, Math.ceil(text.length * 0.4));
  const tail = (PSEUDO_MARK.repeat(4) + ' ')
    .repeat(Math.ceil(extra / 5))
    .slice(0, extra)
    .trimEnd();
  return `${text.replace(/[aeiouyAEIOU]/g, (vowel) => ACCENTED[vowel])} ${tail || PSEUDO_MARK}`;
}

/** Keys of the catalogue that are settings, not words. */
const NOT_WORDS = new Set(['language', 'locale', 'punctuation', 'compareNames']);

/** The catalogue with every string, and every string a function returns, in the pseudo-language. */
export function pseudoCatalogue<T>(value: T, key = ''): T {
  if (NOT_WORDS.has(key)) return value;
  if (typeof value === 'string') return pseudoText(value) as T;
  if (typeof value === 'function') return ((...args: unknown[]) => pseudoCatalogue(value(...args) as unknown)) as T;
  if (Array.isArray(value)) return value.map((item) => pseudoCatalogue(item)) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([name, field]) => [name, pseudoCatalogue(field, name)])) as T;
  return value;
}

/** A data file with each translated text (a field with a `…Ru` sibling) in the pseudo-language. */
function pseudoData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pseudoData);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(record).map(([key, field]) => [
      key,
      typeof field === 'string' && `${key}Ru` in record ? pseudoText(field) : pseudoData(field),
    ]),
  );
}

/** The catalogue and data texts of the pseudo-language, for vite.config.ts. */
export function pseudoTexts(root: string) {
  const dataPaths = new Set(Object.values(DATA_FILES).map((file) => resolve(root, file)));
  return {
    alias: { '#catalogue': resolve(root, 'tests/pseudo/catalogue.ts') },
    plugins: (): Plugin[] => [
      {
        name: 'pseudo-data',
        enforce: 'pre',
        transform(code, id) {
          if (!dataPaths.has(id.split('?')[0])) return undefined;
          return { code: JSON.stringify(dataInLanguage(pseudoData(JSON.parse(code)), 'en')), map: null };
        },
      },
    ],
  };
}
