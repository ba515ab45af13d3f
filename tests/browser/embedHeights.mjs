// How tall each embed is: the whole graphic (under each tab) and each part, at a phone's, a
// tablet column's and a desktop's width, as the graphic reports it to its host. Shared by the
// browser test, which asserts the ceilings at 360 px, and `npm run bench`, which prints them all.

/** The parts an editor can embed, and the whole graphic. */
export const EMBEDS = /** @type {const} */ (['whole', 'map', 'diagram', 'meetings', 'table']);
/** @typedef {typeof EMBEDS[number]} Embed */

/** Issue 17's ceilings at 360 px, in the default view (the whole graphic under every tab). */
export const CEILINGS_AT_360 = /** @type {Readonly<Partial<Record<Embed, number>>>} */ ({
  whole: 1500,
  map: 900,
  diagram: 800,
  meetings: 900,
});

/** The tabs of the whole embed, in order, by their names. */
export const TABS = /** @type {const} */ (['Map', 'Diagram', 'Meetings', 'Table']);

/** @param {Embed} embed */
export const embedQuery = (embed) => (embed === 'whole' ? '?embed=1' : `?embed=1&part=${embed}`);

/**
 * The height the graphic reports to its host (src/autoHeight.ts measures the same).
 * @param {import('playwright-core').Page | import('playwright-core').Frame} page
 */
export const reportedHeight = (page) => page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

/**
 * Each embed's height at each width, once its app runs; the whole graphic's is its tallest tab.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {readonly number[]} widths
 * @returns {Promise<Record<Embed, Record<number, number>>>}
 */
export async function measureEmbedHeights(browser, url, widths) {
  const heights = /** @type {Record<Embed, Record<number, number>>} */ (Object.fromEntries(EMBEDS.map((e) => [e, {}])));
  for (const width of widths)
    for (const embed of EMBEDS) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${url}${embedQuery(embed)}`);
      await page.mouse.move(1, 1);
      await page.locator('[data-app-running]').waitFor({ state: 'attached' });
      const tabHeights = [];
      for (const tab of embed === 'whole' ? TABS : [null]) {
        if (tab) await page.getByRole('tab', { name: tab }).click();
        tabHeights.push(await reportedHeight(page));
      }
      heights[embed][width] = Math.max(...tabHeights);
      await page.close();
    }
  return heights;
}
