// Parts below the maps follow the year only while a reader can see them: off screen they keep
// what they showed while the slider moves, and catch up once it rests, as they scroll into view,
// and before the page is printed. The clock is the test's, so "rests" is exact.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './page.ts';

const { open } = useBrowser();

/** The year each part below the maps shows, as a reader reads it. */
function yearsShown(page: Page) {
  return page.evaluate(() => ({
    meeting: document.querySelector('section.meetings h3[id^="meeting-"]')?.textContent?.trim(),
    diagram: document.querySelector('#diagram-heading .year')?.textContent?.trim(),
  }));
}

/** The graphic at its default view with the page's timers stopped: they fire only when the test says. */
async function openWithOwnClock(width = 1280) {
  const opened = await open('', width, { beforeLoad: (page) => page.clock.install(), untouched: false });
  await opened.page.clock.pauseAt(await opened.page.evaluate(() => Date.now() + 1000));
  return opened;
}

async function stepBack(page: Page, years: number) {
  // Focus without scrolling, so that the parts stay where the test scrolled them.
  await page.getByRole('slider', { name: 'Year' }).evaluate((slider: HTMLElement) => slider.focus({ preventScroll: true }));
  for (let i = 0; i < years; i++) await page.keyboard.press('ArrowLeft');
  await expect.poll(() => page.locator('#map-summary').textContent()).toContain(String(2026 - years));
}

/**
 * Scrolls a part into view and waits until the page's own observer has had its report: an
 * observer made now reports in the same rendering step, after the page's older one.
 */
async function scrollOnScreen(page: Page, selector: string) {
  await page.locator(selector).scrollIntoViewIfNeeded();
  await page.locator(selector).evaluate(
    (element) =>
      new Promise<void>((resolve) => {
        const observer = new IntersectionObserver(([entry]) => {
          if (!entry.isIntersecting) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(element);
      }),
  );
}

describe('parts off screen', () => {
  it('keep their year while the slider moves, and show the new one once it has rested for 300 ms', async () => {
    const { page } = await openWithOwnClock();
    await stepBack(page, 3);
    await page.clock.runFor(250);
    expect(await yearsShown(page)).toEqual({ meeting: '2026', diagram: '2026' });
    await page.clock.runFor(50);
    await expect.poll(() => yearsShown(page)).toEqual({ meeting: '2023', diagram: '2023' });
  });

  it('show the year in view as soon as they come on screen', async () => {
    const { page } = await openWithOwnClock();
    await stepBack(page, 2);
    await page.locator('.explore').scrollIntoViewIfNeeded();
    await expect.poll(() => yearsShown(page).then((years) => years.diagram)).toBe('2024');
  });

  it('follow the year at once while on screen', async () => {
    const { page } = await openWithOwnClock(1280);
    await scrollOnScreen(page, 'section.meetings');
    await stepBack(page, 1);
    await expect.poll(() => yearsShown(page).then((years) => years.meeting), { timeout: 10_000 }).toBe('2025');
  });

  it('are up to date on paper, even printed right after a change', async () => {
    const { page } = await openWithOwnClock();
    await stepBack(page, 8);
    await page.emulateMedia({ media: 'print' });
    await page.pdf();
    expect(await yearsShown(page)).toEqual({ meeting: '2018', diagram: '2018' });
  });

  // On paper they are drawn too: the print tests' one-page layouts would not fit otherwise.
  it('are not even drawn on the page until a reader scrolls near them; in an embed they are', async () => {
    // On a phone the footer is far below the first screen (Chromium draws what lies within one and
    // a half screens of it).
    const footerDrawn = (page: Page) =>
      page.locator('footer .source-line').evaluate((line) => line.checkVisibility({ contentVisibilityAuto: true }));
    const { page } = await open('', 360);
    expect(await footerDrawn(page)).toBe(false);
    await page.locator('footer .source-line').scrollIntoViewIfNeeded();
    await expect.poll(() => footerDrawn(page)).toBe(true);
    const { page: embed } = await open('?embed=1', 360);
    expect(await footerDrawn(embed)).toBe(true);
  });
});
