import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import App from '../../../src/App.svelte';

// End of 2018 as ../shared/facts/membership.md gives it, written out by hand: [CIS, CSTO].
const END_OF_2018: Record<string, [string, string]> = {
  ARM: ['member', 'member'],
  AZE: ['member', 'withdrawn'],
  BLR: ['member', 'member'],
  EST: ['none', 'none'],
  GEO: ['withdrawn', 'withdrawn'],
  KAZ: ['member', 'member'],
  KGZ: ['member', 'member'],
  LVA: ['none', 'none'],
  LTU: ['none', 'none'],
  MDA: ['member', 'none'],
  RUS: ['member', 'member'],
  TJK: ['member', 'member'],
  TKM: ['associate', 'none'],
  UKR: ['ended', 'none'],
  UZB: ['member', 'suspended'],
};

const overviewMap = () => screen.getByRole('group', { name: /^Map of the 15 former Soviet republics/ });

describe('App', () => {
  it('shows the headline, the data date and a link to the story', () => {
    render(App, { search: '' });
    // The heading ends with a year that only print shows (see the print test in Chromium).
    expect(screen.getByRole('heading', { level: 1 }).firstChild!.textContent).toBe(
      'Is Russia trying to blur the line between the CIS and the CSTO?',
    );
    expect(screen.getAllByText(/Data as of March 2026/).length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'A commonspace.eu story' }).getAttribute('href')).toBe(
      'https://www.commonspace.eu/news/russia-trying-blur-line-between-cis-and-csto',
    );
  });

  it('colours each republic by its status at the end of the year in the URL', () => {
    const { container } = render(App, { search: '?year=2018' });
    const shapes = container.querySelectorAll('svg [data-iso]');
    expect(shapes).toHaveLength(15);
    for (const shape of shapes) {
      const iso = shape.getAttribute('data-iso')!;
      expect([shape.getAttribute('data-cis'), shape.getAttribute('data-csto')], iso).toEqual(END_OF_2018[iso]);
    }
    expect(screen.getByText(/10 of the 15 republics in the CIS, 6 in the CSTO, 5 in neither/)).toBeTruthy();
  });

  it('puts data-iso on the overview map and the diagram chips, 15 each', () => {
    const { container } = render(App, { search: '' });
    const carriers = [...container.querySelectorAll('[data-iso]')];
    const onMap = carriers.filter((el) => el.tagName.toLowerCase() === 'use' && overviewMap().contains(el));
    const chips = carriers.filter((el) => el.closest('[data-region]'));
    expect(onMap).toHaveLength(15);
    expect(chips).toHaveLength(15);
    expect(onMap.length + chips.length).toBe(carriers.length);
  });

  it('falls back to the latest year with a visible notice when the year is invalid', () => {
    render(App, { search: '?year=2099' });
    expect(screen.getByRole('status').textContent).toContain('“2099”');
    expect((screen.getByLabelText('Year') as HTMLInputElement).value).toBe('2026');
  });

  // Issue 16: addresses that broke the graphic. Each must still draw the map, with one short notice.
  it('draws the map for two unknown parameters whose first 40 characters agree', () => {
    const { container } = render(App, { search: `?${'a'.repeat(45)}1=x&${'a'.repeat(45)}2=x` });
    expect(container.querySelectorAll('svg [data-iso]')).toHaveLength(15);
    expect(screen.getByRole('status').textContent).toContain(
      `The address has 2 parameters this graphic does not know (“${'a'.repeat(40)}…”, “${'a'.repeat(40)}…”); they were ignored.`,
    );
  });

  it('names at most three of many unknown parameters, in one notice', () => {
    const search = `?${Array.from({ length: 500 }, (_, i) => `p${i}=x`).join('&')}`;
    render(App, { search });
    expect(screen.getByRole('status').textContent).toBe(
      'Note: The address has 500 parameters this graphic does not know (“p0”, “p1”, “p2”, …); they were ignored. ',
    );
  });

  it('quotes a value without its right-to-left override, and keeps a space between notices', () => {
    render(App, { search: '?country=%E2%80%AEMRA&year=3000' });
    const text = screen.getByRole('status').textContent!;
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(text).toContain('the republic “MRA”');
    expect(text).toMatch(/showing 2026\. The address/);
  });

  it('cuts a long value at a whole character, never inside a surrogate pair', () => {
    render(App, { search: `?country=${encodeURIComponent('x' + '😀'.repeat(45))}` });
    const text = screen.getByRole('status').textContent!;
    expect(text).toContain(`“x${'😀'.repeat(39)}…”`);
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('writes nothing a URL carries into the page as HTML', () => {
    const { container } = render(App, { search: '?year=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E' });
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('moves the map when the year changes', async () => {
    const { container } = render(App, { search: '?year=2018' });
    await fireEvent.input(screen.getByLabelText('Year'), { target: { value: '1991' } });
    expect(container.querySelector('[data-iso="UKR"]')!.getAttribute('data-cis')).toBe('participant');
    expect(container.querySelector('[data-iso="GEO"]')!.getAttribute('data-cis')).toBe('none');
    expect(container.querySelector('[data-iso="UKR"]')!.getAttribute('data-group')).toBe('cis-only');
    expect(container.querySelector('[data-legend-group="both"]')!.textContent).toMatch(
      /^\s*In the CIS and the Collective Security Treaty\s*CIS and Collective Security Treaty\s*\(0\)\s*$/,
    );
    expect(screen.getByLabelText('Year').getAttribute('aria-valuetext')).toBe(
      '1991: 5 in the CIS, 0 in the Collective Security Treaty',
    );
  });

  it('names a focused republic and both its statuses in words', async () => {
    const { container } = render(App, { search: '?year=2018' });
    const ukraine = container.querySelector<SVGPathElement>('[data-iso="UKR"]')!;
    await fireEvent.focus(ukraine);
    const tooltip = within(overviewMap().parentElement!).getByRole('tooltip');
    expect(tooltip.textContent).toContain('Ukraine');
    expect(tooltip.textContent).toContain('ended participation in CIS bodies, without formal withdrawal');
    expect(tooltip.textContent).toContain('never a party');
    expect(tooltip.textContent).toContain('since 19 May 2018');
    expect(tooltip.textContent).toContain('no formal withdrawal');
  });

  it("shows a period's caveat beside its date (Moldova's provisional exit)", async () => {
    const { container } = render(App, { search: '' });
    await fireEvent.focus(container.querySelector<SVGPathElement>('[data-iso="MDA"]')!);
    const tooltip = within(overviewMap().parentElement!).getByRole('tooltip');
    expect(tooltip.textContent).toContain('since 20 March 2026');
    expect(tooltip.textContent).toContain('Provisional');
  });

  it('opens with the republic in ?country selected: pressed on map and diagram, its history in the panel', () => {
    const { container } = render(App, { search: '?year=2009&country=geo' });
    expect(container.querySelector('svg [data-iso="GEO"]')!.getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector('[data-region] [data-iso="GEO"]')!.getAttribute('aria-pressed')).toBe('true');
    const panel = screen.getByRole('region', { name: 'Georgia' });
    // Georgia's CIS periods in ../shared/facts/membership.md: 1993-12-03, 2008-08-18, 2009-08-18.
    const cisDates = [...panel.querySelectorAll('ol')[0].querySelectorAll('.when')].map((el) => el.textContent);
    expect(cisDates.map((text) => text!.replace(/\s+/g, ' ').trim())).toEqual([
      '3 December 1993',
      '18 August 2008',
      '18 August 2009 in force at the end of 2009',
    ]);
    expect(panel.textContent).toContain('Alt.: 1993-10-23 (accession decision)');
  });

  it('links every source of the selected republic, and sources cited inside notes', () => {
    render(App, { search: '?country=ARM' });
    const panel = screen.getByRole('region', { name: 'Armenia' });
    const hrefs = [...panel.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('https://ria.ru/20251126/odkb-1833097213.html'); // RIA25, the 1992 Treaty
    // The frozen period's note cites ASB24, OCM24, AA24, PA, MED, AZT and PANK inline
    // (membership.md's Armenia 2024-02-22 row): each is a link named with its title.
    for (const key of ['AA24', 'PA', 'MED', 'AZT', 'PANK'])
      expect(within(panel).getAllByRole('link', { name: new RegExp(`^${key}: `) }).length, key).toBe(1);
  });

  it('invites the reader to choose a republic when none is selected', () => {
    render(App, { search: '' });
    expect(screen.getByText(/Choose a republic on the map, in the diagram or in the table/)).toBeTruthy();
  });

  it('selects with a click, keeps the selection across years, and clears it with Escape', async () => {
    const { container } = render(App, { search: '?year=2018' });
    await fireEvent.click(container.querySelector('[data-region] [data-iso="UZB"]')!);
    expect(screen.getByRole('region', { name: 'Uzbekistan' })).toBeTruthy();
    await fireEvent.input(screen.getByRole('slider', { name: 'Year' }), { target: { value: '2006' } });
    expect(screen.getByRole('region', { name: 'Uzbekistan' })).toBeTruthy();
    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByRole('region', { name: 'Uzbekistan' })).toBeNull();
  });

  it('tells what changed in the year, under the slider, in a polite live region', async () => {
    const { container } = render(App, { search: '?year=2008' });
    const live = container.querySelector('[data-what-changed]')!;
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe('2008: Georgia began to withdraw from the CIS on 18 August.');
    await fireEvent.input(screen.getByRole('slider', { name: 'Year' }), { target: { value: '2009' } });
    expect(live.textContent).toBe("2009: Georgia's withdrawal from the CIS took effect on 18 August.");
  });

  it('jumps to the previous and next change year with the buttons', async () => {
    render(App, { search: '?year=2015' });
    const slider = screen.getByRole('slider', { name: 'Year' }) as HTMLInputElement;
    await fireEvent.click(screen.getByRole('button', { name: /Previous change: 2012/ }));
    expect(slider.value).toBe('2012');
    await fireEvent.click(screen.getByRole('button', { name: /Next change: 2018/ }));
    expect(slider.value).toBe('2018');
  });

  it('puts each chip of 2018 in its region, with the counts of the story', () => {
    const { container } = render(App, { search: '?year=2018' });
    const chipsIn = (region: string) =>
      [...container.querySelectorAll(`[data-region="${region}"] [data-iso]`)].map((el) => el.getAttribute('data-iso')).sort();
    expect(chipsIn('both')).toEqual(['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK']);
    expect(chipsIn('cis-only')).toEqual(['AZE', 'MDA', 'TKM', 'UZB']);
    expect(chipsIn('neither')).toEqual(['EST', 'GEO', 'LTU', 'LVA', 'UKR']);
    expect(chipsIn('csto-only')).toEqual([]);
    // Partial statuses are marked on the chip in words.
    expect(container.querySelector('[data-iso="TKM"].chip')!.textContent).toContain('CIS associate');
    expect(container.querySelector('[data-iso="UZB"].chip')!.textContent).toContain('CSTO suspended');
  });
});
