import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { membership } from '../../src/lib/data.ts';
import { statusesAt, yearEndDate, yearsOf } from '../../src/lib/membership.ts';
import { useBrowser } from './page.ts';

const { open, baseUrl } = useBrowser();

/** [iso, cis, csto] of every republic the overview map draws. */
function drawnStatuses(page: import('playwright-core').Page) {
  return page.$$eval('svg [data-iso]', (shapes) =>
    shapes.map((s) => [s.getAttribute('data-iso'), s.getAttribute('data-cis'), s.getAttribute('data-csto')]),
  );
}

describe('membership map in Chromium', () => {
  it('shows every republic with the statuses of every year, stepping the slider by keyboard', async () => {
    const { page, errors } = await open('?year=2000');
    await page.getByRole('slider', { name: 'Year' }).focus();
    await page.keyboard.press('Home');
    for (const year of yearsOf(membership)) {
      if (year > 1991) await page.keyboard.press('ArrowRight');
      const expected = statusesAt(membership, yearEndDate(year, membership)).map((s) => [s.iso, s.cis, s.csto]);
      expect((await drawnStatuses(page)).sort(), `year ${year}`).toEqual(expected.sort());
    }
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await page.keyboard.press('PageDown');
    await expect.poll(() => new URL(page.url()).search).toBe('?year=2021');
    expect(errors).toEqual([]);
  });

  it('reads the year from the URL and writes it back without adding history', async () => {
    const { page } = await open('?year=2018');
    expect(await page.getByRole('slider', { name: 'Year' }).inputValue()).toBe('2018');
    await expect.poll(() => page.locator('svg [data-iso="UKR"]').getAttribute('data-cis')).toBe('ended');
    const historyLength = await page.evaluate(() => history.length);
    await page.getByRole('slider', { name: 'Year' }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => new URL(page.url()).search).toBe('?year=2017');
    expect(await page.locator('svg [data-iso="UKR"]').getAttribute('data-cis')).toBe('participant');
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });

  it.each(['?year=abc', '?year=1900', '?year=2018.5'])(
    'falls back to the latest year for %s, with a notice and no error',
    async (query) => {
      const { page, errors } = await open(query);
      await expect.poll(() => page.getByText(/which is not a year from 1991 to 2026/).isVisible()).toBe(true);
      expect(await page.getByRole('slider', { name: 'Year' }).inputValue()).toBe('2026');
      expect(errors).toEqual([]);
    },
  );

  it('names a hovered republic and both its statuses in words', async () => {
    const { page } = await open('?year=2018');
    await page.locator('[data-label-iso="GEO"]').hover();
    const tooltip = page.getByRole('tooltip');
    await expect.poll(() => tooltip.textContent()).toContain('Georgia');
    const text = await tooltip.textContent();
    expect(text).toContain('withdrawn (since 18 August 2009)');
    expect(text).toContain('withdrawn (since 20 April 1999)');
    // The same republic is highlighted on the overview as well.
    expect(await page.locator('.highlight').count()).toBe(2);
  });

  it('lets the keyboard reach every republic from one tab stop', async () => {
    const { page } = await open('?year=2018');
    await page.locator('[data-iso]').first().waitFor();
    const tabStops = await page.$$eval('svg[aria-label^="Map of"] [data-iso][tabindex="0"]', (els) => els.length);
    expect(tabStops).toBe(1);
    await page.locator('svg [data-iso][tabindex="0"]').focus();
    const visited = new Set<string>();
    for (let i = 0; i < 15; i++) {
      visited.add((await page.evaluate(() => document.activeElement?.getAttribute('data-iso'))) ?? '');
      expect(await page.getByRole('tooltip').textContent()).toBeTruthy();
      await page.keyboard.press('ArrowRight');
    }
    expect(visited.size).toBe(15);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('tooltip').count()).toBe(0);
  });

  it.each([360, 1280])('gives each small republic a 24×24 px target at %i px wide', async (width) => {
    const { page } = await open('?year=2018', width);
    for (const [iso, name] of [
      ['ARM', 'Armenia'],
      ['AZE', 'Azerbaijan'],
      ['GEO', 'Georgia'],
      ['MDA', 'Moldova'],
      ['EST', 'Estonia'],
      ['LVA', 'Latvia'],
      ['LTU', 'Lithuania'],
    ]) {
      // The detail map's label is the republic's target: hover() fails if anything covers it.
      const target = page.locator(`[data-label-iso="${iso}"]`);
      const box = (await target.boundingBox())!;
      expect(box.width, `${iso} width`).toBeGreaterThanOrEqual(24);
      expect(box.height, `${iso} height`).toBeGreaterThanOrEqual(24);
      await target.hover();
      await expect.poll(() => page.getByRole('tooltip').textContent()).toMatch(new RegExp(`^${name}`));
    }
  });

  it('has no horizontal scrolling at 360 px and shows the Crimea note', async () => {
    const { page } = await open('', 360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await page.getByText('Crimea, annexed by Russia in 2014, is shown as part of Ukraine').isVisible()).toBe(true);
  });

  it('requests nothing but its own files, whatever the reader does, and uses no web font', async () => {
    const { page, requests } = await open('?year=2018');
    // Everything that loads something later: hover, selection, years, markers, comparison, the
    // embed kit and the downloads (both loaded on demand), the story and the presentation.
    await page.locator('svg [data-iso="ARM"]').hover();
    await page.locator('svg [data-iso="ARM"]').click();
    await page.getByRole('slider', { name: 'Year' }).fill('2017');
    await page.getByLabel('Show attendance on the map').check();
    await page.getByLabel('Compare with').selectOption('2018');
    await page.getByRole('button', { name: 'Embed this graphic' }).click();
    await page.locator('[data-snippet="iframe"]').waitFor();
    await page.getByRole('button', { name: 'Download', exact: true }).click();
    await page.getByRole('button', { name: 'Walk through the story' }).click();
    await page.getByRole('button', { name: 'Present' }).click();
    await page.keyboard.press('End');
    await page.waitForLoadState('networkidle');
    expect(requests.length).toBeGreaterThan(1);
    for (const url of requests) expect(url.startsWith(baseUrl) || url.startsWith('data:'), url).toBe(true);
    // The system's fonts only: no @font-face at all, so none from another host either.
    const fontFaces = await page.evaluate(
      () =>
        [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).filter((rule) => rule instanceof CSSFontFaceRule)
          .length,
    );
    expect(fontFaces).toBe(0);
  });

  it('builds with relative asset paths, so dist/ works from any folder', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    // What the page loads (scripts, stylesheets, icons), not the links a reader may follow.
    const assets = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"/g)]
      .map((m) => m[1])
      .filter((u) => !u.startsWith('data:'));
    expect(assets.length).toBeGreaterThan(0);
    for (const url of assets) expect(url.startsWith('./'), url).toBe(true);
  });
});
