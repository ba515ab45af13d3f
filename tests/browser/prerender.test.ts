// The page arrives prerendered: the default view is whole without JavaScript, the app takes it
// over without a shift or a warning, and a view chosen by address never shows the default first.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './page.ts';

const { open } = useBrowser();

/** What a reader gets of the view: each republic's statuses on the map, chips, rows and the words. */
function snapshotOfView(page: Page) {
  return page.evaluate(() => {
    const attributes = (selector: string, ...names: string[]) =>
      [...document.querySelectorAll(selector)].map((el) => names.map((name) => el.getAttribute(name)).join(' '));
    return {
      map: attributes('svg [data-iso]', 'data-iso', 'data-cis', 'data-csto'),
      chips: [...document.querySelectorAll('[data-region] [data-iso]')].map(
        (chip) => `${chip.closest('[data-region]')!.getAttribute('data-region')} ${chip.getAttribute('data-iso')}`,
      ),
      rows: [...document.querySelectorAll('[data-row-iso]')].map((row) => row.textContent!.replace(/\s+/g, ' ').trim()),
      summary: document.getElementById('map-summary')!.textContent,
      meeting: document.querySelector('section.meetings')?.textContent ?? null,
    };
  });
}

/** Holds back the app's code (or another script) until `release` is called, so the page can be seen without it. */
function holdScript(script = /\/assets\/startApp-[^/]+\.js$/) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const beforeLoad = async (page: Page) => {
    await page.route(script, async (route) => {
      await released;
      await route.continue();
    });
  };
  return { beforeLoad, release: () => release() };
}

/**
 * Holds the app back with `held`, and stops the stylesheet's animations: it reveals a hidden page
 * anyway after a few seconds, should the app never start, and a slow machine must not reveal it
 * before the check.
 */
const frozenAndHeld = (held: ReturnType<typeof holdScript>) => async (page: Page) => {
  const devtools = await page.context().newCDPSession(page);
  await devtools.send('Animation.enable');
  await devtools.send('Animation.setPlaybackRate', { playbackRate: 0 });
  await held.beforeLoad(page);
};

