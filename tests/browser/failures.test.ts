// When code does not come (a dropped connection): what works without it keeps working, and what
// cannot says so in one short line with a way to try again. Each lazily loaded file is aborted.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { OUTLINES_LOADED, useBrowser } from './page.ts';

const { open } = useBrowser();

/** Aborts every request for the build's files whose names start with `chunk` (`.js` unless named), until the returned call lifts it. */
async function abort(page: Page, chunk: string): Promise<() => Promise<void>> {
  const [name, extension = 'js'] = chunk.split('.');
  const pattern = new RegExp(`/assets/${name}-[^/]+\\.${extension}$`);
  await page.route(pattern, (route) => route.abort('internetdisconnected'));
  return () => page.unroute(pattern);
}

/**
 * Presses "Try again" and waits for what it brings. A browser that fetches a failed module again
 * (retriable module loading) resolves `arrived`; one that remembers the failure (Chromium 150)
 * loads the page again instead, which the reader then reaches for as they did the first time.
 */
async function tryAgain(page: Page, button: Locator, arrived: () => Promise<unknown>, reachAgain: () => Promise<unknown>) {
  const reloaded = page.waitForEvent('load', { timeout: 0 }).then(
    () => true,
    () => false,
  );
  await button.click();
  if (await Promise.race([reloaded, arrived().then(() => false)])) {
    await reachAgain();
    await arrived();
  }
}

/** Whether the page has the rules of the build's stylesheet whose name starts with `chunk`. */
const hasStylesOf = (page: Page, chunk: string) =>
  page.evaluate(
    (name) =>
      [...document.styleSheets].some(
        (sheet) => new RegExp(`/${name}-[^/]+\\.css$`).test(sheet.href ?? '') && sheet.cssRules.length > 0,
      ),
    chunk,
  );

describe('code that does not come', () => {
  // Every file the app's code is made of: its chunk, its shared chunks, the catalogue, its styles.
  it.each(['startApp', 'messages', 'en', 'vocabulary', 'startApp.css'])(
    'says so when the app (%s) is aborted, and tries again on request',
    async (chunk) => {
      const { page } = await open('', 1280, { untouched: true });
      const lift = await abort(page, chunk);
      await page.mouse.move(1, 1);
      const line = page.locator('.graphic > [data-load-failed]');
      await expect.poll(() => line.isVisible()).toBe(true);
      expect(await line.textContent()).toContain('The interactive part of the graphic could not be loaded');
      // The parts below the maps, which only the app draws, say so where they stand too.
      const below = page.locator('.drawn-later [data-load-failed]').first();
      expect(await below.isVisible()).toBe(true);
      expect(await below.textContent()).toContain('could not be loaded');
      // The prerendered map still shows its year, and follows the slider.
      expect(await page.locator('#map-summary').textContent()).toContain('2026');
      await page.getByRole('slider', { name: 'Year' }).fill('2000');
      await expect.poll(() => page.locator('#map-summary').textContent()).toContain('2000');
      await lift();
      // The year the reader chose stays, whether the app comes at once or with the page loaded again.
      await tryAgain(
        page,
        line.getByRole('button', { name: 'Try again' }),
        () => page.locator('[data-app-running]').waitFor({ state: 'attached' }),
        () => page.mouse.move(2, 2),
      );
      expect(await line.isVisible()).toBe(false);
      // With its styles: a stylesheet that failed once is fetched again.
      expect(await hasStylesOf(page, 'startApp')).toBe(true);
      expect(await page.locator('#map-summary').textContent()).toContain('2000');
      await page.getByRole('slider', { name: 'Year' }).focus();
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => page.locator('#map-summary').textContent()).toContain('1999');
    },
  );

  it('shows the page it holds at once, saying which year, when the address asks for another view', async () => {
    const { page } = await open('', 1280, { untouched: true });
    await abort(page, 'startApp');
    await page.goto(page.url().replace(/\?.*$/, '') + '?year=2009');
    const line = page.locator('.graphic > [data-load-failed]');
    await expect.poll(() => line.isVisible()).toBe(true);
    expect(await line.textContent()).toContain('only the year slider and the map work');
    // The first script has shown the asked-for year on the map itself.
    expect(await page.locator('#map-summary').textContent()).toContain('2009');
    // Not hidden until the 3 s fallback: shown as soon as the failure is known.
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('app')!).visibility)).toBe('visible');
  });

  it("says so when the maps' outlines are aborted, keeps the slider working, and tries again on request", async () => {
    const { page } = await open('', 360, {
      beforeLoad: async (page) => {
        await page.route(/\/assets\/outlines-[^/]+\.svg$/, (route) => route.abort('internetdisconnected'));
      },
    });
    const line = page.getByText('The map could not be loaded.');
    await expect.poll(() => line.isVisible()).toBe(true);
    expect(await page.locator(OUTLINES_LOADED).count()).toBe(0);
    // The year and its words still follow the slider, app or not.
    await page.getByRole('slider', { name: 'Year' }).fill('2000');
    await expect.poll(() => page.locator('#map-summary').textContent()).toContain('2000');
    await page.unroute(/\/assets\/outlines-[^/]+\.svg$/);
    await page.getByRole('button', { name: 'Try again' }).filter({ visible: true }).click();
    await page.locator(OUTLINES_LOADED).first().waitFor({ state: 'attached' });
    await expect.poll(() => line.isVisible()).toBe(false);
    expect(await page.locator('svg [data-iso="ARM"]').isVisible()).toBe(true);
    expect(await page.locator('svg [data-iso="ARM"]').getAttribute('fill')).toBe(
      await page.locator('svg [data-iso="KAZ"]').getAttribute('fill'),
    );
  });

  it.each([
    ['Download', 'DownloadOptions', 'Whole timeline'],
    ['Download', 'DownloadOptions.css', 'Whole timeline'],
    ['Embed this graphic', 'EmbedCodes', 'Plain iframe'],
  ])('opens %s with a line and a way to try again when its code (%s) is aborted', async (button, chunk, content) => {
    const { page } = await open('', 1280);
    const lift = await abort(page, chunk);
    await page.getByRole('button', { name: button, exact: true }).click();
    const failed = page.getByText('This part could not be loaded.');
    await expect.poll(() => failed.isVisible()).toBe(true);
    await lift();
    const shown = page.getByText(content).first();
    await tryAgain(
      page,
      page.getByRole('button', { name: 'Try again' }),
      () => shown.waitFor({ state: 'visible' }),
      () => page.getByRole('button', { name: button, exact: true }).click(),
    );
    expect(await failed.count()).toBe(0);
    expect(await hasStylesOf(page, chunk.split('.')[0])).toBe(true);
  });
});
