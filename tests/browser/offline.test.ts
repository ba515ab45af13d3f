// `npm run build:offline`: one HTML file that works opened from disk, with no network at all.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { OFFLINE_OUT_DIR } from '../../src/build/offline.ts';
import { useBrowser } from './page.ts';
import { buildForProduction } from './preview.mjs';

const { browser } = useBrowser();
const outDir = resolve(OFFLINE_OUT_DIR);

beforeAll(async () => {
  await buildForProduction({ mode: 'offline' });
}, 60_000);

/** Opens the single file from disk in a browser with the network off; closed after `use`. */
async function withOfflinePage(use: (page: Page, record: { requests: string[]; errors: string[] }) => Promise<void>) {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, offline: true });
  try {
    const page = await context.newPage();
    const record = { requests: [] as string[], errors: [] as string[] };
    page.on('request', (request) => record.requests.push(request.url()));
    page.on('pageerror', (error) => record.errors.push(error.message));
    await use(page, record);
  } finally {
    await context.close();
  }
}

const fileUrl = (folder = '') => pathToFileURL(resolve(outDir, folder, 'index.html')).href;

describe('offline single file', () => {
  it('is one HTML file that loads no script, style or data of its own', async () => {
    // The Russian page is a file of its own beside it, in ru/.
    expect(readdirSync(outDir)).toEqual(['index.html', 'ru']);
    expect(readdirSync(resolve(outDir, 'ru'))).toEqual(['index.html']);
    await withOfflinePage(async (page) => {
      await page.goto(fileUrl());
      const loaded = await page.evaluate(() => ({
        scripts: document.querySelectorAll('script[src]').length,
        links: [...document.querySelectorAll('link[href]')].map((link) => link.getAttribute('href')),
        // Links to sources are for the reader to follow; anything the page itself would load is
        // a fragment of the page or inline data.
        addresses: [...document.querySelectorAll('[src], [href]:not(a)')].map(
          (el) => el.getAttribute('src') ?? el.getAttribute('href'),
        ),
      }));
      expect(loaded.scripts).toBe(0);
      expect(loaded.links).toEqual(['data:,']);
      for (const url of loaded.addresses) expect(url, url!).toMatch(/^(#|data:)/);
    });
  });

  it.each([
    ['English', '', { year: 'Year', download: 'Download', png: 'Download PNG' }],
    ['Russian', 'ru', { year: 'Год', download: 'Скачать', png: 'Скачать PNG' }],
  ])(
    'works in %s from file:// with the network off: the slider moves the map, the downloads open',
    async (_language, folder, names) => {
      await withOfflinePage(async (page, { requests, errors }) => {
        await page.goto(`${fileUrl(folder)}?year=2018`);
        const slider = page.getByRole('slider', { name: names.year });
        await expect.poll(() => slider.inputValue()).toBe('2018');
        await expect(page.locator('svg [data-iso="GEO"]').getAttribute('data-cis')).resolves.toBe('withdrawn');
        await slider.focus();
        await page.keyboard.press('Home');
        await expect.poll(() => slider.inputValue()).toBe('1991');
        // Georgia did not join the CIS until December 1993 (membership.md).
        await expect(page.locator('svg [data-iso="GEO"]').getAttribute('data-cis')).resolves.toBe('none');
        // Code a page loads only when asked for is in the file too.
        await page.getByRole('button', { name: names.download, exact: true }).click();
        await page.getByRole('button', { name: names.png }).waitFor();
        expect(requests.filter((url) => url.split('?')[0] !== fileUrl(folder))).toEqual([]);
        expect(errors).toEqual([]);
      });
    },
  );

  it('links the English file to the Russian one, in the same view, and back', async () => {
    await withOfflinePage(async (page) => {
      await page.goto(`${fileUrl()}?year=2018`);
      await page.getByRole('link', { name: 'Русский' }).click();
      await page.waitForURL(`${fileUrl('ru')}?year=2018`);
      expect(await page.locator('html').getAttribute('lang')).toBe('ru');
      await page.getByRole('link', { name: 'English' }).click();
      await page.waitForURL(`${fileUrl()}?year=2018`);
    });
  });
});
