// Keyboard only: Tab reaches every feature in reading order, each shows a visible focus ring,
// and each works from the keyboard.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './page.ts';

const { open } = useBrowser();

/** Presses Tab until `predicate` holds for the focused element (at most `limit` times). */
async function tabTo(page: Page, predicate: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(() => { const el = document.activeElement; return ${predicate}; })()`)) return;
  }
  throw new Error(`Tab never reached ${predicate}`);
}

/** What has focus, in a word or two, for the order test. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    // A plain string selector: the tag-name overloads of matches() would narrow the type.
    const is = (selector: string) => el.matches(selector);
    if (el.id === 'year-slider') return 'slider';
    if (el.dataset.action) return el.dataset.action;
    if (is('svg [data-iso]')) return 'map';
    if (is('svg [data-inset-iso]')) return 'detail map';
    if (is('[data-strip-year]')) return 'csto strip';
    if (is('[data-region] [data-iso]')) return 'diagram';
    if (is('summary')) return el.textContent!.trim();
    if (is('select')) return 'compare';
    if (is('input[type="checkbox"]')) return 'markers';
    return el.tagName.toLowerCase() === 'a' ? 'link' : el.textContent!.trim().slice(0, 30);
  });

describe('keyboard in Chromium', () => {
  it('reaches every feature with Tab, in reading order, each with a visible focus ring', async () => {
    const { page } = await open('?year=2018');
    const order: string[] = [];
    for (let i = 0; i < 120 && !order.includes('Embed this graphic'); i++) {
      await page.keyboard.press('Tab');
      const name = await focused(page);
      if (order.at(-1) !== name) order.push(name);
      // The ring: an outline of at least 2 px (or the map's own highlight for SVG shapes).
      const ring = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return el instanceof SVGElement ? 2 : style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
      });
      expect(ring, name).toBeGreaterThanOrEqual(2);
    }
    const features = [
      'slider',
      'previous-change',
      'play',
      'next-change',
      'map',
      'detail map',
      'csto strip',
      'compare',
      'markers',
      'diagram',
      'Table: every republic in the year in view',
      'Embed this graphic',
    ];
    const positions = features.map((feature) => order.indexOf(feature));
    expect(
      positions.every((p) => p >= 0),
      order.join(' → '),
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('works every feature from the keyboard', async () => {
    const { page } = await open('?year=2018');
    // The map: Enter selects the focused republic; the details open.
    await tabTo(page, `el.matches('svg [data-iso]')`);
    await page.keyboard.press('End'); // Uzbekistan, last alphabetically
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('region', { name: 'Uzbekistan' }).isVisible()).toBe(true);
    // The CSTO strip: Enter on a year moves the slider there.
    await tabTo(page, `el.matches('[data-strip-year="2017"]')`);
    await page.keyboard.press('Enter');
    expect(await page.getByRole('slider', { name: 'Year' }).inputValue()).toBe('2017');
    // The comparison: the select with the arrow keys.
    await tabTo(page, `el.matches('select')`);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('[data-difference]').count()).toBe(1);
    // The map markers: Space on the checkbox.
    await tabTo(page, `el.matches('input[type="checkbox"]')`);
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('[data-legend-meeting]').count()).toBe(1);
    // The diagram: one tab stop, the arrow keys move, Enter selects.
    await tabTo(page, `el.matches('[data-region] [data-iso]')`);
    const first = await page.evaluate(() => document.activeElement!.getAttribute('data-iso'));
    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => document.activeElement!.getAttribute('data-iso'));
    expect(second).not.toBe(first);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('country')).toBe(second);
    // Escape clears the selection.
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.get('country')).toBe(null);
    // The table: Enter on its summary opens it.
    await tabTo(page, `el.matches('details.status-table summary')`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-row-iso]').count()).toBe(15);
  });
});
