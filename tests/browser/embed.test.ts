// The graphic inside other people's pages: host pages on another loopback port embed it as a
// pym.js 1.3.2 parent, with Datawrapper's listener, or with a spy that records every message.
// The graphic is served with the documented headers (CSP, CORS), as `npm run preview` does.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchChromium } from './chromium.mjs';
import { CEILINGS_AT_360, reportedHeight } from './embedHeights.mjs';
import { OUTLINES_LOADED } from './page.ts';

const baseUrl = inject('baseUrl');
const hostUrl = inject('hostUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Hosted {
  page: Page;
  frame: Frame;
  /** What went wrong in the graphic: uncaught errors, rejections, CSP violations, console errors. */
  problems: () => Promise<string[]>;
}

/** Opens a host page of `kind` at `width` embedding the graphic at `query`, and waits for the map. */
async function host(
  kind: 'pym' | 'datawrapper' | 'spy',
  width: number,
  query = '?embed=1',
  sandbox: string | null = null,
  isStorageBlocked = false,
): Promise<Hosted> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  // A control that never comes names itself, within the test's own time.
  page.setDefaultTimeout(10_000);
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  // As a browser that blocks a third-party frame's storage: every way in throws.
  if (isStorageBlocked)
    await page.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage', 'indexedDB', 'caches'])
        Object.defineProperty(window, name, {
          get: () => {
            throw new DOMException('Storage is blocked', 'SecurityError');
          },
        });
      Object.defineProperty(Document.prototype, 'cookie', {
        get: () => {
          throw new DOMException('Storage is blocked', 'SecurityError');
        },
      });
    });
  // Runs in every frame, the graphic's included, before its own scripts.
  await page.addInitScript(() => {
    const seen: string[] = ((window as any).problems = []);
    addEventListener('error', (event) => seen.push(`error: ${event.message}`));
    addEventListener('unhandledrejection', (event) => seen.push(`rejection: ${event.reason}`));
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`csp: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const params = new URLSearchParams({ src: `${baseUrl}${query}` });
  if (sandbox !== null) params.set('sandbox', sandbox);
  await page.goto(`${hostUrl}/${kind}?${params}`);
  const frameElement = await page.waitForSelector('iframe');
  const frame = (await frameElement.contentFrame())!;
  await frame.locator('[data-panel]:visible').first().waitFor();
  const problems = async () => [...consoleErrors, ...(await frame.evaluate(() => (window as any).problems as string[]))];
  return { page, frame, problems };
}

/**
 * Lets `count` frames be drawn in the graphic: its height goes out one frame after a resize, so a
 * feedback loop with the host would show within a few. Counted in frames, not in milliseconds.
 */
async function framesPass({ frame }: Hosted, count: number): Promise<void> {
  await frame.evaluate(async (frames) => {
    for (let i = 0; i < frames; i++) await new Promise(requestAnimationFrame);
  }, count);
}

/** How far the iframe's height is from the height of the graphic inside it. */
async function heightGap({ page, frame }: Hosted): Promise<number> {
  const frameHeight = await page.$eval('iframe', (el) => el.getBoundingClientRect().height);
  const contentHeight = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  return Math.abs(frameHeight - contentHeight);
}

describe.each(['pym', 'datawrapper'] as const)('auto-height with a %s host', (kind) => {
  it.each([
    [360, '?embed=1'],
    [730, '?embed=1'],
    [1280, '?embed=1'],
    [360, '?embed=1&part=map'],
    [730, '?embed=1&part=table'],
  ])('fits the frame to the graphic at %i px (%s), after load and after a year change', async (width, query) => {
    const hosted = await host(kind, width, query);
    await expect.poll(() => heightGap(hosted)).toBeLessThanOrEqual(2);
    const before = await hosted.page.$eval('iframe', (el) => el.getBoundingClientRect().height);
    expect(before).toBeGreaterThan(500);
    // 1991 has the longest "what changed" text: the graphic grows, and so must the frame.
    await hosted.frame.getByRole('slider', { name: 'Year' }).focus();
    await hosted.frame.getByRole('slider', { name: 'Year' }).press('Home');
    await expect.poll(() => heightGap(hosted)).toBeLessThanOrEqual(2);
    expect(await hosted.problems()).toEqual([]);
    await hosted.page.close();
  });
});

describe('a wrong address in an embed', () => {
  it('costs one short notice however many parameters are wrong, and the frame stays the graphic’s height', async () => {
    const plain = await host('datawrapper', 360);
    await expect.poll(() => heightGap(plain)).toBeLessThanOrEqual(2);
    const plainHeight = await plain.page.$eval('iframe', (el) => el.getBoundingClientRect().height);
    await plain.page.close();
    // Once 58,054 px tall, past the 20,000 px a host allows, with the controls outside the frame.
    const unknown = Array.from({ length: 300 }, (_, i) => `unknown${i}=1`).join('&');
    const hosted = await host('datawrapper', 360, `?embed=1&${unknown}`);
    await expect.poll(() => heightGap(hosted)).toBeLessThanOrEqual(2);
    const notices = await hosted.frame.locator('.notice').allTextContents();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('The address has 300 parameters this graphic does not know');
    const height = await hosted.page.$eval('iframe', (el) => el.getBoundingClientRect().height);
    expect(height - plainHeight).toBeLessThan(120);
    await hosted.frame.getByRole('slider', { name: 'Year' }).focus();
    await hosted.frame.getByRole('slider', { name: 'Year' }).press('ArrowLeft');
    await expect.poll(() => hosted.frame.getByRole('slider', { name: 'Year' }).inputValue()).toBe('2025');
    expect(await hosted.problems()).toEqual([]);
    await hosted.page.close();
  });
});

describe('messages to AMP and Medium hosts', () => {
  it.each(['?year=2018&embed=1', '?year=2018&embed=1&part=meetings'])(
    '%s sends the same height in every format, and nothing but the height',
    async (query) => {
      const hosted = await host('spy', 730, query);
      await expect.poll(() => hosted.page.evaluate(() => (window as any).received.length)).toBeGreaterThanOrEqual(3);
      const received: unknown[] = await hosted.page.evaluate(() => (window as any).received);
      const amp = received.filter((m: any) => m?.sentinel === 'amp');
      const medium = received
        .filter((m): m is string => typeof m === 'string' && m.includes('iframe.resize'))
        .map((m) => JSON.parse(m));
      const datawrapper = received.filter((m: any) => m?.['datawrapper-height']);
      expect(amp.length).toBeGreaterThan(0);
      expect(Object.keys(amp.at(-1) as object).sort()).toEqual(['height', 'sentinel', 'type']);
      expect(medium.at(-1)).toEqual({
        src: `${baseUrl}${query}`,
        context: 'iframe.resize',
        height: (amp.at(-1) as any).height,
      });
      expect(Object.values((datawrapper.at(-1) as any)['datawrapper-height'])).toEqual([(amp.at(-1) as any).height]);
      // Without a pym parent there is no child id, so no pym message.
      expect(received.some((m) => typeof m === 'string' && m.startsWith('pym'))).toBe(false);
      // Never sent twice for the same height.
      const heights = amp.map((m: any) => m.height);
      expect(heights.every((h, i) => i === 0 || h !== heights[i - 1])).toBe(true);
      await hosted.page.close();
    },
  );
});

describe('talking with a pym parent', () => {
  it('answers a width notice with its height, and falls silent once the height is settled', async () => {
    const hosted = await host('pym', 730, '?year=2018&embed=1');
    await expect.poll(() => heightGap(hosted)).toBeLessThanOrEqual(2);
    const childId = new URL(hosted.frame.url()).searchParams.get('childId');
    // No feedback loop: with nothing changing, nothing more is sent.
    const count = () => hosted.page.evaluate(() => (window as any).received.length as number);
    const settled = await count();
    await framesPass(hosted, 10);
    expect(await count()).toBe(settled);
    // pym's parent asks with its width; the answer is pym's height message for this child.
    await hosted.page.evaluate((id) => {
      document.querySelector('iframe')!.contentWindow!.postMessage(`pymxPYMx${id}xPYMxwidthxPYMx730`, '*');
    }, childId);
    await expect.poll(count).toBe(settled + 1);
    const answer = await hosted.page.evaluate(() => (window as any).received.at(-1));
    const frameHeight = await hosted.page.$eval('iframe', (el) => Math.round(el.getBoundingClientRect().height));
    expect(answer).toMatch(new RegExp(`^pymxPYMx${childId}xPYMxheightxPYMx(\\d+)$`));
    expect(Math.abs(Number(answer.split('xPYMx')[3]) - frameHeight)).toBeLessThanOrEqual(2);
    await hosted.page.close();
  });
});

describe('sandboxed frames', () => {
  it.each([
    ['allow-scripts', false],
    ['allow-scripts allow-same-origin', false],
    [null, false],
    [null, true],
  ] as const)(
    'works with sandbox=%j (storage blocked: %j): every control, auto-height, no error at all',
    async (sandbox, isStorageBlocked) => {
      const hosted = await host('datawrapper', 730, '?embed=1', sandbox, isStorageBlocked);
      const { page, frame } = hosted;
      await expect.poll(() => heightGap(hosted)).toBeLessThanOrEqual(2);
      // The first press comes before the app runs: a sandbox must not even be asked for a tab.
      // Each new tab is noted and closed at once: a page left in the background runs slowly.
      const newTabs: string[] = [];
      page.context().on('page', (opened) => {
        newTabs.push(opened.url());
        void opened.close().then(() => page.bringToFront());
      });
      await frame.getByRole('link', { name: 'Open the full interactive' }).click();
      if (sandbox === null) await expect.poll(() => newTabs.length).toBe(1);
      else await expect.poll(() => frame.getByLabel('Address of the full interactive').isVisible()).toBe(true);

      const slider = frame.getByRole('slider', { name: 'Year' });
      await slider.focus();
      await slider.press('ArrowLeft');
      await expect.poll(() => slider.inputValue()).toBe('2025');
      await frame.getByRole('button', { name: /Next change/ }).click();
      await frame.getByRole('button', { name: /Previous change/ }).click();
      // Every part under its tab.
      await frame.getByRole('tab', { name: 'Diagram' }).click();
      // The diagram, off screen under its tab, catches up with the year once shown, its chips
      // moving: a press waits for them to rest, as a reader's finger would.
      const year = await slider.inputValue();
      await expect.poll(() => frame.locator('#diagram-heading').textContent()).toContain(year);
      await frame
        .locator('figure.diagram')
        .evaluate((figure) => Promise.all(figure.getAnimations({ subtree: true }).map((animation) => animation.finished)));
      await frame.locator('[data-region] [data-iso="ARM"]').click();
      await expect.poll(() => frame.getByRole('region', { name: 'Armenia' }).isVisible()).toBe(true);
      // A reader taps the name, which stands over the shape and selects it too.
      await frame.getByRole('tab', { name: 'Map' }).click();
      await expect.poll(() => frame.locator('#panel-map').isVisible()).toBe(true);
      await frame.locator('[data-label-iso="KAZ"]').click();
      await expect.poll(() => frame.getByRole('region', { name: 'Kazakhstan' }).isVisible()).toBe(true);
      await frame.getByRole('tab', { name: 'Meetings' }).click();
      await frame.getByLabel('Show attendance on the map').check();
      await frame.getByLabel('Compare with').selectOption('2017');
      await frame.getByText('Every attendee, with sources').first().click();
      await frame.getByRole('tab', { name: 'Table' }).click();
      await frame.getByRole('button', { name: 'Georgia', exact: true }).click();
      await expect.poll(() => frame.getByRole('region', { name: 'Georgia' }).isVisible()).toBe(true);
      await frame.getByRole('button', { name: 'Download', exact: true }).click();
      await frame.getByRole('button', { name: 'Walk through the story' }).click();
      await frame.getByRole('button', { name: /Next/ }).first().click();

      // A source opens in a new tab where the frame allows one; a sandbox gives its address.
      const source = frame.locator('a[target="_blank"][rel~="noreferrer"]:visible').first();
      await source.click();
      if (sandbox === null) await expect.poll(() => newTabs.length).toBe(2);
      else {
        const address = frame.getByLabel('Address of the link');
        await expect.poll(() => address.isVisible()).toBe(true);
        expect(await address.inputValue()).toBe(await source.evaluate((link: HTMLAnchorElement) => link.href));
        await address.press('Escape');
        await expect.poll(() => address.count()).toBe(0);
        expect(await source.evaluate((link) => link === document.activeElement)).toBe(true);
      }

      // Presenting asks for full screen only where the frame allows it (none of these does).
      await frame.getByRole('button', { name: 'Present' }).click();
      await expect.poll(() => frame.getByText('This page may not go full screen here', { exact: false }).isVisible()).toBe(true);
      await frame.locator('body').press('Escape');
      expect(await hosted.problems()).toEqual([]);
      await page.close();
    },
  );
});

describe('a part in a sandboxed frame without storage', () => {
  it('works, and offers the way out as an address to copy', async () => {
    const hosted = await host('datawrapper', 360, '?embed=1&part=meetings', 'allow-scripts', true);
    const { frame } = hosted;
    await expect.poll(() => heightGap(hosted)).toBeLessThanOrEqual(2);
    await frame.getByRole('link', { name: 'Open the full interactive' }).click();
    await expect.poll(() => frame.getByLabel('Address of the full interactive').isVisible()).toBe(true);
    await frame.getByLabel('Compare with').selectOption('2017');
    await expect.poll(() => frame.locator('[data-meeting="2017"]').isVisible()).toBe(true);
    await frame.getByText('Every attendee, with sources').first().click();
    await expect.poll(() => frame.locator('[data-meeting="2026"] [data-attendee="RUS"]').isVisible()).toBe(true);
    await expect.poll(() => heightGap(hosted)).toBeLessThanOrEqual(2);
    expect(await hosted.problems()).toEqual([]);
    await hosted.page.close();
  });
});

describe('hostile messages from the parent', () => {
  it('change nothing and raise no error', async () => {
    const hosted = await host('pym', 730, '?year=2018&embed=1');
    await expect.poll(() => heightGap(hosted)).toBeLessThanOrEqual(2);
    const urlBefore = hosted.frame.url();
    const childId = new URL(urlBefore).searchParams.get('childId');
    await hosted.page.evaluate((id) => {
      const target = document.querySelector('iframe')!.contentWindow!;
      const hostile: unknown[] = [
        `pymxPYMx${id}xPYMxnavigateToxPYMxjavascript:alert(1)`,
        `pymxPYMx${id}xPYMxnavigateToxPYMxhttps://example.org/`,
        `pymxPYMx${id}xPYMxscrollToChildPosxPYMx5000`,
        `pymxPYMxsomeone-elsexPYMxwidthxPYMx500`,
        `pymxPYMx${id}xPYMxwidthxPYMx-5`,
        `pymxPYMx${id}xPYMxwidthxPYMx99999999999`,
        `pymxPYMx${id}xPYMxwidthxPYMx1e9`,
        `pymxPYMx${id}xPYMxheightxPYMx<img src=x onerror=alert(1)>`,
        'x'.repeat(1_000_000),
        { year: 1991 },
        { 'datawrapper-height': { x: 1e9 } },
        { sentinel: 'amp', type: 'embed-size', height: -1 },
        null,
        42,
        [1, 2, 3],
        new Date(0),
      ];
      for (const message of hostile) target.postMessage(message, '*');
    }, childId);
    // Messages from one window arrive in order: once a last one has, every hostile one was handled.
    await hosted.frame.evaluate(() => {
      (window as any).lastArrived = new Promise<void>((resolve) =>
        addEventListener('message', (event) => event.data === 'last' && resolve()),
      );
    });
    await hosted.page.evaluate(() => document.querySelector('iframe')!.contentWindow!.postMessage('last', '*'));
    await hosted.frame.evaluate(() => (window as any).lastArrived);
    await framesPass(hosted, 5);
    expect(hosted.frame.url()).toBe(urlBefore);
    expect(await hosted.frame.getByRole('slider', { name: 'Year' }).inputValue()).toBe('2018');
    expect(await hosted.frame.locator('img').count()).toBe(0);
    expect(await heightGap(hosted)).toBeLessThanOrEqual(2);
    expect(await hosted.problems()).toEqual([]);
    await hosted.page.close();
  });
});

