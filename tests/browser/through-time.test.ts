// What a reader sees and does when moving through time: the slider's keys and buttons, Play,
// the URL in both directions, linked highlighting, the Euler diagram, details and live text.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sources } from '../../src/lib/data.ts';
import { untilOnScreen, useBrowser } from './page.ts';

const { open } = useBrowser();

const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });
const search = (page: Page) => new URL(page.url()).search;
const chip = (page: Page, iso: string) => page.locator(`[data-region] [data-iso="${iso}"]`);
const regionOfChip = (page: Page, iso: string) =>
  chip(page, iso).evaluate((el) => el.closest('[data-region]')!.getAttribute('data-region'));

describe('year controls in Chromium', () => {
  it('keeps the notes fold of an embed as the reader left it, through a year without notes', async () => {
    const { page } = await open('?embed=1', 360);
    const fold = page.locator('.what-changed .notes');
    await fold.locator('summary').click();
    expect(await fold.evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
    // 2001 changed nothing (membership.md), so it has no notes to fold.
    await slider(page).fill('2001');
    await expect.poll(() => fold.isVisible()).toBe(false);
    await slider(page).fill('2026');
    await expect.poll(() => fold.isVisible()).toBe(true);
    expect(await fold.evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
  });

  it('follows the slider pattern keys and speaks the year with both counts', async () => {
    const { page, errors } = await open('?year=2018');
    expect(await slider(page).getAttribute('aria-valuetext')).toBe('2018: 10 in the CIS, 6 in the CSTO');
    await slider(page).focus();
    const steps: [string, string][] = [
      ['ArrowRight', '2019'],
      ['ArrowUp', '2020'],
      ['ArrowLeft', '2019'],
      ['ArrowDown', '2018'],
      ['PageDown', '2013'],
      ['PageUp', '2018'],
      ['Home', '1991'],
      ['PageDown', '1991'],
      ['End', '2026'],
      ['PageUp', '2026'],
    ];
    for (const [key, year] of steps) {
      await page.keyboard.press(key);
      expect(await slider(page).inputValue(), key).toBe(year);
    }
    await page.keyboard.press('Home');
    expect(await slider(page).getAttribute('aria-valuetext')).toBe('1991: 5 in the CIS, 0 in the Collective Security Treaty');
    expect(errors).toEqual([]);
  });

  it('jumps between the years in which a status changed', async () => {
    const { page } = await open('?year=2018');
    // Change years from ../shared/facts/membership.md around 2018: 2012 (Uzbekistan), 2024 (Armenia).
    await page.getByRole('button', { name: 'Previous change: 2012' }).click();
    expect(await slider(page).inputValue()).toBe('2012');
    await page.getByRole('button', { name: 'Next change: 2018' }).click();
    await page.getByRole('button', { name: 'Next change: 2024' }).click();
    await page.getByRole('button', { name: 'Next change: 2026' }).click();
    expect(await slider(page).inputValue()).toBe('2026');
    expect(await page.locator('[data-action="next-change"]').isDisabled()).toBe(true);
    await slider(page).focus();
    await page.keyboard.press('Home');
    expect(await page.locator('[data-action="previous-change"]').isDisabled()).toBe(true);
  });

  it('plays a year a second, stops at the end, and Space toggles it', async () => {
    // The page's clock is the test's: a second of playback is a second of page time, however
    // busy the machine.
    const { page } = await open('?year=2023', 1280, { beforeLoad: (opened) => opened.clock.install() });
    await page.mouse.move(1, 1);
    await page.locator('[data-app-running]').waitFor({ state: 'attached' });
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    const play = page.locator('[data-action="play"]');
    expect(await slider(page).inputValue()).toBe('2023'); // never starts by itself
    await play.click();
    expect(await play.textContent()).toContain('Pause');
    await page.clock.runFor(999);
    expect(await slider(page).inputValue()).toBe('2023');
    await page.clock.runFor(1);
    await expect.poll(() => slider(page).inputValue()).toBe('2024');
    await page.clock.runFor(2000);
    await expect.poll(() => slider(page).inputValue()).toBe('2026');
    await expect.poll(() => play.textContent()).toContain('Play');
    // Pressed again at the end it starts over; Space on the focused button pauses it.
    await play.focus();
    await page.keyboard.press('Space');
    expect(await slider(page).inputValue()).toBe('1991');
    await page.clock.runFor(1000);
    await expect.poll(() => slider(page).inputValue()).toBe('1992');
    await page.keyboard.press('Space');
    await page.clock.runFor(5000);
    expect(await slider(page).inputValue()).toBe('1992');
    expect(await play.textContent()).toContain('Play');
  });

  it('announces what changed, politely, when the year changes', async () => {
    const { page } = await open('?year=2017');
    const live = page.locator('[data-what-changed]');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    expect(await live.textContent()).toBe('2017: No change in membership.');
    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    expect(await live.textContent()).toBe(
      "2018: Ukraine ended its participation in the CIS's bodies on 19 May, without formally withdrawing.",
    );
  });
});

describe('selection and the URL in Chromium', () => {
  it('reads year and country from the URL and writes both back with replaceState', async () => {
    const { page } = await open('?year=2009&country=GEO');
    expect(await page.getByRole('region', { name: 'Georgia' }).isVisible()).toBe(true);
    expect(await chip(page, 'GEO').getAttribute('aria-pressed')).toBe('true');
    const historyLength = await page.evaluate(() => history.length);
    await chip(page, 'ARM').click();
    await expect.poll(() => search(page)).toBe('?year=2009&country=ARM');
    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => search(page)).toBe('?year=2010&country=ARM');
    await page.keyboard.press('Escape');
    await expect.poll(() => search(page)).toBe('?year=2010');
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });

  it('ignores an unknown country with a visible notice and shows the invitation', async () => {
    const { page, errors } = await open('?country=%3Cb%3EUSA%3C%2Fb%3E');
    await expect.poll(() => page.getByText('The address asked for the republic “<b>USA</b>”').isVisible()).toBe(true);
    expect(await page.locator('b').count()).toBe(0);
    expect(await page.getByText(/Choose a republic on the map/).isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('selects with Enter on the map and clears with Escape', async () => {
    const { page } = await open('?year=2018');
    await page.locator('svg [data-iso][tabindex="0"]').focus(); // Armenia, first alphabetically
    await page.keyboard.press('Enter');
    await expect.poll(() => search(page)).toBe('?year=2018&country=ARM');
    expect(await page.getByRole('region', { name: 'Armenia' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => search(page)).toBe('?year=2018');
  });

  it('highlights the republic under the pointer or focus in the map, the diagram and the table', async () => {
    const { page } = await open('?year=2018');
    await page.getByText('Table: every republic in the year in view').click();
    // From the map…
    // The name label sits on the shape's centre and stands in for it (same republic).
    await page.locator('svg [data-iso="KAZ"]').hover({ force: true });
    expect(await chip(page, 'KAZ').evaluate((el) => el.classList.contains('is-hovered'))).toBe(true);
    expect(await page.locator('[data-row-iso="KAZ"]').evaluate((el) => el.classList.contains('is-hovered'))).toBe(true);
    // …from the diagram…
    await chip(page, 'MDA').hover();
    expect(await page.locator('svg .highlight').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-row-iso="MDA"]').evaluate((el) => el.classList.contains('is-hovered'))).toBe(true);
    expect(await chip(page, 'KAZ').evaluate((el) => el.classList.contains('is-hovered'))).toBe(false);
    // …and from the table, by keyboard focus (the pointer out of the way first).
    await page.mouse.move(0, 0);
    await page.locator('[data-row-iso="TJK"] button').focus();
    expect(await chip(page, 'TJK').evaluate((el) => el.classList.contains('is-hovered'))).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => search(page)).toBe('?year=2018&country=TJK');
    expect(await page.locator('svg [data-iso="TJK"]').getAttribute('aria-pressed')).toBe('true');
  });

  it('shows the selected republic’s whole history with sources as links', async () => {
    const { page } = await open('?country=UZB');
    const panel = page.getByRole('region', { name: 'Uzbekistan' });
    // ../shared/facts/membership.md: CIS signatory 1991-12-21, member 1992-04-01; Treaty member
    // 1992-05-15, withdrawn 1999-04-20, member again 2006-08-16, suspended 2012-12-19.
    const dates = await panel.locator('.when').allTextContents();
    expect(
      dates.map((d) =>
        d
          .replace(/\s+/g, ' ')
          .trim()
          .replace(/ in force.*/, ''),
      ),
    ).toEqual(['21 December 1991', '1 April 1992', '15 May 1992', '20 April 1999', '16 August 2006', '19 December 2012']);
    expect(await panel.textContent()).toContain('the return had been announced at the Minsk summit on 2006-06-23');
    const link = panel.getByRole('link', { name: sources.AN12.title });
    expect(await link.getAttribute('href')).toBe(sources.AN12.url);
  });
});

describe('Euler diagram in Chromium', () => {
  it('selects a chip pressed on its status line even when the year changes under the finger', async () => {
    const { page } = await open('', 1280);
    // Moldova stays in "CIS only" from 2026 to 2025, but its line "leaving the CIS" goes.
    const moldova = chip(page, 'MDA');
    const tag = moldova.locator('.tag');
    // Over the line, once the chip holds still (hover waits for that), as a finger would land.
    const [chipBox, tagBox] = [(await moldova.boundingBox())!, (await tag.boundingBox())!];
    await moldova.hover({ position: { x: chipBox.width / 2, y: tagBox.y - chipBox.y + tagBox.height / 2 } });
    await page.mouse.down();
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#year-slider')!;
      input.value = '2025';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect.poll(() => tag.count()).toBe(0);
    await page.mouse.up();
    await expect.poll(() => moldova.getAttribute('aria-pressed')).toBe('true');
  });

  it('draws the Treaty outside the CIS only in 1992, for Tajikistan', async () => {
    const { page } = await open('?year=1992', 1280, { reducedMotion: 'reduce' });
    expect(await regionOfChip(page, 'TJK')).toBe('csto-only');
    expect(await page.locator('[data-region="csto-only"]').isVisible()).toBe(true);
    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => regionOfChip(page, 'TJK')).toBe('both');
    expect(await page.locator('[data-region="csto-only"]').isVisible()).toBe(false);
  });

  it.each([360, 1280])('moves a chip only when its republic changes region (%i px)', async (width) => {
    const { page } = await open('?year=2017', width, { reducedMotion: 'reduce' });
    // Positions within the diagram: text above it may change height with the year.
    const boxes = () =>
      page.$$eval('[data-region] [data-iso]', (els) => {
        const origin = els[0].closest('[data-region]')!.parentElement!.getBoundingClientRect();
        return Object.fromEntries(
          els.map((el) => {
            const box = el.getBoundingClientRect();
            return [el.getAttribute('data-iso'), { x: box.x - origin.x, y: box.y - origin.y, width: box.width }];
          }),
        );
      });
    const before = await boxes();
    await slider(page).focus();
    await page.keyboard.press('ArrowRight'); // 2018: only Ukraine changes region (cis-only → neither)
    await expect.poll(() => regionOfChip(page, 'UKR')).toBe('neither');
    const after = await boxes();
    for (const iso of Object.keys(before))
      if (iso === 'UKR') expect(after[iso], iso).not.toEqual(before[iso]);
      else expect(after[iso], iso).toEqual(before[iso]);
  });

  it.each([
    [{}, true],
    [{ reducedMotion: 'reduce' as const }, false],
  ])('animates a chip that changes region only without reduced motion (%j)', async (media, isAnimated) => {
    const { page } = await open('?year=2017', 1280, media);
    await page.locator('[data-region]').first().scrollIntoViewIfNeeded();
    await untilOnScreen(page.locator('[data-region]').first());
    // Moved without focusing the slider, which would scroll the diagram out of view.
    const running = await page.evaluate(async () => {
      const input = document.querySelector<HTMLInputElement>('#year-slider')!;
      input.value = '2018'; // Ukraine moves to "neither"
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise(requestAnimationFrame);
      return document.getAnimations().length;
    });
    expect(running > 0).toBe(isAnimated);
    await expect.poll(() => chip(page, 'UKR').count()).toBe(1);
    expect(await regionOfChip(page, 'UKR')).toBe('neither');
  });

  it('labels the bloc by its name at the time and counts each region', async () => {
    const { page } = await open('?year=2001');
    expect(await page.locator('[data-region="both"]').getAttribute('aria-labelledby')).toBeTruthy();
    expect(await page.getByRole('region', { name: 'In the CIS and the Collective Security Treaty (6)' }).count()).toBe(1);
    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    // Below the fold, the diagram catches up once the slider rests (src/offScreen.svelte.ts).
    await expect.poll(() => page.getByRole('region', { name: 'In the CIS and the CSTO (6)' }).count()).toBe(1);
    expect(await page.getByRole('region', { name: 'In neither (3)' }).count()).toBe(1);
  });
});
