// What a screen reader is told about each view: its name and a one-sentence summary for the
// year in view, generated from the data.
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { useBrowser } from './page.ts';

const { open } = useBrowser();

/** The text of the elements an element's aria-describedby points to. */
const description = (element: Locator) =>
  element.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? `(missing #${id})`)
      .join(' '),
  );

describe('names and summaries in Chromium', () => {
  it('the maps: named with the year, described by the summary of the groups', async () => {
    const { page } = await open('?year=2018');
    const map = page.getByRole('group', { name: 'Map of the 15 former Soviet republics, 2018' });
    expect(await description(map)).toBe('31 December 2018: 10 of the 15 republics in the CIS, 6 in the CSTO, 5 in neither.');
    const detail = page.getByRole('group', { name: 'Detail map of Europe and the Caucasus, 2018' });
    expect(await description(detail)).toContain('10 of the 15 republics in the CIS');
  });

  it('the Euler diagram: described by its regions, the Treaty outside the CIS in 1992', async () => {
    const { page } = await open('?year=1992');
    const figure = page.getByRole('figure', { name: 'Who is in which 1992' });
    // End of 1992 (membership.md): ARM, KAZ, KGZ, RUS, UZB in both; BLR, TKM, UKR in the CIS
    // only; Tajikistan in the Treaty only; the Baltic states, Georgia, Moldova and Azerbaijan in neither.
    expect(await description(figure)).toBe(
      'At the end of 1992, 5 republics were in both the CIS and the Collective Security Treaty, 3 in the CIS only, ' +
        '1 in the Collective Security Treaty but not yet the CIS, and 6 in neither.',
    );
  });

  it('the meeting panel: described by the year’s meeting, or why there is none', async () => {
    const { page } = await open('?year=2017');
    const panel = page.getByRole('region', { name: 'Who sat at the table' });
    expect(await description(panel)).toBe('0 listed as present, 1 recorded absent, 12 not recorded; 4 not CIS states');
    await page.getByRole('slider', { name: 'Year' }).focus();
    await page.keyboard.press('Home');
    // Below the fold, the panel catches up once the slider rests (src/offScreen.svelte.ts).
    await expect
      .poll(() => description(panel))
      .toBe('No meeting in 1991: the first meeting of the series was held in December 2013.');
  });
});
