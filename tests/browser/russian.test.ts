// The page in Russian, /ru/: its language, its links to English, no English words a reader
// meets, the same statuses as the English map in every year, and axe's checks in its views.
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { inEveryYear, overflowingChips, visibleText } from './measure.ts';
import { useBrowser } from './page.ts';

const { open, baseUrl } = useBrowser();

const mapStatuses = () =>
  [...document.querySelectorAll('svg [data-iso]')].map(
    (shape) => `${shape.getAttribute('data-iso')} ${shape.getAttribute('data-cis')} ${shape.getAttribute('data-csto')}`,
  );

/**
 * What may stay in Latin letters on the Russian page: the names of software, formats and keys,
 * the story's site, the source keys that link notes to their sources, what a wrong address said
 * (quoted back), and names of people and media that ru.md does not spell in Cyrillic yet (A4:
 * Gumenyuk and Amanov are unverified; Pashinyan, Badalyan, Volfovich and France 24 are not in it).
 */
const LATIN_ALLOWED =
  /\b(?:English|JavaScript|PNG|SVG|CSV|JSON|ISO|pym\.js|iframe|Datawrapper|Ctrl|Mac|Page Up|Page Down|Home|End|Escape|Esc|F|commonspace\.eu|[A-Z][A-Z0-9-]*\d*|foo|Artur Gumenyuk|Charymurad Amanov|Aleksandr Volfovich|Volfovich|Nikol Pashinyan|Pashinyan|Ani Badalyan|France 24)\b/g;

describe('the page in Russian', () => {
  it('says it is Russian, names itself in Russian and links to English in the same view', async () => {
    const { page, errors } = await open('ru/?year=2018');
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    expect(await page.title()).toBe('Пытается ли Россия стереть границу между СНГ и ОДКБ? — интерактивная карта');
    const alternates = await page
      .locator('link[rel="alternate"]')
      .evaluateAll((links) => links.map((link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`));
    expect(alternates).toEqual([`en ${baseUrl}`, `ru ${baseUrl}ru/`, `x-default ${baseUrl}`]);
    const english = page.getByRole('link', { name: 'English' });
    expect(await english.getAttribute('hreflang')).toBe('en');
    await english.click();
    await page.waitForURL(`${baseUrl}?year=2018`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('link', { name: 'Русский' }).click();
    await page.waitForURL(`${baseUrl}ru/?year=2018`);
    expect(errors).toEqual([]);
  });

  it.each([
    ['the default view', ''],
    [
      'a selected republic and a comparison, with the table and the embed kit open',
      '?year=2018&compare=2017&country=ARM&attendance=on',
    ],
    ['a story step', '?step=7'],
    ['the presentation', '?mode=present&step=3'],
    ['an embed', '?embed=1'],
    ['a wrong address', '?year=1700&country=XX&foo=1'],
  ])('meets a reader with no English in %s', async (_name, query) => {
    const { page } = await open(`ru/${query}`, 1280);
    if (query.includes('country')) {
      await page.locator('details.status-table summary').click();
      await page.getByRole('button', { name: 'Встроить эту графику' }).click();
      await page.locator('#embed-part').waitFor();
    }
    const latin =
      (await visibleText(page))
        .join(' ')
        .replace(LATIN_ALLOWED, '')
        .match(/[A-Za-z][A-Za-z ]*/g) ?? [];
    expect([...new Set(latin)]).toEqual([]);
  });

  it('shows the same statuses as the English map in every year', async () => {
    const english = await open('');
    const russian = await open('ru/');
    const [inEnglish, inRussian] = await Promise.all([
      inEveryYear(english.page, mapStatuses),
      inEveryYear(russian.page, mapStatuses),
    ]);
    expect(Object.keys(inRussian)).toHaveLength(2026 - 1991 + 1);
    expect(inRussian).toEqual(inEnglish);
  });

  it.each([
    ['the default view, with the table and the embed kit open', '', 1280],
    ['a phone, 360 px', '?year=2018&compare=2017&country=ARM', 360],
    ['attendance on the map', '?year=2018&attendance=on', 1280],
    ['a story step', '?step=7', 1280],
    ['an embed', '?embed=1', 360],
  ])('finds no axe violation in %s', async (_name, query, width) => {
    const { page } = await open(`ru/${query}`, width);
    if (!query.includes('embed')) {
      await page.locator('details.status-table summary').click();
      await page.getByRole('button', { name: 'Встроить эту графику' }).click();
    }
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes[0].target.join(' ')}`)).toEqual([]);
  });

  it.each([
    ['on screen', 1280, 'screen'],
    ['on a phone', 360, 'screen'],
    ['on paper', 1280, 'print'],
  ] as const)('fits every chip its Russian name and tag %s, in every year', async (_name, width, media) => {
    const { page } = await open('ru/', width);
    await page.emulateMedia({ media });
    const overflowing = Object.entries(await inEveryYear(page, overflowingChips)).flatMap(([year, chips]) =>
      chips.map((chip) => `${year}: ${chip}`),
    );
    expect(overflowing).toEqual([]);
  });
});
