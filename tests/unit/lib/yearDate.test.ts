/**
 * Dates as the data knows them: a year stands for its 31 December, but the data's last year
 * only for its as-of date (../shared/facts/README.md, "Which date a year shows": 2026-03-31), so
 * every phrase that would say "the end of the year" names that date instead. One row per such
 * message, for an earlier year (2018) and the last (2026); the expected text is typed from the
 * templates in src/lib/messages.ts with the facts filled in by hand.
 */
import { describe, expect, it } from 'vitest';
import { membership } from '../../../src/lib/data.ts';
import { summariseYear } from '../../../src/lib/changes.ts';
import { yearJson } from '../../../src/lib/downloads.ts';
import { yearDate, type YearDate } from '../../../src/lib/membership.ts';
import { messages } from '../../../src/lib/messages.ts';

const NEITHER = 'Estonia, Georgia, Latvia, Lithuania and Ukraine';
// README, "Groups": the end of 2018 has 10 in the CIS, 6 of them in the CSTO, 5 in neither; on
// 2026-03-31 Moldova is withdrawing (still in the CIS), Armenia frozen (still in the CSTO).
const MESSAGES: [name: string, text: (d: YearDate) => string, earlier: string, last: string][] = [
  ['the phrase itself', (d) => messages.atYearDate(d), 'At the end of 2018', 'On 31 March 2026'],
  [
    'the diagram summary',
    (d) => messages.euler.summary(d, { both: 6, 'cis-only': 4, 'csto-only': 0, neither: 5 }, 'CSTO'),
    'At the end of 2018, 6 republics were in both the CIS and the CSTO, 4 in the CIS only, and 5 in neither.',
    'On 31 March 2026, 6 republics were in both the CIS and the CSTO, 4 in the CIS only, and 5 in neither.',
  ],
  [
    "the slider's value text",
    (d) => messages.year.valueText(d, 10, 6, 'CSTO'),
    '2018: 10 in the CIS, 6 in the CSTO',
    '2026, as of 31 March: 10 in the CIS, 6 in the CSTO',
  ],
  [
    'what changed',
    (d) => summariseYear(membership, d.year).text,
    "2018: Ukraine ended its participation in the CIS's bodies on 19 May, without formally withdrawing.",
    '2026, to 31 March: Moldova began to withdraw from the CIS on 20 March.',
  ],
  ['the printed headline', (d) => messages.printYear(d), ' — 2018', ' — 31 March 2026'],
  [
    'the period in force, in the details',
    (d) => messages.details.inForce(d),
    'in force at the end of 2018',
    'in force on 31 March 2026',
  ],
  [
    'the map heading (the summary under the slider)',
    (d) => messages.summary(messages.formatDate(d.date), 10, 6, 5, 'CSTO', 0),
    '31 December 2018: 10 of the 15 republics in the CIS, 6 in the CSTO, 5 in neither.',
    '31 March 2026: 10 of the 15 republics in the CIS, 6 in the CSTO, 5 in neither.',
  ],
  [
    'the table caption',
    (d) => messages.table.caption(messages.formatDate(d.date)),
    'Status of the 15 former Soviet republics on 31 December 2018',
    'Status of the 15 former Soviet republics on 31 March 2026',
  ],
  [
    "the downloaded image's subtitle",
    (d) => messages.downloads.imageSubtitle(messages.formatDate(d.date)),
    'The 15 former Soviet republics on 31 December 2018',
    'The 15 former Soviet republics on 31 March 2026',
  ],
  [
    "the year download's description",
    (d) => yearJson(d.year).about.split(' on ')[1].split('.')[0],
    '31 December 2018',
    '31 March 2026',
  ],
  [
    "the story's year-end sentence (Ukraine step)",
    (d) => messages.steps.ukraine.text({ date: '19 May 2018', yearDate: d, neither: ['UKR', 'EST', 'GEO', 'LVA', 'LTU'] })[2],
    `At the end of 2018, five republics were in neither the CIS nor the CSTO, as the story says: ${NEITHER}.`,
    `On 31 March 2026, five republics were in neither the CIS nor the CSTO, as the story says: ${NEITHER}.`,
  ],
];

describe('a year named by the date the data knows', () => {
  it('2018 stands for its 31 December, 2026 (the last year) for the as-of date', () => {
    expect(yearDate(2018, membership)).toEqual({ year: 2018, date: '2018-12-31', isAsOf: false });
    expect(yearDate(2026, membership)).toEqual({ year: 2026, date: '2026-03-31', isAsOf: true });
  });

  it.each(MESSAGES)('%s', (_name, text, earlier, last) => {
    expect(text(yearDate(2018, membership))).toBe(earlier);
    expect(text(yearDate(2026, membership))).toBe(last);
  });

  it.each(MESSAGES)('%s never speaks of the end of the last year', (_name, text) => {
    expect(text(yearDate(2026, membership))).not.toMatch(/end of (the year|2026)|31 December 2026/);
  });
});
