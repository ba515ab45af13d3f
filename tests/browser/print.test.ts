// On paper: one A4 or Letter page, with the year in the title, the table shown, the controls
// gone, the colours kept and the address of the exact view.
import { describe, expect, it } from 'vitest';
import { inEveryYear } from './measure.ts';
import { useBrowser } from './page.ts';

const { open } = useBrowser();

describe('print in Chromium', () => {
  it('shows the year in the title and the table, and hides what only works on screen', async () => {
    const { page, errors } = await open('?year=2009');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Is Russia trying to blur the line between the CIS and the CSTO? — 2009',
    );
    await expect.poll(() => page.locator('[data-row-iso]').count()).toBe(15);
    expect(await page.locator('details.status-table').getAttribute('open')).not.toBeNull();
    for (const hidden of ['[data-action="play"]', '#year-slider', '.embed-kit', '.meetings select', '.downloads', '.classroom'])
      expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
    expect(await page.getByText('This view, with every note and source:').textContent()).toMatch(/\?year=2009$/);
    // The corrections by their dates, each of data/updates.json's, and in full at that address only.
    const dates = await page.locator('.updates time').evaluateAll((times) => times.map((time) => time.textContent!));
    expect(dates.length).toBeGreaterThan(0);
    expect(await page.locator('.updates [data-update]').first().isVisible()).toBe(false);
    const onPaper = await page.locator('.updates').innerText();
    for (const date of dates) expect(onPaper).toContain(date);
    expect(onPaper).toMatch(/each in full at the address above\.$/);
    // Still there: the maps in colour, the what-changed text.
    expect(await page.locator('svg [data-iso="GEO"]').getAttribute('fill')).toBe('#ddaa33');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).printColorAdjust)).toBe('exact');
    expect(await page.locator('[data-what-changed]').textContent()).toContain("Georgia's withdrawal");
    expect(errors).toEqual([]);
  });

  // Issue 19: the rules for paper are a file of their own, so that the Russian page fits TCP's first window.
  it('fetches the rules for paper once the page has painted, and without JavaScript not at all', async () => {
    const { page, requests } = await open('', 730, { untouched: true });
    const [painted, fetched] = await page.evaluate(() => [
      performance.getEntriesByName('first-paint')[0]?.startTime,
      performance.getEntriesByType('resource').find(({ name }) => /\/assets\/print-[^/]+\.css$/.test(name))?.startTime,
    ]);
    expect(painted).toBeTypeOf('number');
    expect(fetched).toBeGreaterThan(painted!);
    const { page: pageWithoutScript, requests: withoutScript } = await open('', 730, { javaScriptEnabled: false });
    await pageWithoutScript.waitForLoadState('load');
    expect(requests.some((url) => url.includes('/assets/print-'))).toBe(true);
    expect(withoutScript.some((url) => url.includes('/assets/print-'))).toBe(false);
  });

  it('names the address of the default view printed before the app has run, and none without JavaScript', async () => {
    const { page } = await open('?embed=1', 730, { untouched: true });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-app-running]').count()).toBe(0);
    expect(await page.getByText('This view, with every note and source:').textContent()).toMatch(/source: http:\/\/[^?\s]+\/$/);
    // Without JavaScript nothing knows the address: the line is left out, not printed half.
    const { page: withoutScript } = await open('', 730, { javaScriptEnabled: false });
    await withoutScript.emulateMedia({ media: 'print' });
    expect(await withoutScript.locator('.print-address').isVisible()).toBe(false);
  });

  // The Russian chips' tags are the longest: 1992's diagram was 791 px wide on Letter's 763.
  it.each(['', 'ru/'])("keeps the diagram within Letter's width in every year (%s)", async (folder) => {
    const { page } = await open(folder, 763);
    await page.emulateMedia({ media: 'print' });
    const overflowing = Object.entries(
      await inEveryYear(page, () => {
        const right = Math.max(
          ...[...document.querySelectorAll('.euler *')].map((element) => element.getBoundingClientRect().right),
        );
        return right > document.documentElement.clientWidth ? Math.ceil(right) : null;
      }),
    ).filter(([, right]) => right !== null);
    expect(overflowing).toEqual([]);
  });

  // Printable height and width of each paper at 7 mm margins, in CSS px (96 per inch).
  const PAPERS = [
    ['Letter', 763, 1003],
    ['A4', 741, 1070],
  ] as const;

  // The busiest views: the founding years' long notes, a story step's text, markers and comparison.
  it.each(['?year=1991', '?year=1992', '?step=2', '?step=7', '?year=2018&attendance=on&compare=2017&country=ARM'])(
    'fits %s on one page of A4 and of Letter',
    async (query) => {
      const { page } = await open(query);
      await page.emulateMedia({ media: 'print' });
      for (const [paper, width, height] of PAPERS) {
        await page.setViewportSize({ width, height });
        const bottom = await page.evaluate(() =>
          Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom + scrollY),
        );
        expect(bottom, paper).toBeLessThanOrEqual(height);
      }
    },
  );
});