describe('prerendered page', () => {
  it('shows the map, the year and its changes without JavaScript, with a note that the rest needs it', async () => {
    const { page } = await open('', 1280, { javaScriptEnabled: false });
    const view = await snapshotOfView(page);
    expect(view.map).toHaveLength(15);
    // As of 31 March 2026, from membership.md: Georgia withdrawn from both (the Treaty in 1999),
    // Ukraine's CIS participation ended, Moldova withdrawing (provisional), Armenia frozen.
    expect(view.map).toContain('GEO withdrawn withdrawn');
    expect(view.map).toContain('UKR ended none');
    expect(view.map.find((entry) => entry.startsWith('MDA'))).toBe('MDA withdrawing none');
    expect(view.map.find((entry) => entry.startsWith('ARM'))).toBe('ARM member frozen');
    expect(view.summary).toContain('31 March 2026');
    // The parts below the maps are the app's to draw (the first load stays small): no promise
    // of them where no script will come, only the note.
    expect(view.chips).toHaveLength(0);
    expect(view.rows).toHaveLength(0);
    expect(view.meeting).toBeNull();
    await expect(page.getByText(/need JavaScript/).isVisible()).resolves.toBe(true);
    // Their outlines come by script: no empty frames stand where the maps would be.
    await expect(page.locator('.maps').isVisible()).resolves.toBe(false);
    expect(await page.locator('.drawn-later').count()).toBe(3);
    expect(await page.locator('.drawn-later').evaluateAll((parts) => parts.filter((part) => part.checkVisibility()))).toEqual([]);
    await expect(page.getByRole('slider', { name: 'Year' }).isVisible()).resolves.toBe(false);
  });

  it("fetches the maps' outlines only once it has painted, so that they never delay the first paint", async () => {
    const { page } = await open('', 360, { untouched: true });
    const [paint, outlines] = await page.evaluate(() => [
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      performance.getEntriesByType('resource').find((entry) => entry.name.includes('/outlines-'))?.startTime,
    ]);
    expect(paint).toBeGreaterThan(0);
    expect(outlines).toBeGreaterThan(paint!);
  });

  it('holds what the app itself draws for the same year, and gets the rest from it', async () => {
    const prerendered = await snapshotOfView((await open('', 1280, { javaScriptEnabled: false })).page);
    // An address with a year makes the app draw the view itself instead of taking over the HTML.
    const drawn = await snapshotOfView((await open('?year=2026')).page);
    expect(prerendered.map).toEqual(drawn.map);
    expect(prerendered.summary).toBe(drawn.summary);
    const { page } = await open('', 1280, { untouched: true });
    await page.mouse.move(1, 1);
    await page.locator('[data-app-running]').waitFor({ state: 'attached' });
    const takenOver = await snapshotOfView(page);
    expect(takenOver).toEqual(drawn);
    expect(takenOver.chips).toHaveLength(15);
    expect(await page.locator('.drawn-later').count()).toBe(0);
  });

  it('is taken over by the app as it is: same nodes, no layout shift, no warning', async () => {
    const held = holdScript();
    const messages: string[] = [];
    const { page, errors } = await open('', 1280, {
      beforeLoad: async (page) => {
        page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
        await page.addInitScript(() => {
          type Shift = { value: number; hadRecentInput: boolean };
          const shifts: number[] = [];
          // As CLS counts them: a shift right after the reader's own input is not one.
          const keep = (entries: Shift[]) =>
            entries.filter((entry) => !entry.hadRecentInput).forEach((entry) => shifts.push(entry.value));
          const observer = new PerformanceObserver((list) => keep(list.getEntries() as unknown as Shift[]));
          observer.observe({ type: 'layout-shift', buffered: true });
          // Every shift of the frames drawn so far, also those the observer has not been told of yet.
          (window as unknown as { layoutShifts: () => number[] }).layoutShifts = () => {
            keep(observer.takeRecords() as unknown as Shift[]);
            return shifts;
          };
        });
        await held.beforeLoad(page);
      },
    });
    const prerenderedMap = await page.locator('svg[role="group"]').first().elementHandle();
    held.release();
    // A pointer in the corner brings the app in; over the map, it would open a tooltip.
    await page.mouse.move(1, 1);
    await page.locator('[data-app-running]').waitFor({ state: 'attached' });
    // The frames that show the app's first render, counted in frames rather than milliseconds.
    await page.evaluate(async () => {
      for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
    });
    // Shifts of the takeover only: the year change below moves the buttons' labels, at the
    // reader's own key (CLS forgives that, but only within 500 ms, which a busy machine can miss).
    const shiftsOfTakeover = await page.evaluate(() => (window as unknown as { layoutShifts: () => number[] }).layoutShifts());
    const slider = page.getByRole('slider', { name: 'Year' });
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('#map-summary').textContent()).toContain('2025');
    expect(await prerenderedMap!.evaluate((node) => node.isConnected)).toBe(true);
    expect(shiftsOfTakeover).toEqual([]);
    expect(messages).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('never shows the default year when the address asks for another', async () => {
    const held = holdScript();
    // A selected republic is the app's to draw; a year alone the first script shows (below).
    const { page } = await open('?year=2009&country=GEO', 1280, { beforeLoad: frozenAndHeld(held) });
    // Before the app runs, the prerendered 2026 is in the page but hidden.
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('app')!).visibility)).toBe('hidden');
    held.release();
    await expect.poll(() => page.getByRole('slider', { name: 'Year' }).inputValue()).toBe('2009');
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('app')!).visibility)).toBe('visible');
    await expect(page.locator('#map-summary').textContent()).resolves.toContain('2009');
  });
});

/** The scripts a page loaded, without their hashes. */
const scriptsLoaded = (requests: string[]) =>
  requests.filter((url) => url.endsWith('.js')).map((url) => new URL(url).pathname.replace(/-[\w-]+\.js$/, ''));

