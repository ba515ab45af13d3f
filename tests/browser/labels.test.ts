// The map's names never cover one another, nor leave their frame: measured by the boxes of every
// visible name (and attendance marker) in Chromium, at every width and in the presentation, in
// every year with the markers on, and with names 40 % longer than today's (the next language's).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collisionsIn } from './measure.ts';
import { useBrowser } from './page.ts';

const { open } = useBrowser();

/** Lengthens every name by 40 % (accented letters, as a pseudo-locale would), in place. */
const lengthenNames = (page: Page) =>
  page.evaluate(() => {
    for (const label of document.querySelectorAll<HTMLElement>('.label'))
      label.textContent = `${label.textContent!.trim()}${'ÅÉÎ'.repeat(3).slice(0, Math.ceil(label.textContent!.trim().length * 0.4))}`;
  });

describe('names on the map', () => {
  it.each([
    ['the page', 320, 900, '', ''],
    ['the page', 360, 800, '', ''],
    ['the page', 768, 1024, '', ''],
    ['the page', 1280, 800, '', ''],
    ['the page', 1920, 1080, '', ''],
    ['the presentation', 1920, 1080, '&mode=present', ''],
    ['the presentation', 1280, 720, '&mode=present', ''],
    // Russian names are longer than most English ones (Азербайджан, Туркменистан, Кыргызстан).
    ['the Russian page', 320, 900, '', 'ru/'],
    ['the Russian page', 1280, 800, '', 'ru/'],
    ['the Russian presentation', 1920, 1080, '&mode=present', 'ru/'],
  ])(
    'never collide in %s at %i × %i, in any year with the markers on, nor with longer names',
    async (_view, width, height, mode, folder) => {
      const { page } = await open(`${folder}?attendance=on${mode}`, width);
      await page.setViewportSize({ width, height });
      const problems: string[] = [];
      for (let year = 1991; year <= 2026; year++) problems.push(...(await collisionsIn(page, year)));
      expect(problems).toEqual([]);
      // The next language's names, 40 % longer than English's; Russian's own are measured above.
      if (folder !== '') return;
      await lengthenNames(page);
      await expect.poll(() => collisionsIn(page, null)).toEqual([]);
    },
  );

  it('wait unseen until the first-load script has placed them: drawn on their anchors, they would shift', async () => {
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const { page } = await open('', 360, {
      beforeLoad: async (page) => {
        // The stylesheet shows the names anyway after 3 s: stopped, so that a slow machine cannot.
        const devtools = await page.context().newCDPSession(page);
        await devtools.send('Animation.enable');
        await devtools.send('Animation.setPlaybackRate', { playbackRate: 0 });
        await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
          await released;
          await route.continue();
        });
      },
    });
    const visibility = () =>
      page
        .locator('.labels')
        .first()
        .evaluate((labels) => getComputedStyle(labels).visibility);
    await page.locator('.labels').first().waitFor({ state: 'attached' });
    expect(await visibility()).toBe('hidden');
    release();
    await expect.poll(visibility).toBe('visible');
  });

  it('stay where the prerendered page put them when the app takes over the default view', async () => {
    for (const width of [360, 1280]) {
      const { page } = await open('', width, { untouched: true });
      const positions = () =>
        page.$$eval('.label', (labels) => labels.map((label) => JSON.stringify(label.getBoundingClientRect())));
      const before = await positions();
      await page.mouse.move(1, 1);
      await page.locator('[data-app-running]').waitFor({ state: 'attached' });
      await page.evaluate(() => new Promise(requestAnimationFrame));
      expect(await positions()).toEqual(before);
    }
  });
});
