// Themes: the reader's system setting by default, or the one a host page asks for.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './page.ts';

const { open } = useBrowser();

const colours = (page: Page) =>
  page.evaluate(() => ({
    background: getComputedStyle(document.documentElement).backgroundColor,
    text: getComputedStyle(document.documentElement).color,
    sea: getComputedStyle(document.querySelector('svg .sea')!).fill,
  }));

const LIGHT = { background: 'rgb(255, 255, 255)', text: 'rgb(27, 31, 36)', sea: 'rgb(247, 249, 251)' };
const DARK = { background: 'rgb(20, 24, 29)', text: 'rgb(232, 234, 237)', sea: 'rgb(28, 35, 43)' };

describe('themes in Chromium', () => {
  it.each([
    ['light system, no parameter', '', 'light', LIGHT],
    ['dark system, no parameter', '', 'dark', DARK],
    ['light system, ?theme=dark', '?theme=dark', 'light', DARK],
    ['dark system, ?theme=light', '?theme=light', 'dark', LIGHT],
    ['light system, an embedded part with ?theme=dark', '?embed=1&part=diagram&theme=dark', 'light', DARK],
    ['dark system, an embedded part', '?embed=1&part=meetings', 'dark', DARK],
  ] as const)('%s', async (_name, query, colorScheme, expected) => {
    const { page, errors } = await open(query, 1280, { colorScheme });
    expect(await colours(page)).toEqual(expected);
    expect(errors).toEqual([]);
  });

  it('keeps the theme in the address and in the embed codes', async () => {
    const { page } = await open('?theme=dark');
    await page.getByRole('slider', { name: 'Year' }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => new URL(page.url()).search).toBe('?year=2025&theme=dark');
    await page.getByRole('button', { name: 'Embed this graphic' }).click();
    expect(await page.locator('[data-snippet="iframe"] textarea').inputValue()).toContain(
      '?year=2025&amp;embed=1&amp;theme=dark"',
    );
  });

  it('ignores an unknown theme with a notice', async () => {
    const { page } = await open('?theme=neon', 1280, { colorScheme: 'light' });
    expect(await page.getByText('The address parameter “theme” can be “light” or “dark”, not “neon”').isVisible()).toBe(true);
    expect(await colours(page)).toEqual(LIGHT);
  });
});
