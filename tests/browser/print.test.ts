// On paper: the year in the title, the table shown, the controls gone, the colours kept.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './page.ts';

const { open } = useBrowser();

describe('print in Chromium', () => {
  it('shows the year in the title and the table, and hides what only works on screen', async () => {
    const { page, errors } = await open('?year=2009');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Is Russia trying to blur the line between the CIS and the CSTO? — 2009',
    );
    await expect.poll(() => page.locator('[data-row-iso]').count()).toBe(15);
    expect(await page.locator('details.status-table').getAttribute('open')).not.toBeNull();
    for (const hidden of ['[data-action="play"]', '#year-slider', '.embed-kit', '.meetings select'])
      expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
    // Still there: the year's figure, the maps in colour, the what-changed text.
    expect(await page.locator('.year-controls .year').textContent()).toBe('2009');
    expect(await page.locator('svg [data-iso="GEO"]').getAttribute('fill')).toBe('#ddaa33');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).printColorAdjust)).toBe('exact');
    expect(await page.locator('[data-what-changed]').textContent()).toContain("Georgia's withdrawal");
    expect(errors).toEqual([]);
  });
});
