// Shared set-up of the browser tests: one Chromium per file, a fresh page per test, and a
// record of every request and page error so that tests can assert there were none.
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium.mjs';

export interface OpenedPage {
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** Uncaught errors and console errors. */
  errors: string[];
}

export interface OpenOptions {
  reducedMotion?: 'reduce';
  colorScheme?: 'light' | 'dark';
  javaScriptEnabled?: boolean;
  beforeLoad?: (page: Page) => Promise<void>;
}

export function useBrowser() {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const baseUrl = inject('baseUrl');

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
   * Opens the graphic at `query` in a viewport `width` CSS px wide and waits for the map.
   * `beforeLoad` runs on the new page before it loads (to hold back a script, say); the page is
   * then opened as soon as it starts to arrive, not once every script has run.
   */
  async function open(
    query = '',
    width = 1280,
    { beforeLoad, ...media }: OpenOptions = {},
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
    // Held back, the app may keep the page hidden: present is enough then.
    await page.locator('svg [data-iso]').first().waitFor({ state: beforeLoad ? 'attached' : 'visible' });
    return { page, requests, errors };
  }

  return { open, baseUrl, browser: () => browser };
}
