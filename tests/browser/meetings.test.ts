// The meetings as a reader sees them: one year's attendees in three visibly different states,
// the comparison of two years, the CSTO strip and the map's attendance markers. Expected
// values come from ../shared/facts/meetings.md.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './page.ts';

const { open } = useBrowser();

const attendee = (page: Page, year: number, id: string) => page.locator(`[data-meeting="${year}"] [data-attendee="${id}"]`);
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

  // meetings.md row 8: "MDA: listed by TMEMB20 only …; INF20 and KHOVAR20 … do not name it: show
  // MDA as attended with this note".
  it('2020: the CSTO’s Secretary General listed; Moldova attended, with the note that one source says so', async () => {
    const { page } = await open('?year=2020');
    expect(await attendee(page, 2020, 'CSTO').textContent()).toContain('Stanislav Zas, Secretary General');
    expect(await attendanceOf(page, 2020, 'MDA')).toBe('listed');
    const moldova = await attendee(page, 2020, 'MDA').textContent();
    expect(moldova).toContain('Attended');
    expect(moldova).toContain('representative (not named in our sources)');
    expect(moldova).toMatch(/TMEMB20.*INF20.*KHOVAR20/);
    expect(await attendanceOf(page, 2020, 'TKM')).toBe('listed');
    expect(await page.locator('[data-meeting="2020"]').textContent()).toContain('video conference');
  });

  it('2005 says why there is no list of attendees', async () => {
    const { page } = await open('?year=2005');
    expect(await page.locator('[data-meeting="2005"]').textContent()).toContain(
      'No meeting in 2005: the first meeting of the series was held in December 2013.',
    );
    expect(await page.locator('[data-meeting="2005"] [data-attendee]').count()).toBe(0);
  });

  // meetings.md rows 3 (2015-11-11), 4 (2016, no source) and 13 (2025-11-05); data as of 2026-03-31.
  it.each([
    [
      '',
      2026,
      2025,
      'No meeting of 2026 in our data, which runs to 31 March 2026. The latest: 13th meeting, 5 November 2025.',
      'CSTO',
    ],
    [
      '?year=2016',
      2016,
      2015,
      'No record found: the numbering implies a 4th meeting in 2016, but no source we have describes it. The latest before it: 3rd meeting, 11 November 2015.',
      'BLR',
    ],
  ])('%j (%i) shows the latest meeting before it, labelled as such', async (query, year, shown, text, listed) => {
    const { page } = await open(query);
    const record = page.locator(`[data-meeting="${year}"]`);
    expect(await record.getAttribute('data-shown-meeting')).toBe(String(shown));
    expect(await record.locator('.missing').textContent()).toBe(text);
    expect(await attendanceOf(page, year, listed)).toBe('listed');
    // The same marks as the meeting's own year, on the map too.
    await page.getByLabel('Show attendance on the map').check();
    expect(await page.locator('[data-legend-meeting]').textContent()).toContain(`Meeting ${shown}`);
    expect(await page.locator('[data-marker-iso]').count()).toBeGreaterThan(0);
  });

  it('compares a year without a meeting through the latest before it', async () => {
    const { page } = await open('?compare=2017');
    const difference = await page.locator('[data-difference]').textContent();
    expect(difference).toContain('2026 compared with 2017');
    // meetings.md row 13: "CSTO ("the leadership of the CSTO", not named)".
    expect(difference).toContain('New in 2025: the CSTO (representative, not named in our sources).');
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
    const [left, right] = await page
      .locator('[data-meeting]')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().left));
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
    // meetings.md: absent in 2017, listed in 2018, 2020 and 2025, unknown in every other year.
    const expected = [2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025].map(
      (year) => `${year}:${year === 2017 ? 'absent' : [2018, 2020, 2025].includes(year) ? 'listed' : 'unknown'}`,
    );
    expect(cells).toEqual(expected);
    expect(await page.locator('#csto-strip-summary').textContent()).toBe(
      'Attended in 2018, 2020 and 2025; absent in 2017; not recorded at the other meetings.',
    );
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

  // meetings.md row 13: TKM and MDA "rest on these two reports …: show the note where they are shown".
  it('2025: Moldova and Turkmenistan, named by some reports only, keep their note on the map', async () => {
    const { page } = await open('?year=2025&attendance=on');
    const silentMarkers = await page.$$eval('[data-marker-iso].others-silent', (els) => [
      ...new Set(els.map((el) => el.getAttribute('data-marker-iso'))),
    ]);
    expect(silentMarkers.sort()).toEqual(['MDA', 'TKM']);
    expect(await page.locator('[data-legend-others-silent]').textContent()).toContain('Listed by some sources only');
    // In the republic's name for screen readers, and in the tooltip.
    const label = await page.locator('svg [data-iso="TKM"]').getAttribute('aria-label');
    expect(label).toMatch(/Meeting of 2025: Attended \(Listed only by MIR25 and TASS25W.*IZ25/);
    await page.locator('svg [data-iso="TKM"]').focus();
    const tooltip = await page.getByRole('tooltip').textContent();
    expect(tooltip).toContain('Meeting of 2025: Attended (Listed only by MIR25 and TASS25W');
    // A record resting on every source has no such note.
    expect(await page.locator('svg [data-iso="KAZ"]').getAttribute('aria-label')).toMatch(/Meeting of 2025: Attended$/);
  });
});

describe('updates and corrections in Chromium', () => {
  it('lists the dated audit beside the sources and dates it in the header, from data/updates.json', async () => {
    const { page } = await open('');
    expect(await page.locator('header .as-of').textContent()).toBe('Data as of March 2026 · updated 6 December 2026');
    const entry = page.locator('.updates [data-update="2026-12-01"]');
    expect(await entry.locator('time').textContent()).toBe('1 December 2026');
    expect(await entry.textContent()).toContain('13th meeting, on 5 November 2025');
    // Its source keys are links to the sources.
    expect(await entry.getByRole('link', { name: /^IZ25: Izvestia/ }).getAttribute('href')).toBe(
      'https://en.iz.ru/en/node/1985062',
    );
  });
});
