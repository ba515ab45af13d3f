// Windows high contrast (forced colours): the map keeps its data fills, patterns and borders,
// and the page's own text follows the system colours.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './page.ts';

const { open } = useBrowser();

describe('forced colours in Chromium', () => {
  it('keeps the map readable: fills, patterns and border lines', async () => {
    const { page, errors } = await open('?year=2018');
    await page.emulateMedia({ forcedColors: 'active' });
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    const map = await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return {
        ukraine: style('svg [data-iso="UKR"]').fill,
        russia: style('svg [data-iso="RUS"]').fill,
        pattern: document.querySelectorAll('svg .patterns use[fill^="url("]').length,
        border: style('svg .borders .line').stroke,
      };
    });
    expect(map).toEqual({
      ukraine: 'rgb(221, 170, 51)', // in neither
      russia: 'rgb(0, 68, 136)', // in both blocs
      pattern: 4, // associate Turkmenistan (dots) and suspended Uzbekistan (stripes), on each of the two maps
      border: 'rgb(31, 41, 51)',
    });
    expect(errors).toEqual([]);
  });
});
