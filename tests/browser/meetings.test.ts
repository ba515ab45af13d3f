// The meetings as a reader sees them: one year's attendees in three visibly different states,
// the comparison of two years, the CSTO strip and the map's attendance markers. Expected
// values come from ../shared/facts/meetings.md.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './page.ts';

const { open } = useBrowser();

const attendee = (page: Page, year: number, id: string) =>
  page.locator(`[data-meeting="${year}"] [data-attendee="${id}"]`);
const attendanceOf = (page: Page, year: number, id: string) => attendee(page, year, id).getAttribute('data-attendance');
const idsWith = (page: Page, year: number, attendance: string) =>
  page.$$eval(`[data-meeting="${year}"] [data-attendance="${attendance}"]`, (els) =>
    els.map((el) => el.getAttribute('data-attendee')).sort(),
  );

describe('meeting panel in Chromium', () => {
  it('2017: the CSTO recorded absent, every republic not recorded or not a CIS state', async () => {
    const { page, errors } = await open('?year=2017');
    expect(await attendanceOf(page, 2017, 'CSTO')).toBe('absent');
    expect(await attendee(page, 2017, 'CSTO').textContent()).toContain('Absent');
    expect(await idsWith(page, 2017, 'absent')).toEqual(['CSTO']);
    expect(await idsWith(page, 2017, 'listed')).toEqual([]);
    expect(await attendee(page, 2017, 'ARM').textContent()).toContain('Not recorded');
    expect(await attendee(page, 2017, 'GEO').textContent()).toContain('Not a CIS state');
    expect(errors).toEqual([]);
  });

  it('2018: nine republics and both organisations listed, Turkmenistan not recorded', async () => {
    const { page } = await open('?year=2018');
    expect(await idsWith(page, 2018, 'listed')).toEqual(
      ['ARM', 'AZE', 'BLR', 'CIS-EC', 'CSTO', 'KAZ', 'KGZ', 'MDA', 'RUS', 'TJK', 'UZB'].sort(),
    );
    expect(await attendanceOf(page, 2018, 'TKM')).toBe('unknown');
    expect(await attendee(page, 2018, 'TKM').textContent()).toContain('ten member states');
    expect(await attendee(page, 2018, 'CSTO').textContent()).toContain('Valery Semerikov, acting Secretary General');
    expect(await attendee(page, 2018, 'UKR').textContent()).toContain('Not a CIS state');
    expect(await idsWith(page, 2018, 'absent')).toEqual([]);
  });

  it('2020: the CSTO’s Secretary General listed, Moldova not recorded', async () => {
    const { page } = await open('?year=2020');
    expect(await attendee(page, 2020, 'CSTO').textContent()).toContain('Stanislav Zas, Secretary General');
    expect(await attendanceOf(page, 2020, 'MDA')).toBe('unknown');
    expect(await attendee(page, 2020, 'MDA').textContent()).toContain('Not recorded');
    expect(await attendanceOf(page, 2020, 'TKM')).toBe('listed');
    expect(await page.locator('[data-meeting="2020"]').textContent()).toContain('video conference');
  });

  it.each([
    [2016, 'No record found'],
    [2005, 'No meeting in 2005: the first meeting of the series was held in December 2013.'],
    [2026, 'No meeting of 2026 in our data, which runs to 31 March 2026.'],
  ])('%i says why there is no list of attendees', async (year, text) => {
    const { page } = await open(`?year=${year}`);
    expect(await page.locator(`[data-meeting="${year}"]`).textContent()).toContain(text);
    expect(await page.locator(`[data-meeting="${year}"] [data-attendee]`).count()).toBe(0);
  });
});

describe('comparing meetings in Chromium', () => {
  it('shows the story’s view, 2018 beside 2017, with the difference in words', async () => {
    const { page } = await open('?year=2018&compare=2017');
    expect(await page.locator('[data-meeting]').evaluateAll((els) => els.map((el) => el.getAttribute('data-meeting')))).toEqual([
      '2018',
      '2017',
    ]);
    const difference = await page.locator('[data-difference]').textContent();
    expect(difference).toContain('New in 2018: the CSTO (acting Secretary General Valery Semerikov).');
    // Republics not recorded in 2017 are not claimed as new.
    expect(difference).not.toMatch(/New in 2018: [^.]*Armenia/);
    expect(difference).toContain('Our sources do not say whether they attended in 2017, so this is not a change.');
    // Side by side on a desktop.
    const [left, right] = await page.locator('[data-meeting]').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().left));
    expect(right).toBeGreaterThan(left + 300);
  });

  it('chooses and drops the comparison from the select, and keeps it in the address', async () => {
    const { page } = await open('?year=2020');
    await page.getByLabel('Compare with').selectOption('2018');
    await expect.poll(() => new URL(page.url()).search).toBe('?year=2020&compare=2018');
    expect(await page.locator('[data-meeting="2018"]').count()).toBe(1);
    await page.getByLabel('Compare with').selectOption('');
    await expect.poll(() => new URL(page.url()).search).toBe('?year=2020');
    expect(await page.locator('[data-meeting="2018"]').count()).toBe(0);
  });
});

describe('CSTO strip in Chromium', () => {
  it('shows the CSTO at every meeting, and moves the slider to a chosen year', async () => {
    const { page } = await open('?year=2024');
    const cells = await page.$$eval('[data-strip-year]', (els) =>
      els.map((el) => `${el.getAttribute('data-strip-year')}:${el.getAttribute('data-attendance')}`),
    );
    // meetings.md: absent in 2017, listed in 2018 and 2020, unknown in every other year.
    const expected = [2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025].map(
      (year) => `${year}:${year === 2017 ? 'absent' : year === 2018 || year === 2020 ? 'listed' : 'unknown'}`,
    );
    expect(cells).toEqual(expected);
    await page.getByRole('button', { name: '2017: Absent' }).click();
    expect(await page.getByRole('slider', { name: 'Year' }).inputValue()).toBe('2017');
    expect(await page.locator('[data-meeting="2017"]').count()).toBe(1);
    expect(await page.locator('[data-strip-year="2017"]').getAttribute('aria-current')).toBe('true');
  });
});

describe('attendance on the map in Chromium', () => {
  it('marks the republics listed at the year’s meeting when switched on, with a legend entry', async () => {
    const { page } = await open('?year=2018');
    expect(await page.locator('[data-marker-iso]').count()).toBe(0);
    await page.getByLabel('Show attendance on the map').check();
    await expect.poll(() => new URL(page.url()).search).toBe('?year=2018&attendance=on');
    const marked = await page.$$eval('[data-marker-iso]', (els) => [
      ...new Set(els.map((el) => `${el.getAttribute('data-marker-iso')}:${el.getAttribute('data-attendance')}`)),
    ]);
    expect(marked.sort()).toEqual(['ARM', 'AZE', 'BLR', 'KAZ', 'KGZ', 'MDA', 'RUS', 'TJK', 'UZB'].map((iso) => `${iso}:listed`));
    expect(await page.locator('[data-legend-meeting]').textContent()).toContain('Meeting 2018');
    await page.getByLabel('Show attendance on the map').uncheck();
    expect(await page.locator('[data-marker-iso]').count()).toBe(0);
  });
});
