// The Euler diagram has no dead space: measured in Chromium at every width, in every year, by the
// boxes of its sets, regions, labels and chips. No empty band taller than 24 px inside or between
// regions, each region as tall as its chips need, a chip keeps its place in its region while its
// republic stays there, and the diagram's height holds as the years play (on the page; an embed
// is as tall as the year's diagram, and its host follows).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './page.ts';

const { open } = useBrowser();
const MAX_BAND_PX = 24;

interface YearSpace {
  year: number;
  /** The diagram's height, with the room kept for the tallest year. */
  height: number;
  /** Every empty band taller than the limit, named. */
  bands: string[];
  /** Each chip's region and its place inside the region's grid of slots. */
  chips: Record<string, { region: string; x: number; y: number }>;
}

/** Moves the slider to `year` as a reader's drag does, lets two frames draw, and measures the diagram. */
function spaceIn(page: Page, year: number, maxBand: number): Promise<YearSpace> {
  return page.evaluate(
    async ({ year, maxBand }) => {
      const slider = document.querySelector<HTMLInputElement>('#year-slider')!;
      slider.value = String(year);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
      const frame = document.querySelector<HTMLElement>('.diagram .frame')!;
      const diagram = frame.querySelector<HTMLElement>('.euler:not(.ghost .euler)')!;
      const bands: string[] = [];
      /** The empty bands of `box`: from its top to its first content, between contents, and after the last. */
      const checkBox = (name: string, box: Element, contents: Element[]) => {
        const { top, bottom } = box.getBoundingClientRect();
        const spans = contents
          .map((element) => element.getBoundingClientRect())
          .filter((rect) => rect.height > 0)
          .map((rect) => [rect.top, rect.bottom])
          .sort((a, b) => a[0] - b[0]);
        let reached = top;
        for (const [from, to] of spans) {
          if (from - reached > maxBand)
            bands.push(`${year} ${name}: ${Math.round(from - reached)} px empty at ${Math.round(reached - top)} px`);
          reached = Math.max(reached, to);
        }
        if (bottom - reached > maxBand) bands.push(`${year} ${name}: ${Math.round(bottom - reached)} px empty at the bottom`);
      };
      const regions = [...diagram.querySelectorAll<HTMLElement>('.region')];
      for (const region of regions) checkBox(`region ${region.dataset.region}`, region, [...region.querySelectorAll('p, .chip')]);
      const inCis = regions.filter((region) => ['both', 'cis-only'].includes(region.dataset.region!));
      checkBox('CIS set', diagram.querySelector('.cis-set')!, [diagram.querySelector('.cis-label')!, ...inCis]);
      checkBox('diagram', diagram, [diagram.querySelector('.cis-set')!, ...regions]);
      const chips: YearSpace['chips'] = {};
      for (const chip of diagram.querySelectorAll<HTMLElement>('.chip')) {
        const grid = chip.closest('.slots')!.getBoundingClientRect();
        const box = chip.getBoundingClientRect();
        chips[chip.dataset.iso!] = {
          region: chip.closest<HTMLElement>('.region')!.dataset.region!,
          x: Math.round(box.left - grid.left),
          y: Math.round(box.top - grid.top),
        };
      }
      return { year, height: frame.getBoundingClientRect().height, bands, chips };
    },
    { year, maxBand },
  );
}

describe('the Euler diagram', () => {
  it.each([
    ['the page', 320, 900, true, ''],
    ['the page', 360, 800, true, ''],
    ['the page', 768, 1024, true, ''],
    ['the page', 1280, 800, true, ''],
    ['the page', 1920, 1080, true, ''],
    ['the presentation', 1920, 1080, true, '?mode=present'],
    ['an embed of the diagram', 360, 800, false, '?embed=1&part=diagram'],
    ['the Russian page', 360, 800, true, 'ru/'],
    ['the Russian page', 1280, 800, true, 'ru/'],
    ['the Russian presentation', 1920, 1080, true, 'ru/?mode=present'],
  ])(
    'has no dead space in %s at %i × %i, in any year; holds its height: %s',
    async (_view, width, height, holdsHeight, query) => {
      // Without motion, a chip leaving its region is gone at once and the measure sees the year's layout.
      const { page } = await open(query, width, { reducedMotion: 'reduce' });
      await page.setViewportSize({ width, height });
      const years: YearSpace[] = [];
      for (let year = 1991; year <= 2026; year++) years.push(await spaceIn(page, year, MAX_BAND_PX));

      expect(years.flatMap((space) => space.bands)).toEqual([]);
      const heights = new Set(years.map((space) => space.height));
      if (holdsHeight) expect(heights.size, 'heights over the years').toBe(1);
      // An embed's diagram follows the year: it can fail the other way too.
      else expect(heights.size, 'heights over the years').toBeGreaterThan(1);
      const moved = years.slice(1).flatMap((space, i) =>
        Object.entries(space.chips).flatMap(([iso, place]) => {
          const before = years[i].chips[iso];
          const hasMoved = before?.region === place.region && (before.x !== place.x || before.y !== place.y);
          return hasMoved ? [`${iso} moved inside ${place.region} in ${space.year}`] : [];
        }),
      );
      expect(moved).toEqual([]);
      // The measure can fail: every republic is a chip in every year.
      expect(years.every((space) => Object.keys(space.chips).length === 15)).toBe(true);
    },
  );
});
