// Takes the screenshots we look at before calling a visual change done: `npm run screenshots`.
// Writes tests/output/<name>-<width>.png for each view and width below. Options:
//   --vision=protanopia|deuteranopia|tritanopia|achromatopsia   Chromium's simulated vision
//   --forced-colors   Windows-style forced colours          --print   print media
//   --width=1920x1080 another viewport (repeatable; default 360 and 1280)
//   --lang=ru         the page in another language (its folder, ru/)
import { mkdirSync } from 'node:fs';
import { launchChromium } from './browser/chromium.mjs';
import { buildAndPreview } from './browser/preview.mjs';

const args = process.argv.slice(2);
/** @param {string} name @returns {string | true | undefined} */
const option = (name) =>
  args.find((arg) => arg.startsWith(`--${name}`))?.split('=')[1] ?? (args.includes(`--${name}`) ? true : undefined);
const VISIONS = ['protanopia', 'deuteranopia', 'tritanopia', 'achromatopsia'];
const visionOption = option('vision');
if (visionOption !== undefined && !VISIONS.includes(String(visionOption))) {
  console.error(`--vision must be one of ${VISIONS.join(', ')}`);
  process.exit(1);
}
const vision = /** @type {'protanopia' | 'deuteranopia' | 'tritanopia' | 'achromatopsia' | undefined} */ (visionOption);
const isForcedColors = option('forced-colors') === true;
const isPrint = option('print') === true;
const sizes = args.filter((arg) => arg.startsWith('--width=')).map((arg) => arg.slice(8).split('x').map(Number));
const SIZES =
  sizes.length > 0
    ? sizes
    : [
        [360, 900],
        [1280, 900],
      ];
const languageOption = option('lang');
const languageFolder = typeof languageOption === 'string' ? `${languageOption}/` : '';
const queries = args.filter((arg) => !arg.startsWith('--'));
const VIEWS = queries.length > 0 ? queries : ['year=1991', 'year=2000', 'year=2018', ''];
const suffix = [typeof languageOption === 'string' && languageOption, vision, isForcedColors && 'forced', isPrint && 'print']
  .filter(Boolean)
  .map((s) => `-${s}`)
  .join('');

mkdirSync('tests/output', { recursive: true });
const server = await buildAndPreview();
const browser = await launchChromium();
try {
  for (const [width, height] of SIZES) {
    const page = await browser.newPage({ viewport: { width, height: height ?? 900 } });
    if (isForcedColors) await page.emulateMedia({ forcedColors: 'active' });
    if (isPrint) await page.emulateMedia({ media: 'print' });
    if (vision) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setEmulatedVisionDeficiency', { type: vision });
    }
    for (const query of VIEWS) {
      await page.goto(`${server.url}${languageFolder}?${query}`);
      await page.locator('svg [data-iso]').first().waitFor();
      const name = query.replace(/[^a-z0-9]+/gi, '-') || 'default';
      const path = `tests/output/${name}${suffix}-${width}.png`;
      await page.screenshot({ path, fullPage: true });
      console.log(path);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
