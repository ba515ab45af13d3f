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

  /** Opens the graphic at `query` in a viewport `width` CSS px wide and waits for the map. */
  async function open(
    query = '',
    width = 1280,
    media: { reducedMotion?: 'reduce'; colorScheme?: 'light' | 'dark' } = {},
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
    await page.goto(`${baseUrl}${query}`);
    await page.locator('svg [data-iso]').first().waitFor();
    return { page, requests, errors };
  }

  return { open, baseUrl };
}