describe('embed kit', () => {
  /** Opens the full page, opens the kit and reads the two codes. */
  async function openKit(query: string, permissions: string[]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(permissions, { origin: new URL(baseUrl).origin });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${query}`);
    await page.getByRole('button', { name: 'Embed this graphic' }).click();
    const code = (id: string) => page.locator(`[data-snippet="${id}"] textarea`).inputValue();
    return { context, page, iframeCode: await code('iframe'), pymCode: await code('pym') };
  }

  it('offers codes for the view on screen, and the iframe code keeps its frame as tall as the graphic', async () => {
    const { context, iframeCode, pymCode } = await openKit('?year=2018&compare=2017&country=ARM', []);
    const embedAddress = `${baseUrl}?year=2018&amp;country=ARM&amp;compare=2017&amp;embed=1`;
    expect(iframeCode).toContain(`<iframe src="${embedAddress}" title="Interactive map:`);
    expect(pymCode).toContain(`data-pym-src="${embedAddress}"`);
    expect(pymCode).toContain(`<a href="${baseUrl}?year=2018&amp;country=ARM&amp;compare=2017">`);
    expect(pymCode).toContain(`<script src="${baseUrl}pym.v1.min.js"></script>`);

    // Pasted into an article on another origin, the code works as it is.
    const article = await context.newPage();
    await article.setViewportSize({ width: 730, height: 800 });
    await article.goto(`${hostUrl}/article`);
    await article.evaluate((code) => {
      const paste = document.getElementById('paste')!;
      paste.append(document.createRange().createContextualFragment(code));
    }, iframeCode);
    const frame = (await (await article.waitForSelector('iframe')).contentFrame())!;
    await frame.locator('svg [data-iso]').first().waitFor();
    expect(await frame.getByRole('slider', { name: 'Year' }).inputValue()).toBe('2018');
    expect(await frame.locator('[data-meeting="2017"]').count()).toBe(1);
    await expect.poll(() => heightGap({ page: article, frame, problems: async () => [] })).toBeLessThanOrEqual(2);
    await context.close();
  });

  it('offers each part, the latest year and a theme, names the part in the title, and previews it at phone width', async () => {
    const { context, page } = await openKit('?year=2018&country=ARM', []);
    await page.getByLabel('Part', { exact: true }).selectOption({ label: 'Diagram' });
    await page.getByLabel('View', { exact: true }).selectOption({ label: 'Always the latest year' });
    await page.getByLabel('Theme', { exact: true }).selectOption({ label: 'Dark' });
    const iframeCode = await page.locator('[data-snippet="iframe"] textarea').inputValue();
    expect(iframeCode).toContain(`<iframe src="${baseUrl}?embed=1&amp;part=diagram&amp;theme=dark" title="Interactive diagram:`);
    expect(await page.locator('[data-snippet="pym"] textarea').inputValue()).toContain(`<a href="${baseUrl}?theme=dark">`);
    // The preview is that embed, 360 px wide, as tall as it reports itself.
    const previewElement = page.locator('.preview iframe');
    expect(await previewElement.getAttribute('src')).toBe(`${baseUrl}?embed=1&part=diagram&theme=dark`);
    expect(await previewElement.evaluate((frame) => frame.clientWidth)).toBe(360);
    const preview = (await (await previewElement.elementHandle())!.contentFrame())!;
    await preview.locator('[data-region] [data-iso="ARM"]').waitFor();
    expect(await visibleParts(preview)).toEqual({ headline: ['diagram'], panels: ['diagram'] });
    await expect
      .poll(async () =>
        Math.abs((await previewElement.evaluate((frame) => frame.clientHeight)) - (await reportedHeight(preview))),
      )
      .toBeLessThanOrEqual(2);
    await context.close();
  });

  it('writes the frame’s title in the language chosen for the embed, not the kit’s', async () => {
    const { context, page } = await openKit('', []);
    const iframeCode = () => page.locator('[data-snippet="iframe"] textarea').inputValue();
    await page.getByLabel('Part', { exact: true }).selectOption({ label: 'Table' });
    await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Русский' });
    await expect
      .poll(iframeCode)
      .toContain(
        `<iframe src="${baseUrl}ru/?embed=1&amp;part=table" title="Интерактивная таблица: 15 бывших советских республик в СНГ и ОДКБ, 1991–2026\u00a0гг."`,
      );
    expect(await page.locator('[data-snippet="pym"] textarea').inputValue()).toContain('data-pym-title="Интерактивная таблица:');
    await page.getByLabel('Language', { exact: true }).selectOption({ label: 'English' });
    await expect
      .poll(iframeCode)
      .toContain('title="Interactive table: the 15 former Soviet republics in the CIS and the CSTO, 1991 to 2026"');
    await context.close();
  });

  it('copies with the clipboard where allowed, and otherwise selects the code to copy by hand', async () => {
    const allowed = await openKit('', ['clipboard-read', 'clipboard-write']);
    await allowed.page.locator('[data-snippet="pym"] button').click();
    await expect.poll(() => allowed.page.getByText('Copied.').isVisible()).toBe(true);
    expect(await allowed.page.evaluate(() => navigator.clipboard.readText())).toBe(allowed.pymCode);
    await allowed.context.close();

    const refused = await openKit('', []);
    await refused.page.evaluate(() => {
      // As in a frame without clipboard-write: the browser refuses.
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
    });
    await refused.page.locator('[data-snippet="iframe"] button').click();
    await expect.poll(() => refused.page.getByText(/Copying is not allowed here/).isVisible()).toBe(true);
    const selected = await refused.page.evaluate(() => {
      const area = document.activeElement as HTMLTextAreaElement;
      return area.value.slice(area.selectionStart, area.selectionEnd);
    });
    expect(selected).toBe(refused.iframeCode);
    await refused.context.close();
  });
});

