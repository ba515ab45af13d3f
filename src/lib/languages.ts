/**
 * The languages the graphic is built in: each has its own page (English at the root, the others
 * in a folder named by their code), its own catalogue, and its texts in the data files.
 */

/** Each language's name in that language, for the link to its page. */
export const LANGUAGES = {
  en: { endonym: 'English', folder: '' },
  ru: { endonym: 'Русский', folder: 'ru/' },
} as const;

export type Language = keyof typeof LANGUAGES;

/** The language of the root page, and of `hreflang="x-default"`. */
export const DEFAULT_LANGUAGE: Language = 'en';

export const LANGUAGE_CODES = Object.keys(LANGUAGES) as Language[];

/** The language a Vite mode builds: "ru" and "offline-ru" build Russian, any other mode the default. */
export function languageOfMode(mode: string): Language {
  return LANGUAGE_CODES.find((code) => mode === code || mode.endsWith(`-${code}`)) ?? DEFAULT_LANGUAGE;
}

/** The relative address of one language's page from another's: "./ru/" from the root, "../" back. */
export function languageHref(from: Language, to: Language): string {
  if (from === to) return './';
  const up = LANGUAGES[from].folder === '' ? './' : '../';
  return `${up}${LANGUAGES[to].folder}`;
}

/** The suffix a data field's translation carries: `noteRu` beside `note`. */
const translationSuffix = (code: Language) => code[0].toUpperCase() + code.slice(1);

const TRANSLATED_FIELD = new RegExp(
  `^(.+)(${LANGUAGE_CODES.filter((code) => code !== DEFAULT_LANGUAGE)
    .map(translationSuffix)
    .join('|')})$`,
);

/**
 * The data's texts in one language: a field takes its translation (`note` takes `noteRu` on the
 * Russian page) and every translation is dropped, so that a page ships its own language only.
 */
export function dataInLanguage(value: unknown, language: Language): unknown {
  if (Array.isArray(value)) return value.map((item) => dataInLanguage(item, language));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const wanted = language === DEFAULT_LANGUAGE ? null : translationSuffix(language);
  const projected: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(record)) {
    const translation = TRANSLATED_FIELD.exec(key);
    if (translation) {
      if (translation[2] === wanted) projected[translation[1]] = dataInLanguage(field, language);
    } else if (!(wanted && `${key}${wanted}` in record)) {
      projected[key] = dataInLanguage(field, language);
    }
  }
  return projected;
}
