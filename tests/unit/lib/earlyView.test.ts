// What the page holds for its first touch (src/lib/earlyView.ts): every year's marks, as the
// facts give them, and the first script's part that draws them, run on a stand-in page.
import { describe, expect, it } from 'vitest';
import { membership } from '../../../src/lib/data.ts';
import { earlyViewOf, markOf, SAME_AS_YEAR_BEFORE } from '../../../src/lib/earlyView.ts';
import { summariseYear } from '../../../src/lib/changes.ts';
import { catalogue as en } from '../../../src/lib/messages/en.ts';
import { catalogue as ru } from '../../../src/lib/messages/ru.ts';
import { mapSummary, sliderValueText } from '../../../src/lib/yearText.ts';
import { SHIPPED_FIRST_SCRIPT } from '../../../src/build/shippedFirstScript.ts';
import { CATCHING_UP_CLASS, EARLY_VIEW_ID, YEAR_SLIDER_ID } from '../../../src/lib/pageFlags.ts';
import { securityBlocNameAt, statusesAt, yearDate, yearsOf } from '../../../src/lib/membership.ts';
import { REPUBLIC_ISO_CODES } from '../../../src/lib/vocabulary.ts';

const view = earlyViewOf(membership);

/** A year's words as the app makes them: what changed, the map's summary, the slider's value. */
function appWordsOf(year: number, catalogue: typeof en = en): string[] {
  const when = yearDate(year, membership);
  const statuses = statusesAt(membership, when.date);
  const blocName = catalogue.blocNames[securityBlocNameAt(membership, when.date)];
  return [
    summariseYear(membership, year, catalogue).text,
    mapSummary(when, statuses, blocName, catalogue),
    sliderValueText(when, statuses, blocName, catalogue),
  ];
}
const markAt = (year: number, iso: string) => view.years[year - view.first][0][REPUBLIC_ISO_CODES.indexOf(iso as never)];

describe('markOf', () => {
  // One digit: the group's index (both, CIS only, Treaty only, neither) plus 4 × the partial ties
  // (1 for the CIS, 2 for the security bloc).
  it.each([
    [{ isInCis: true, isInCsto: true, cis: 'member', csto: 'member' }, '0'],
    [{ isInCis: true, isInCsto: false, cis: 'associate', csto: 'none' }, '5'],
    [{ isInCis: false, isInCsto: true, cis: 'signatory', csto: 'member' }, '6'],
    [{ isInCis: false, isInCsto: false, cis: 'none', csto: 'none' }, '3'],
    [{ isInCis: true, isInCsto: true, cis: 'member', csto: 'frozen' }, '8'],
    [{ isInCis: true, isInCsto: false, cis: 'member', csto: 'suspended' }, '9'],
  ] as const)('%j → %s', (status, mark) => {
    expect(markOf(status)).toBe(mark);
  });
});

describe('earlyViewOf', () => {
  it('holds every year of the data, each with a mark for each of the 15 republics', () => {
    expect(view.years).toHaveLength(yearsOf(membership).length);
    expect(view.years.every(([marks]) => /^[0-9a-f]{15}$/.test(marks))).toBe(true);
  });

  // From ../shared/facts/membership.md.
  it.each([
    [1992, 'TJK', '6'], // in the Treaty, a CIS signatory only
    [1992, 'UKR', '5'], // a CIS participant, outside the Treaty
    [2018, 'UZB', '9'], // a CIS member with its CSTO membership suspended
    [2018, 'GEO', '3'], // in neither
    [2026, 'ARM', '8'], // in both, its CSTO participation frozen
    [2026, 'RUS', '0'],
  ])('marks %i %s as %s', (year, iso, mark) => {
    expect(markAt(year, iso)).toBe(mark);
  });

  it('words each year as the page does', () => {
    const [, changes, summary, valueText] = view.years[2009 - view.first];
    expect(changes).toBe("2009: Georgia's withdrawal from the CIS took effect on 18 August.");
    expect(summary).toMatch(/^31 December 2009: 11 of the 15 republics in the CIS, 7 in the CSTO, 4 in neither\./);
    expect(valueText).toBe('2009: 11 in the CIS, 7 in the CSTO');
  });

  it("leaves out words that are the year before's with the number changed, and only those", () => {
    const years = yearsOf(membership);
    const left = years.flatMap((year, i) => {
      const before = i > 0 ? appWordsOf(year - 1) : [];
      return appWordsOf(year).flatMap((text, k) => {
        const isRepeat = before[k]?.replaceAll(String(year - 1), String(year)) === text;
        const written = view.years[i][k + 1];
        expect(written).toBe(isRepeat ? SAME_AS_YEAR_BEFORE : text);
        return isRepeat ? [`${year}:${k}`] : [];
      });
    });
    // "1996: No change in membership." after 1995's; 2026 is dated to the data's as-of day.
    expect(left).toContain('1996:0');
    expect(left.filter((entry) => entry.startsWith('2026:'))).toEqual([]);
  });
});

