// First-load transfer of the default view: every response of one page load, each body gzipped at
// level 9, summed by kind. Independent of how the server compresses, so the figure is deterministic.
import { gzipSync } from 'node:zlib';

/** @typedef {import('playwright-core').Browser} Browser */
/** @typedef {import('playwright-core').Response} Response */

/**
 * Bytes of one page load, gzip level 9 per response body. `requests` lists what was loaded: the path
 * of each same-origin response (full URL otherwise), sorted, so two runs of one build give one list.
 * `onGesture` is what a reader's first gesture (a pointer over the page) loads after that, in the
 * same way: ours fetches its app then; a page that runs at once loads nothing more.
 * @typedef {{ html: number, js: number, css: number, other: number, total: number, requests: string[] }} Bytes
 * @typedef {Bytes & { onGesture: Bytes }} Transfer
 */

/** @typedef {'html' | 'js' | 'css' | 'other'} Kind */

/** The viewport of the default view: the desktop layout the year-change budget is measured at. */
const VIEWPORT = { width: 1280, height: 900 };

/**
 * What a response is, by its Content-Type, else by what the page asked for.
 * @param {Response} response
 * @returns {Kind}
 */
function kindOf(response) {
  const type = (response.headers()['content-type'] ?? '').toLowerCase();
  const resource = response.request().resourceType();
  if (type.includes('html') || (!type && resource === 'document')) return 'html';
  if (type.includes('javascript') || (!type && resource === 'script')) return 'js';
  if (type.includes('text/css') || (!type && resource === 'stylesheet')) return 'css';
  return 'other';
}

/**
 * The body's size gzipped at level 9; a redirect has no body.
 * @param {Response} response
 */
async function gzipSize(response) {
  if (response.request().redirectedTo()) return 0;
  return gzipSync(await response.body(), { level: 9 }).length;
}

/**
 * A request's name in the list: its path on the site's own origin, its full URL elsewhere.
 * @param {string} url
 * @param {string} origin
 */
function label(url, origin) {
  const parsed = new URL(url);
  return parsed.origin === origin ? parsed.pathname + parsed.search : url;
}

/**
 * The responses' gzip level 9 sizes, summed by kind.
 * @param {Response[]} responses
 * @param {string} origin
 * @returns {Promise<Bytes>}
 */
async function sumBytes(responses, origin) {
  const sizes = await Promise.all(responses.map(gzipSize));
  /** @type {Bytes} */
  const bytes = { html: 0, js: 0, css: 0, other: 0, total: 0, requests: [] };
  responses.forEach((response, i) => {
    bytes[kindOf(response)] += sizes[i];
    bytes.total += sizes[i];
    bytes.requests.push(label(response.url(), origin));
  });
  bytes.requests.sort();
  return bytes;
}

/**
 * Loads `url` once in a fresh context (empty cache), waits for `load` and network idle, and sums
 * the gzip level 9 size of every response body by kind; then moves the pointer over the page,
 * waits until the app runs and the network is idle again, and sums what that loaded. All in bytes.
 * @param {Browser} browser
 * @param {string} url
 * @returns {Promise<Transfer>}
 */
export async function firstLoadTransfer(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    /** @type {Response[]} */
    const responses = [];
    page.on('response', (response) => {
      // data: URLs (e.g. the empty favicon) cost nothing on the wire.
      if (/^https?:/.test(response.url())) responses.push(response);
    });
    const main = await page.goto(url, { waitUntil: 'load' });
    if (!main?.ok()) throw new Error(`${url} answered ${main?.status()}`);
    await page.waitForLoadState('networkidle');
    const firstLoad = responses.splice(0);

    await page.mouse.move(1, 1);
    await page.locator('[data-app-running]').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');

    const origin = new URL(url).origin;
    return { ...(await sumBytes(firstLoad, origin)), onGesture: await sumBytes(responses, origin) };
  } finally {
    await context.close();
  }
}

/**
 * The slow-phone model of the bench: Lighthouse's mobile network (150 ms round trip, 1.6 Mbit/s
 * down) and the CPU slowed `cpuThrottling` times, by DevTools emulation.
 * @param {import('playwright-core').Page} page
 * @param {number} cpuThrottling
 */
export async function emulateSlowPhone(page, cpuThrottling) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1638.4 * 1024) / 8,
    uploadThroughput: (675 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottling });
}

/**
 * How long a reader waits, on a slow phone, between the first gesture and a running app: the page
 * loaded on Lighthouse's mobile network (150 ms round trip, 1.6 Mbit/s down) with the CPU slowed
 * `cpuThrottling` times, then a pointer moved over it. In milliseconds, by the page's own clock;
 * zero for a page whose app already runs when it has loaded.
 * @param {Browser} browser
 * @param {string} url
 * @param {number} cpuThrottling
 */
export async function gestureToInteractive(browser, url, cpuThrottling) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.addInitScript(() =>
      addEventListener('pointerover', () => Object.assign(window, { gestureAt: performance.now() }), {
        capture: true,
        once: true,
      }),
    );
    await emulateSlowPhone(page, cpuThrottling);
    await page.goto(url, { waitUntil: 'load' });
    if (await page.locator('[data-app-running]').count()) return 0;
    const runningAt = page.evaluate(
      () =>
        new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (!document.documentElement.hasAttribute('data-app-running')) return;
            observer.disconnect();
            resolve(performance.now());
          });
          observer.observe(document.documentElement, { attributes: true });
        }),
    );
    await page.mouse.move(200, 400);
    const running = /** @type {number} */ (await runningAt);
    const gesture = await page.evaluate(() => /** @type {any} */ (window).gestureAt);
    if (typeof gesture !== 'number') throw new Error('the first gesture went unseen');
    return running - gesture;
  } finally {
    await context.close();
  }
}
