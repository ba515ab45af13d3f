// First-load transfer of the default view: every response of one page load, each body gzipped at
// level 9, summed by kind. Independent of how the server compresses, so the figure is deterministic.
import { gzipSync } from 'node:zlib';

/** @typedef {import('playwright-core').Browser} Browser */
/** @typedef {import('playwright-core').Response} Response */

/**
 * Bytes of one page load, gzip level 9 per response body. `requests` lists what was loaded: the path
 * of each same-origin response (full URL otherwise), sorted, so two runs of one build give one list.
 * @typedef {{ html: number, js: number, css: number, other: number, total: number, requests: string[] }} Transfer
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
 * Loads `url` once in a fresh context (empty cache), waits for `load` and network idle, and sums
 * the gzip level 9 size of every response body by kind. All figures in bytes.
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

    const sizes = await Promise.all(responses.map(gzipSize));
    /** @type {Transfer} */
    const transfer = { html: 0, js: 0, css: 0, other: 0, total: 0, requests: [] };
    const origin = new URL(url).origin;
    responses.forEach((response, i) => {
      transfer[kindOf(response)] += sizes[i];
      transfer.total += sizes[i];
      transfer.requests.push(label(response.url(), origin));
    });
    transfer.requests.sort();
    return transfer;
  } finally {
    await context.close();
  }
}
