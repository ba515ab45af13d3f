// Takes the screenshots we look at before calling a visual change done: `npm run screenshots`.
// Writes tests/output/<name>-<width>.png for each view and width below.
import { mkdirSync } from 'node:fs';
import { launchChromium } from './browser/chromium.mjs';
import { buildAndPreview } from './browser/preview.mjs';

const WIDTHS = [360, 1280];
const VIEWS = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['year=1991', 'year=2000', 'year=2018', ''];

mkdirSync('tests/output', { recursive: true });
const server = await buildAndPreview();
const browser = await launchChromium();
try {
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const query of VIEWS) {
      await page.goto(`${server.url}?${query}`);
      await page.locator('svg [data-iso]').first().waitFor();
      const name = query.replace(/[^a-z0-9]+/gi, '-') || 'default';
      await page.screenshot({ path: `tests/output/${name}-${width}.png`, fullPage: true });
      console.log(`tests/output/${name}-${width}.png`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
