// First touch (issue 19): how long a reader waits, on a slow phone, between a key on the year
// slider and the map, the year and its changes showing the new year, at a given time after the
// first paint, whether or not the app's code has arrived.
import { emulateSlowPhone } from './transfer.mjs';

/** @typedef {import('playwright-core').Browser} Browser */

/**
 * Opens `url` on Lighthouse's mobile network (150 ms round trip, 1.6 Mbit/s down) with the CPU
 * slowed `cpuThrottling` times, waits `delayMs` after the first paint (or, if later, for the
 * slider to be on the page), presses ArrowLeft on the slider and times, by the page's clock, the
 * key to the first frame that shows the year before in the year's figure, the map's summary and
 * what changed.
 * @param {Browser} browser
 * @param {string} url
 * @param {number} cpuThrottling
 * @param {number} delayMs
 * @returns {Promise<{ latency: number, touchedAfterPaint: number }>}
 */
export async function firstTouchLatency(browser, url, cpuThrottling, delayMs) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const shown = /** @type {any} */ (window);
      addEventListener(
        'keydown',
        (event) => {
          if (event.key !== 'ArrowLeft' || shown.touchAt !== undefined) return;
          shown.touchAt = performance.now();
          shown.targetYear = String(Number(/** @type {HTMLInputElement} */ (event.target).value) - 1);
        },
        true,
      );
      const isShown = () => {
        const year = shown.targetYear;
        return (
          document.querySelector('.year-controls .year')?.textContent === year &&
          document.getElementById('map-summary')?.textContent?.includes(year) &&
          document.querySelector('[data-what-changed]')?.textContent?.startsWith(year)
        );
      };
      new MutationObserver(() => {
        if (shown.touchAt === undefined || shown.shownAt !== undefined || !isShown()) return;
        requestAnimationFrame(() => (shown.shownAt ??= performance.now()));
      }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await emulateSlowPhone(page, cpuThrottling);
    await page.goto(url, { waitUntil: 'commit' });
    const paintedAt = await page.waitForFunction(() => performance.getEntriesByType('paint')[0]?.startTime, null, {
      polling: 16,
    });
    const firstPaint = /** @type {number} */ (await paintedAt.jsonValue());
    await page.waitForFunction((at) => performance.now() >= at, firstPaint + delayMs, { polling: 16 });
    const slider = page.locator('#year-slider');
    await slider.waitFor();
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => /** @type {any} */ (window).shownAt !== undefined, null, { polling: 16 });
    const { touchAt, shownAt } = await page.evaluate(() => {
      const shown = /** @type {any} */ (window);
      return { touchAt: shown.touchAt, shownAt: shown.shownAt };
    });
    return { latency: shownAt - touchAt, touchedAfterPaint: touchAt - firstPaint };
  } finally {
    await context.close();
  }
}