describe('the app comes when a reader reaches for it', () => {
  it('serves an embed (?embed=1) as it is too: its own layout before the app runs, the same height after', async () => {
    const { page, requests } = await open('?embed=1', 730, { untouched: true });
    await page.waitForLoadState('networkidle');
    expect(scriptsLoaded(requests)).toEqual(['/assets/index']);
    const wayOut = page.getByRole('link', { name: 'Open the full interactive' });
    const visible = async () => ({
      wayOut: await wayOut.isVisible(),
      intro: await page.locator('header .intro').isVisible(),
      sourcesFolded: await page.locator('.all-sources > summary').isVisible(),
      embedKit: await page.getByRole('button', { name: 'Embed this graphic' }).isVisible(),
    });
    expect(await visible()).toEqual({ wayOut: true, intro: false, sourcesFolded: true, embedKit: false });
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    const prerenderedHeight = await height();
    await page.mouse.move(1, 1);
    await page.locator('[data-app-running]').waitFor({ state: 'attached' });
    expect(await visible()).toEqual({ wayOut: true, intro: false, sourcesFolded: true, embedKit: false });
    expect(await height()).toBe(prerenderedHeight);
    // Running, the way out names this page's address without the embed's parameters.
    await expect.poll(() => wayOut.getAttribute('href')).toMatch(/^http:\/\/[^?]+$/);
  });

  it('shows the sources open on the full page, once the app has drawn them', async () => {
    const { page } = await open('', 1280, { untouched: true });
    expect(await page.locator('.all-sources > summary').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Open the full interactive' }).isVisible()).toBe(false);
    await page.mouse.move(1, 1);
    await expect.poll(() => page.locator('.all-sources li a').first().isVisible()).toBe(true);
    expect(await page.locator('.all-sources > summary').isVisible()).toBe(false);
  });

  it('loads only a small first script until a pointer, a touch, a key or the focus comes', async () => {
    const { page, requests } = await open('', 1280, { untouched: true });
    await page.waitForLoadState('networkidle');
    const scripts = () => scriptsLoaded(requests);
    expect(scripts()).toEqual(['/assets/index']);
    expect(await page.locator('[data-app-running]').count()).toBe(0);
    await page.mouse.move(600, 700);
    await page.locator('[data-app-running]').waitFor({ state: 'attached' });
    expect(scripts()).toContain('/assets/startApp');
    // Running: a republic answers the pointer.
    await page.locator('[data-label-iso="KAZ"]').hover();
    await expect.poll(() => page.getByRole('tooltip').textContent()).toContain('Kazakhstan');
  });

  it('keeps what a reader did before the app ran: a fold opened, a tab chosen', async () => {
    const held = holdScript();
    const { page } = await open('?embed=1', 360, { beforeLoad: held.beforeLoad });
    await page.locator('.notes > summary').click();
    await page.getByRole('tab', { name: 'Table' }).click();
    expect(await page.locator('[data-app-running]').count()).toBe(0);
    held.release();
    await page.locator('[data-app-running]').waitFor({ state: 'attached' });
    expect(await page.locator('.notes').evaluate((fold: HTMLDetailsElement) => fold.open)).toBe(true);
    // The table, chosen before it was drawn, shows the year's rows.
    await expect.poll(() => page.locator('[data-row-iso]').count()).toBe(15);
    await expect(page.locator('details.status-table caption').textContent()).resolves.toContain('2026');
  });

  it('says where a part is still to come, in the embed’s tab', async () => {
    const held = holdScript();
    const { page } = await open('?embed=1', 360, { beforeLoad: held.beforeLoad });
    await page.getByRole('tab', { name: 'Meetings' }).click();
    // The first script does not switch tabs: the press waits for the app; the panel is there for the tab to name.
    expect(await page.locator('#panel-meetings').textContent()).toContain(
      'This part appears once the interactive graphic has loaded.',
    );
    held.release();
    await expect.poll(() => page.locator('#panel-meetings').isVisible()).toBe(true);
    await expect.poll(() => page.locator('section.meetings').count()).toBe(1);
  });

  it('keeps what a reader did before even the first script had come', async () => {
    const held = holdScript(/\/assets\/index-[^/]+\.js$/);
    const { page } = await open('', 1280, { beforeLoad: held.beforeLoad });
    const slider = page.getByRole('slider', { name: 'Year' });
    await slider.focus();
    await page.keyboard.press('Home');
    expect(await page.locator('[data-app-running]').count()).toBe(0);
    // The page's inline first script alone moves the map's summary.
    expect(await page.locator('#map-summary').textContent()).toContain('1991');
    held.release();
    await page.locator('[data-app-running]').waitFor({ state: 'attached' });
    await expect.poll(() => page.locator('#map-summary').textContent()).toContain('1991');
  });

  it('does what a button said when pressed before the app ran: the label follows the slider', async () => {
    // Issue 19's case: the reader moves the slider to 2000 and presses "previous change". The
    // label on screen then reads 1999 (it once still read 2024), and 1999 is what the app shows.
    const held = holdScript();
    const { page } = await open('', 1280, { beforeLoad: held.beforeLoad });
    await page.getByRole('slider', { name: 'Year' }).fill('2000');
    expect(await page.locator('[data-action="previous-change"]').innerText()).toBe('‹ Previous change: 1999');
    await page.getByRole('button', { name: 'Previous change: 1999' }).click();
    held.release();
    await page.locator('[data-app-running]').waitFor({ state: 'attached' });
    await expect.poll(() => page.getByRole('slider', { name: 'Year' }).inputValue()).toBe('1999');
    await expect.poll(() => page.locator('#map-summary').textContent()).toContain('1999');
    expect(await page.locator('.dropped-press').count()).toBe(0);
  });

  it('does nothing, and says so, with a button whose label changed after the press', async () => {
    // Pressed at 2000 ("next change: 2005"), then the slider moved on to 2010: the press is not
    // turned into a jump from 2010, which no label ever offered.
    const held = holdScript();
    const { page } = await open('', 1280, { beforeLoad: held.beforeLoad });
    const slider = page.getByRole('slider', { name: 'Year' });
    await slider.fill('2000');
    await page.getByRole('button', { name: 'Next change: 2005' }).click();
    await slider.fill('2010');
    held.release();
    await page.locator('[data-app-running]').waitFor({ state: 'attached' });
    await expect
      .poll(() => page.locator('.dropped-press').textContent())
      .toContain(
        '“Next change: 2005 ›” was pressed while the graphic was still loading; the button now reads “Next change: 2012 ›”',
      );
    expect(await slider.inputValue()).toBe('2010');
    await expect.poll(() => page.locator('#map-summary').textContent()).toContain('2010');
  });

  it('presses a button pressed before it ran', async () => {
    const held = holdScript();
    const { page } = await open('', 1280, { beforeLoad: held.beforeLoad });
    await page.getByRole('button', { name: /Previous change: 2024/ }).click();
    held.release();
    await page.locator('[data-app-running]').waitFor({ state: 'attached' });
    await expect.poll(() => page.getByRole('slider', { name: 'Year' }).inputValue()).toBe('2024');
  });
});

describe('the first touch, before the app’s code has come', () => {
  /** What a reader sees of the year: every shape's colour and patterns, the year, its words and the buttons. */
  const yearOnScreen = (page: Page) =>
    page.evaluate(() => ({
      shapes: [...document.querySelectorAll('#app use[data-iso], #app use[data-inset-iso]')].map(
        (shape) => `${shape.getAttribute('data-iso') ?? shape.getAttribute('data-inset-iso')} ${shape.getAttribute('fill')}`,
      ),
      patterns: [...document.querySelectorAll('#app [data-tie] use')].map((use) => use.getAttribute('fill')),
      year: document.querySelector('.year-controls .year')!.textContent,
      valueText: document.getElementById('year-slider')!.getAttribute('aria-valuetext'),
      changes: document.querySelector('[data-what-changed]')!.textContent,
      summary: document.getElementById('map-summary')!.textContent,
      buttons: [...document.querySelectorAll<HTMLElement>('[data-action$="-change"]')].map(
        (b) => `${b.innerText} ${b.matches(':disabled')}`,
      ),
    }));

  it('moves the map, the year and its changes as the app then shows them, in every year', async () => {
    const held = holdScript();
    const { page } = await open('', 1280, { beforeLoad: held.beforeLoad });
    const slider = page.getByRole('slider', { name: 'Year' });
    const early = [];
    for (let year = 1991; year <= 2026; year++) {
      await slider.fill(String(year));
      early.push(await yearOnScreen(page));
    }
    expect(await page.locator('[data-app-running]').count()).toBe(0);
    held.release();
    await page.locator('[data-app-running]').waitFor({ state: 'attached' });
    const running = [];
    for (let year = 1991; year <= 2026; year++) {
      await slider.fill(String(year));
      running.push(await yearOnScreen(page));
    }
    expect(early).toEqual(running);
    // The measure can fail: the years differ from one another.
    expect(new Set(early.map((year) => year.summary)).size).toBe(36);
    expect(new Set(early.map((year) => year.shapes.join())).size).toBeGreaterThan(5);
  });

  it('follows the keyboard on the slider at once', async () => {
    const held = holdScript();
    const { page } = await open('', 360, { beforeLoad: held.beforeLoad });
    await page.getByRole('slider', { name: 'Year' }).focus();
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('.year-controls .year').textContent()).toBe('2025');
    expect(await page.locator('#map-summary').textContent()).toContain('31 December 2025');
  });

  it('dims what cannot follow and says it is catching up, until the app runs', async () => {
    const held = holdScript();
    const { page } = await open('', 360, { beforeLoad: held.beforeLoad });
    await page.getByRole('slider', { name: 'Year' }).fill('1992');
    const badge = () =>
      page.locator('.legend').evaluate((key) => ({
        words: getComputedStyle(key, '::before').content,
        opacity: getComputedStyle(key.firstElementChild!).opacity,
      }));
    expect(await badge()).toEqual({ words: '"Catching up with the year you chose…"', opacity: '0.35' });
    held.release();
    await page.locator('[data-app-running]').waitFor({ state: 'attached' });
    expect(await badge()).toEqual({ words: 'none', opacity: '1' });
    await expect.poll(() => page.locator('#diagram-heading').textContent()).toContain('1992');
  });

  it('keeps a part the page leaves to the app out of sight until the app has drawn it', async () => {
    const held = holdScript();
    const { page } = await open('?embed=1&part=diagram', 360, { beforeLoad: frozenAndHeld(held) });
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('app')!).visibility)).toBe('hidden');
    held.release();
    await expect.poll(() => page.locator('figure.diagram [data-region] [data-iso]').count()).toBe(15);
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('app')!).visibility)).toBe('visible');
  });

  it('shows the address’s year on the map before the app’s code has come', async () => {
    const held = holdScript();
    const { page } = await open('?year=1995&theme=dark', 1280, { beforeLoad: held.beforeLoad });
    await expect.poll(() => page.locator('#map-summary').textContent()).toContain('31 December 1995');
    expect(await page.locator('#map-summary').isVisible()).toBe(true);
    expect(await page.getByRole('slider', { name: 'Year' }).inputValue()).toBe('1995');
    expect(await page.locator('[data-app-running]').count()).toBe(0);
    held.release();
    await page.locator('[data-app-running]').waitFor({ state: 'attached' });
    await expect.poll(() => page.getByRole('slider', { name: 'Year' }).inputValue()).toBe('1995');
  });

  it('makes the republics buttons, named with their standing, only once the app runs', async () => {
    const held = holdScript();
    const { page } = await open('', 1280, { beforeLoad: held.beforeLoad });
    await page.locator('svg [data-iso="UKR"]').waitFor({ state: 'attached' });
    // Before it, nothing could press them, and the slider would leave their words on 2026.
    await page.getByRole('slider', { name: 'Year' }).fill('1995');
    expect(await page.locator('svg [data-iso][role], svg [data-iso][aria-label], svg [data-iso][tabindex]').count()).toBe(0);
    held.release();
    await page.mouse.move(1, 1);
    await page.locator('[data-app-running]').waitFor({ state: 'attached' });
    // Ukraine took part in the CIS from 1991 to 2018 (membership.md): its words say the slider's year.
    const ukraine = page.locator('svg [data-iso="UKR"]');
    await expect.poll(() => ukraine.getAttribute('aria-label')).toContain('participating state');
    expect(await ukraine.getAttribute('aria-label')).not.toContain('ended participation');
    expect(await page.locator('svg [data-iso][role="button"]').count()).toBe(15);
  });
});
