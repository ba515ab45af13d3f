// Every screen size: no sideways scrolling down to 320 px, and a target of at least 24×24 CSS px
// for every control (WCAG 2.5.8), measured in the browser.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './page.ts';

const { open } = useBrowser();

describe('sizes in Chromium', () => {
  // 640 px is a 1280 px window at 200 % zoom.
  it.each([320, 360, 640, 1280, 1920])('has no horizontal scrolling at %i px', async (width) => {
    const { page } = await open('?year=2018&compare=2017&country=ARM&attendance=on', width);
    await page.locator('details.status-table summary').click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it.each([320, 1280])('gives every control a target of at least 24×24 px at %i px', async (width) => {
    const { page } = await open('?year=2018&compare=2017&country=ARM', width);
    await page.locator('details.status-table summary').click();
    await page.getByRole('button', { name: 'Embed this graphic' }).click();
    const small = await page.evaluate(() => {
      const controls = [...document.querySelectorAll<HTMLElement>('button, select, summary, input, [role="button"]')];
      return controls.flatMap((control) => {
        // A checkbox's target is its whole label; SVG shapes are measured by their labels (map test).
        const target = control.matches('input[type="checkbox"]') ? control.closest('label')! : control;
        if (control instanceof SVGElement || target.getClientRects().length === 0) return [];
        const { width: w, height: h } = target.getBoundingClientRect();
        return w < 24 || h < 24 ? [`${target.outerHTML.slice(0, 80)} ${w.toFixed(1)}×${h.toFixed(1)}`] : [];
      });
    });
    expect(small).toEqual([]);
  });
});
