// The page in the tests' pseudo-language (tests/pseudo/pseudo.ts): every word accented and 40 %
// longer. A text without accents came from somewhere other than the catalogue or the data's
// translated texts; a longer word that overflows or collides was laid out by guess.
import { describe, expect, inject, it } from 'vitest';
import { PSEUDO_LETTERS, pseudoText } from '../pseudo/pseudo.ts';
import { collisionsIn, inEveryYear, overflowingChips, visibleText } from './measure.ts';
import { useBrowser } from './page.ts';

const { open } = useBrowser(inject('pseudoUrl'));

/**
 * What is rightly not in the pseudo-language: the names of software, formats and keys, the source
 * keys that link notes to their sources, the other language's name for its link, what a wrong
 * address said (quoted back), and the people's names the data keeps in Latin letters only.
 */
const NOT_TRANSLATED =
  /\b(?:JavaScript|PNG|SVG|CSV|JSON|ISO|pym\.js|iframe|Datawrapper|Ctrl|Mac|Page Up|Page Down|Home|End|Escape|Esc|commonspace\.eu|[A-Z][A-Z0-9-]*\d*|foo|XX|Artur Gumenyuk|Charymurad Amanov|Aleksandr Volfovich|Nikol Pashinyan|Ani Badalyan|France 24)\b/g;

/** The texts on the page with words in them that did not come through the catalogue or the data's translations. */
async function untranslated(page: Parameters<typeof visibleText>[0]): Promise<string[]> {
  const texts = await visibleText(page);
  return [
    ...new Set(texts.filter((text) => !PSEUDO_LETTERS.test(text) && /[A-Za-z]{2,}/.test(text.replace(NOT_TRANSLATED, '')))),
  ];
}

/** Whether the page scrolls sideways: a line that does not wrap, a box that does not grow. */
const scrollsSideways = () => document.documentElement.scrollWidth > document.documentElement.clientWidth;

describe('the page in a pseudo-language 40 % longer', () => {
  it.each([
    ['the default view', '', 1280],
    ['the default view on a phone', '', 320],
    [
      'a selected republic and a comparison, with the table, downloads and the embed kit open',
      '?year=2018&compare=2017&country=ARM&attendance=on',
      1280,
    ],
    ['the same on a phone', '?year=2018&compare=2017&country=ARM&attendance=on', 360],
    ['a story step', '?step=7', 360],
    ['the presentation, with its key help', '?mode=present&step=3', 1280],
    ['an embed', '?embed=1', 360],
    ['an embedded part', '?embed=1&part=meetings', 360],
    ['a wrong address', '?year=1700&country=XX&foo=1', 360],
  ])('has every word translated, and nothing that scrolls sideways, in %s', async (_name, query, width) => {
    const { page, errors } = await open(query, width);
    if (query.includes('country')) {
      await page.locator('details.status-table summary').click();
      await page.getByRole('button', { name: pseudoText('Download'), exact: true }).click();
      if (width > 360) await page.getByRole('button', { name: pseudoText('Embed this graphic') }).click();
      if (width > 360) await page.locator('#embed-part').waitFor();
    }
    if (query.includes('present')) {
      await page.keyboard.press('?');
      await page.locator('dialog[open]').waitFor();
    }
    expect(await untranslated(page)).toEqual([]);
    expect(await page.evaluate(scrollsSideways)).toBe(false);
    expect(errors).toEqual([]);
  });

  it.each([320, 1280])('fits every chip its words and keeps the names apart at %i px, in every year', async (width) => {
    const { page } = await open('?attendance=on', width);
    const chips = Object.entries(await inEveryYear(page, overflowingChips)).flatMap(([year, names]) =>
      names.map((name) => `${year}: ${name}`),
    );
    expect(chips).toEqual([]);
    const collisions: string[] = [];
    for (let year = 1991; year <= 2026; year++) collisions.push(...(await collisionsIn(page, year)));
    expect(collisions).toEqual([]);
  });

  it('finds what it is for: a word written into the page outside the catalogue', async () => {
    const { page } = await open('', 1280);
    expect(await untranslated(page)).toEqual([]);
    await page.evaluate(() => document.querySelector('.as-of')!.append(document.createElement('span'), 'Updated'));
    expect(await untranslated(page)).toEqual(['Updated']);
  });
});
