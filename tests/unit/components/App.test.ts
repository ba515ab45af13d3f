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
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
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
    const onMap = carriers.filter((el) => el.tagName.toLowerCase() === 'path' && overviewMap().contains(el));
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
    expect(screen.getByRole('heading', { name: 'Collective Security Treaty (pattern)' })).toBeTruthy();
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
});
