// Automated accessibility checks (axe-core, WCAG 2.0–2.2 A and AA) in real Chromium, on every
// distinct view. axe judges only part of WCAG; what it cannot judge is tested elsewhere.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './page.ts';

const { open, baseUrl } = useBrowser();

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's violations on the page as it is, one line each. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0].target.join(' ')})`);
}

describe('axe-core in Chromium', () => {
  it.each([
    ['the default view', '', 1280],
    ['1991', '?year=1991', 1280],
    ['1992, with the Treaty outside the CIS', '?year=1992', 1280],
    ['the story’s comparison', '?year=2018&compare=2017', 1280],
    ['a selected republic', '?year=2018&country=ARM', 1280],
    ['attendance on the map', '?year=2018&attendance=on', 1280],
    ['a phone, 320 px', '', 320],
    ['the dark theme', '?theme=dark&year=2018&compare=2017&country=ARM', 1280],
    ['a story step', '?step=7', 1280],
  ])('finds no violation in %s', async (_name, query, width) => {
    const { page } = await open(query, width);
    // The table and the embed kit are part of the page too: opened for the check.
    await page.locator('details.status-table summary').click();
    await page.getByRole('button', { name: 'Embed this graphic' }).click();
    expect(await violations(page)).toEqual([]);
  });

  it.each([['the embed', '?embed=1', 360]])('finds no violation in %s, under each of its tabs', async (_name, query, width) => {
    const { page } = await open(query, width);
    for (const tab of ['Map', 'Diagram', 'Meetings', 'Table']) {
      await page.getByRole('tab', { name: tab }).click();
      expect(await violations(page), tab).toEqual([]);
    }
  });

  it.each(['map', 'diagram', 'meetings', 'table'])(
    'finds no violation in the embedded part=%s, which asks no one else for anything',
    async (part) => {
      const { page, requests } = await open(`?embed=1&part=${part}&country=ARM`, 360);
      expect(await violations(page)).toEqual([]);
      expect(requests.filter((url) => !url.startsWith(baseUrl) && !url.startsWith('data:'))).toEqual([]);
    },
  );

  it('finds no violation in the presentation, with its key help open', async () => {
    const { page } = await open('?mode=present&step=2', 1920);
    await page.getByRole('button', { name: 'Show keyboard shortcuts' }).click();
    expect(await violations(page)).toEqual([]);
  });
});
