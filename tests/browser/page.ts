// Shared set-up of the browser tests: one Chromium per file, a fresh page per test, and a
// record of every request and page error so that tests can assert there were none.
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { APP_RUNNING_ATTRIBUTE } from '../../src/lib/pageFlags.ts';
import { AHEAD_MARGIN } from '../../src/offScreen.svelte.ts';
import { launchChromium } from './chromium.mjs';

export interface OpenedPage {
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** Uncaught errors and console errors. */
  errors: string[];
}

export interface OpenOptions {
  /** Leave the page as it loads, without reaching for it: the app's code then stays unloaded. */
  untouched?: boolean;
  reducedMotion?: 'reduce';
  colorScheme?: 'light' | 'dark';
  javaScriptEnabled?: boolean;
  beforeLoad?: (page: Page) => Promise<void>;
}

/**
 * Resolves once the element is on screen as the app's IntersectionObserver counts it (with its
 * margin). Observers are told in the order they were made, so this one hears after the app's.
 */
export async function untilOnScreen(locator: Locator): Promise<void> {
  await locator.evaluate(
    (element, rootMargin) =>
      new Promise<void>((resolve) => {
        const observer = new IntersectionObserver(
          ([entry]) => {
            if (!entry.isIntersecting) return;
            observer.disconnect();
            resolve();
          },
          { rootMargin },
        );
        observer.observe(element);
      }),
    AHEAD_MARGIN,
  );
}

/** The first of the maps' outlines, once the first script has put them in the page. */
export const OUTLINES_LOADED = 'svg.map-outlines path';

/** Opens pages of the graphic served at `baseUrl`: the build's, or another (the tests' pseudo-language). */
export function useBrowser(baseUrl = inject('baseUrl')) {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });

  /**
   * Opens the graphic at `query` in a viewport `width` CSS px wide, waits for the map and its outlines and, as a
   * reader's pointer would, brings the app in (it loads on the first gesture) and waits for it.
   * `beforeLoad` runs on the new page before it loads (to hold back a script, say); the page is
   * then opened as soon as it starts to arrive, and left untouched.
   */
  async function open(
    query = '',
    width = 1280,
    { beforeLoad, untouched = Boolean(beforeLoad), ...media }: OpenOptions = {},
  ): Promise<OpenedPage> {
    // A context of its own, as axe-core requires; closed, with its page, after the test.
    const context = await browser.newContext({ viewport: { width, height: 900 }, ...media });
    contexts.push(context);
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await beforeLoad?.(page);
    await page.goto(`${baseUrl}${query}`, { waitUntil: beforeLoad ? 'commit' : 'load' });
    // A part on show: the map, or in an embed of one part that part. Held back, the app may keep
    // the page hidden: present is enough then.
    await page
      .locator(beforeLoad ? '[data-panel]' : '[data-panel]:visible')
      .first()
      .waitFor({ state: beforeLoad ? 'attached' : 'visible' });
    // The maps' outlines, which the first script fetches once the page has painted.
    if (!beforeLoad && media.javaScriptEnabled !== false) {
      await page.locator(OUTLINES_LOADED).first().waitFor({ state: 'attached' });
      // And the rules for paper, which it lets the browser fetch then too (none in the one-file build).
      await page.waitForFunction(() => {
        const paper = document.querySelector<HTMLLinkElement>('link[media="print"]');
        return !paper || paper.sheet !== null;
      });
    }
    if (!untouched && media.javaScriptEnabled !== false) {
      await page.mouse.move(1, 1);
      await page.locator(`[${APP_RUNNING_ATTRIBUTE}]`).waitFor({ state: 'attached' });
    }
    return { page, requests, errors };
  }

  return { open, baseUrl, browser: () => browser };
}
