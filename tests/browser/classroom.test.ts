// The classroom: presentation mode and its keys, the story's steps by address, the one-page
// handout. Expected views are typed from the issue and membership.md, not from src/lib/steps.ts.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './page.ts';

const { open } = useBrowser();

const PROJECTOR = 1920;

/** The step on screen, as the page shows it. */
const shownStep = (page: Page) => page.locator('[data-step]').getAttribute('data-step');
const isPresenting = (page: Page) => page.evaluate(() => document.documentElement.classList.contains('is-presenting'));

// Step, year, comparison, attendance markers, and the republics outlined, from the list:
// the founding (Belarus, Russia, Ukraine signed on 8 December 1991), the Treaty's six signatories
// (15 May 1992), the three that did not renew in 1999, Georgia 2009, Uzbekistan's suspension
// 2012, the 2017 meeting (no republic recorded there), the 2018 meeting beside 2017's with the
// nine states its caption names, Ukraine 2018, Armenia's freeze 2024, Moldova's exit 2026.
const STEPS: [number, number, number | null, boolean, string[]][] = [
  [1, 1991, null, false, ['BLR', 'RUS', 'UKR']],
  [2, 1992, null, false, ['ARM', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UZB']],
  [3, 1999, null, false, ['AZE', 'GEO', 'UZB']],
  [4, 2009, null, false, ['GEO']],
  [5, 2012, null, false, ['UZB']],
  [6, 2017, null, true, []],
  [7, 2018, 2017, true, ['ARM', 'AZE', 'BLR', 'KAZ', 'KGZ', 'MDA', 'RUS', 'TJK', 'UZB']],
  [8, 2018, null, false, ['UKR']],
  [9, 2024, null, false, ['ARM']],
  [10, 2025, null, true, ['ARM', 'AZE', 'BLR', 'KAZ', 'KGZ', 'MDA', 'RUS', 'TJK', 'TKM', 'UZB']],
  [11, 2026, null, false, ['MDA']],
];

describe('story steps by address', () => {
  it.each(STEPS)('?step=%i shows %i, comparison %s, markers %s, outlining %j', async (step, year, compare, markers, outlined) => {
    const { page, errors } = await open(`?step=${step}`);
    expect(await shownStep(page)).toBe(String(step));
    expect(await page.getByRole('slider', { name: 'Year' }).inputValue()).toBe(String(year));
    expect(await page.getByRole('heading', { level: 2, name: new RegExp(`^${year}: `) }).count()).toBe(1);
    expect(await page.getByLabel('Compare with').inputValue()).toBe(compare === null ? '' : String(compare));
    expect(await page.getByLabel('Show attendance on the map').isChecked()).toBe(markers);
    const outlinedOnMap = await page.evaluate(() =>
      [...document.querySelectorAll('svg[role="group"]')[0].querySelectorAll('.story-highlight')].map((use) =>
        use.getAttribute('href')!.replace('#overview-', ''),
      ),
    );
    expect(outlinedOnMap.sort()).toEqual(outlined);
    const outlinedChips = await page
      .locator('[data-region] [data-iso].is-highlighted')
      .evaluateAll((chips) => chips.map((chip) => chip.getAttribute('data-iso')));
    expect(outlinedChips.sort()).toEqual(outlined);
    expect(errors).toEqual([]);
  });

  it('moves between steps with its buttons and closes the story', async () => {
    const { page } = await open('?step=4');
    await page.getByRole('button', { name: 'Next step' }).click();
    expect(await shownStep(page)).toBe('5');
    await page.getByRole('button', { name: 'Previous step' }).click();
    await page.getByRole('button', { name: 'Previous step' }).click();
    expect(await shownStep(page)).toBe('3');
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?step=3');
    await page.getByRole('button', { name: 'Close the story' }).click();
    expect(await page.locator('[data-step]').count()).toBe(0);
    // The view stays where the story left it.
    expect(await page.getByRole('slider', { name: 'Year' }).inputValue()).toBe('1999');
  });
});

describe('presentation mode', () => {
  it('enters with the Present button at step 1, full screen or with a notice, and leaves with Escape', async () => {
    const { page, errors } = await open('', PROJECTOR);
    await page.getByRole('button', { name: 'Present' }).click();
    await expect.poll(() => isPresenting(page)).toBe(true);
    expect(await shownStep(page)).toBe('1');
    const isFull = await page.evaluate(() => document.fullscreenElement !== null);
    const refused = await page.getByText('may not go full screen here').count();
    // One or the other, never neither: the reader knows what they got.
    expect(isFull || refused === 1).toBe(true);
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?step=1&mode=present');
    await page.keyboard.press('Escape');
    await expect.poll(() => isPresenting(page)).toBe(false);
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?step=1');
    expect(errors).toEqual([]);
  });

  it('answers every key: arrows and clicker pages, Home, End, Space, ?, F and Escape', async () => {
    const { page } = await open('?mode=present&step=3', PROJECTOR);
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    const press = async (key: string) => {
      await page.keyboard.press(key);
      return shownStep(page);
    };
    expect(await press('ArrowRight')).toBe('4');
    expect(await press('PageDown')).toBe('5');
    expect(await press('ArrowLeft')).toBe('4');
    expect(await press('PageUp')).toBe('3');
    expect(await press('End')).toBe('11');
    expect(await press('Home')).toBe('1');
    expect(await press('PageUp')).toBe('1');

    const play = page.locator('[data-action="play"]');
    await page.keyboard.press('Space');
    await expect.poll(() => play.textContent()).toContain('Pause');
    await page.keyboard.press('Space');
    await expect.poll(() => play.textContent()).toContain('Play');

    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => help.isVisible()).toBe(true);
    expect(await help.textContent()).toContain('Next step');
    // Escape closes the help first, and only the help.
    await page.keyboard.press('Escape');
    await expect.poll(() => help.isVisible()).toBe(false);
    expect(await isPresenting(page)).toBe(true);

    await page.keyboard.press('f');
    await expect
      .poll(
        async () =>
          (await page.evaluate(() => document.fullscreenElement !== null)) ||
          (await page.getByText('may not go full screen here').count()) === 1,
      )
      .toBe(true);
    if (await page.evaluate(() => document.fullscreenElement !== null)) {
      await page.keyboard.press('F');
      await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => isPresenting(page)).toBe(false);
  });

  it('leaves the slider its arrows while it has the focus; clicker pages still step', async () => {
    const { page } = await open('?mode=present&step=4', PROJECTOR);
    const slider = page.getByRole('slider', { name: 'Year' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    expect(await slider.inputValue()).toBe('2010');
    expect(await shownStep(page)).toBe('4');
    await page.keyboard.press('PageDown');
    expect(await shownStep(page)).toBe('5');
  });

  it('sets type of at least 24 px at 1920 × 1080, with map and diagram side by side', async () => {
    const { page } = await open('?mode=present&step=7', PROJECTOR);
    await page.setViewportSize({ width: PROJECTOR, height: 1080 });
    const smallest = await page.evaluate(() => {
      const sizes: [string, number][] = [];
      const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const text = walker.currentNode as Text;
        const element = text.parentElement!;
        // Text on the wall; not text only screen readers get (visually hidden) or the map's hidden copies.
        if (
          !text.data.trim() ||
          element.getClientRects().length === 0 ||
          element.closest('.visually-hidden, [aria-hidden="true"]:not(.labels)')
        )
          continue;
        sizes.push([text.data.trim().slice(0, 30), parseFloat(getComputedStyle(element).fontSize)]);
      }
      return sizes.sort((a, b) => a[1] - b[1]).slice(0, 3);
    });
    expect(smallest[0][1], JSON.stringify(smallest)).toBeGreaterThanOrEqual(24);
    const map = await page.locator('svg[role="group"]').first().boundingBox();
    const diagram = await page.locator('.diagram .frame').boundingBox();
    expect(map!.x + map!.width).toBeLessThan(diagram!.x);
    // Side by side: they share a band of the screen, and both start on the first screen.
    expect(diagram!.y).toBeLessThan(map!.y + map!.height);
    expect(Math.max(map!.y, diagram!.y)).toBeLessThan(1080);
  });
});