describe('the first script before the app', () => {
  /** A page with the map's shapes and patterns, the slider, the year and its words, as prerendered. */
  function standInPage(search = '', early = view) {
    document.documentElement.className = '';
    document.documentElement.removeAttribute('data-app-running');
    document.body.innerHTML = `
      <script type="application/json" id="${EARLY_VIEW_ID}">${JSON.stringify(early)}</script>
      <div id="app">
        <svg><use data-iso="UKR" href="#overview-UKR" fill="#ddaa33"></use><use data-inset-iso="UKR" href="#detail-UKR"></use>
          <g data-tie="cis"><use href="#overview-UKR" fill="none"></use></g><g data-tie="csto"><use href="#overview-UKR"></use></g></svg>
        <div class="year-controls"><input id="${YEAR_SLIDER_ID}" type="range" min="1991" max="2026" value="2026"><span class="year">2026</span>
          <button data-action="previous-change"><span data-change-year>2024</span></button>
          <button data-action="next-change" disabled><span data-change-year></span></button></div>
        <p data-what-changed></p><p id="map-summary"></p>
      </div>`;
    const listeners: [string, EventListener][] = [];
    const documentStandIn = {
      documentElement: document.documentElement,
      addEventListener: (type: string, listener: EventListener) => {
        listeners.push([type, listener]);
        document.addEventListener(type, listener, true);
      },
      querySelector: document.querySelector.bind(document),
      querySelectorAll: document.querySelectorAll.bind(document),
      getElementById: document.getElementById.bind(document),
    };
    new Function('location', 'document', SHIPPED_FIRST_SCRIPT)({ search }, documentStandIn);
    return () => listeners.forEach(([type, listener]) => document.removeEventListener(type, listener, true));
  }
  const slider = () => document.getElementById(YEAR_SLIDER_ID) as HTMLInputElement;
  const moveTo = (year: number) => {
    slider().value = String(year);
    slider().dispatchEvent(new Event('input', { bubbles: true }));
  };

  it('moves the shapes, their patterns, the year, its words and the buttons with the slider', () => {
    const stop = standInPage();
    moveTo(1992);
    const shapes = [...document.querySelectorAll('use')].map((use) => use.getAttribute('fill'));
    // Ukraine in 1992: CIS only, light blue, a CIS participant (dots), no security-bloc tie.
    expect(shapes).toEqual(['#6699cc', '#6699cc', 'url(#partial-cis)', 'none']);
    expect(document.querySelector('.year')!.textContent).toBe('1992');
    const [changes, summary, valueText] = appWordsOf(1992);
    expect(slider().getAttribute('aria-valuetext')).toBe(valueText);
    expect(document.querySelector('[data-what-changed]')!.textContent).toBe(changes);
    expect(document.getElementById('map-summary')!.textContent).toBe(summary);
    const buttons = [...document.querySelectorAll('button')].map((b) => `${b.textContent!.trim()} ${b.disabled}`);
    expect(buttons).toEqual(['1991 false', '1993 false']);
    expect(document.documentElement.classList.contains(CATCHING_UP_CLASS)).toBe(true);
    stop();
  });

  // The page's words for every year are the app's own, though most are written once.
  it.each([
    ['en', en],
    ['ru', ru],
  ] as const)('shows each year the words the app would (%s)', (_, catalogue) => {
    const stop = standInPage('', earlyViewOf(membership, catalogue));
    for (const year of yearsOf(membership)) {
      moveTo(year);
      expect([
        document.querySelector('[data-what-changed]')!.textContent,
        document.getElementById('map-summary')!.textContent,
        slider().getAttribute('aria-valuetext'),
      ]).toEqual(appWordsOf(year, catalogue));
    }
    stop();
  });

  it('leaves the page to the app once it runs', () => {
    const stop = standInPage();
    document.documentElement.setAttribute('data-app-running', '');
    moveTo(1992);
    expect(document.querySelector('.year')!.textContent).toBe('2026');
    expect(document.documentElement.classList.contains(CATCHING_UP_CLASS)).toBe(false);
    stop();
  });
});