/** The host page's width at which its article column (16 px padding each side) makes a frame this wide. */
const hostWidthFor = (frameWidth: number) => frameWidth + 32;

/** The frame's height in the host page, once it fits the graphic. */
async function settledFrameHeight(hosted: Hosted): Promise<number> {
  await expect.poll(() => heightGap(hosted)).toBeLessThanOrEqual(2);
  return hosted.page.$eval('iframe', (el) => Math.round(el.getBoundingClientRect().height));
}

/** What a reader sees of the parts: the visible headline and which panels show. */
async function visibleParts(frame: Frame) {
  return frame.evaluate(() => ({
    headline: [...document.querySelectorAll<HTMLElement>('h1 [data-headline]')]
      .filter((span) => span.checkVisibility())
      .map((span) => span.dataset.headline),
    panels: [...document.querySelectorAll<HTMLElement>('[data-panel]')]
      .filter((panel) => panel.checkVisibility())
      .map((panel) => panel.dataset.panel),
  }));
}

describe('parts an editor can embed alone', () => {
  // The ceilings at 360 px, in the default view: deterministic with these fonts in this Chromium.
  it.each([
    ['map', CEILINGS_AT_360.map!],
    ['diagram', CEILINGS_AT_360.diagram!],
    ['meetings', CEILINGS_AT_360.meetings!],
  ] as const)(
    'part=%s is one part, with its headline, the year and the way out, at most %i px tall at 360 px',
    async (part, ceiling) => {
      const hosted = await host('pym', hostWidthFor(360), `?embed=1&part=${part}`);
      const { frame } = hosted;
      expect(await settledFrameHeight(hosted)).toBeLessThanOrEqual(ceiling);
      expect(await visibleParts(frame)).toEqual({ headline: [part], panels: [part] });
      expect(await frame.getByRole('slider', { name: 'Year' }).isVisible()).toBe(true);
      expect(await frame.getByRole('link', { name: 'Open the full interactive' }).isVisible()).toBe(true);
      expect(await frame.locator('.source-line').isVisible()).toBe(true);
      expect(await frame.getByRole('tablist').isVisible()).toBe(false);
      // Each part's key, and the comparison for the meetings.
      const key = { map: '.legend', diagram: '[data-region="neither"]', meetings: '[aria-labelledby="csto-strip-heading"]' }[
        part
      ];
      expect(await frame.locator(key).first().isVisible()).toBe(true);
      if (part === 'meetings') expect(await frame.getByLabel('Compare with').isVisible()).toBe(true);
      // The view follows the reader in the address, as a part; the way out is the whole graphic.
      const slider = frame.getByRole('slider', { name: 'Year' });
      await slider.focus();
      await slider.press('ArrowLeft');
      await expect.poll(() => new URL(frame.url()).search).toBe(`?year=2025&embed=1&part=${part}`);
      expect(await frame.getByRole('link', { name: 'Open the full interactive' }).getAttribute('href')).toBe(
        `${baseUrl}?year=2025`,
      );
      expect(await hosted.problems()).toEqual([]);
      await hosted.page.close();
    },
  );

  it('part=table shows every republic, each name opening its details with the sources', async () => {
    const hosted = await host('pym', 360, '?embed=1&part=table');
    const { frame } = hosted;
    await settledFrameHeight(hosted);
    expect(await visibleParts(frame)).toEqual({ headline: ['table'], panels: ['table'] });
    expect(await frame.locator('.status-table tbody tr:visible').count()).toBe(15);
    await frame.getByRole('button', { name: 'Moldova', exact: true }).click();
    const details = frame.getByRole('region', { name: 'Moldova' });
    await expect.poll(() => details.isVisible()).toBe(true);
    expect(await details.locator('a').count()).toBeGreaterThan(0);
    expect(await hosted.problems()).toEqual([]);
    await hosted.page.close();
  });

  it('the whole embed is at most 1,500 px tall at 360 px under every tab, and the arrow keys move between tabs', async () => {
    const hosted = await host('pym', hostWidthFor(360));
    const { frame } = hosted;
    expect(await visibleParts(frame)).toEqual({ headline: ['whole'], panels: ['map'] });
    expect(await settledFrameHeight(hosted)).toBeLessThanOrEqual(CEILINGS_AT_360.whole!);
    for (const [tab, part] of [
      ['Diagram', 'diagram'],
      ['Meetings', 'meetings'],
      ['Table', 'table'],
    ] as const) {
      await frame.getByRole('tab', { name: tab }).click();
      await expect.poll(async () => (await visibleParts(frame)).panels).toEqual([part]);
      expect(await settledFrameHeight(hosted)).toBeLessThanOrEqual(CEILINGS_AT_360.whole!);
    }
    // WAI-ARIA tabs: the selected tab is the one tab stop; arrows move and choose.
    const table = frame.getByRole('tab', { name: 'Table' });
    expect(await table.getAttribute('aria-selected')).toBe('true');
    await table.press('ArrowRight');
    await expect.poll(async () => (await visibleParts(frame)).panels).toEqual(['map']);
    expect(await frame.evaluate(() => document.activeElement?.textContent)).toBe('Map');
    expect(await frame.getByRole('tabpanel', { name: 'Map' }).isVisible()).toBe(true);
    expect(await hosted.problems()).toEqual([]);
    await hosted.page.close();
  });

  it('shows the map alone from the prerendered page, before any of the app runs', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    // The app's code never comes: what shows is the first script's layout of the prerendered page.
    await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
    await page.goto(`${baseUrl}?embed=1&part=map`);
    expect(await visibleParts(page.mainFrame())).toEqual({ headline: ['map'], panels: ['map'] });
    // The first script, in the page itself, fetches the outlines: no script file is needed.
    await page.locator(OUTLINES_LOADED).first().waitFor({ state: 'attached' });
    expect(await page.locator('svg [data-iso="ARM"]').isVisible()).toBe(true);
    await page.close();
  });

  it('says so in a part the page leaves to the app, when its code does not come', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.route(/\/assets\/startApp-[^/]+\.js$/, (route) => route.abort());
    await page.goto(`${baseUrl}?embed=1&part=diagram`);
    const line = page.locator('#panel-diagram [data-load-failed]');
    await expect.poll(() => line.isVisible()).toBe(true);
    expect(await visibleParts(page.mainFrame())).toEqual({ headline: ['diagram'], panels: ['diagram'] });
    await page.close();
  });

  it('answers a wrong part with the whole graphic and a notice naming the parts', async () => {
    const hosted = await host('datawrapper', 360, '?embed=1&part=chart');
    const { frame } = hosted;
    await expect
      .poll(() => frame.locator('.notice').textContent())
      .toContain('“part” can be “map”, “diagram”, “meetings” or “table”, not “chart”');
    expect(await visibleParts(frame)).toEqual({ headline: ['whole'], panels: ['map'] });
    expect(await hosted.problems()).toEqual([]);
    await hosted.page.close();
  });
});
