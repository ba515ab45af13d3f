/**
 * What the reader chose: the year in view and the republic under the pointer or focus. The
 * year is kept in the URL; the rest is derived from it and the data by src/lib.
 */
import { membership } from './lib/data.ts';
import { FIRST_YEAR, groupsOf, lastYear, securityBlocNameAt, statusesAt, yearEndDate } from './lib/membership.ts';
import { messages } from './lib/messages.ts';
import { formatViewParams, parseViewParams, type UrlProblem, type YearRange } from './lib/url.ts';
import type { RepublicIso } from './lib/vocabulary.ts';

export const YEAR_RANGE: YearRange = { first: FIRST_YEAR, last: lastYear(membership) };

function noticeText(problem: UrlProblem): string {
  return problem.kind === 'invalid-year'
    ? messages.notices.invalidYear(problem.value, YEAR_RANGE.first, YEAR_RANGE.last, YEAR_RANGE.last)
    : messages.notices.unknownParameter(problem.name);
}

export class ViewState {
  /** The year on the map: statuses at its end (or at the as-of date in the last year). */
  year = $state(YEAR_RANGE.last);
  /** The republic under the pointer or keyboard focus, shown in the tooltip. */
  hovered = $state<RepublicIso | null>(null);
  /** What the URL asked for that could not be shown, in words. */
  readonly notices: readonly string[];

  readonly date = $derived(yearEndDate(this.year, membership));
  readonly statuses = $derived(statusesAt(membership, this.date));
  readonly groups = $derived(groupsOf(this.statuses));
  readonly securityBlocName = $derived(messages.blocNames[securityBlocNameAt(membership, this.date)]);

  constructor(search: string) {
    const { view, problems } = parseViewParams(search, YEAR_RANGE);
    this.year = view.year;
    this.notices = problems.map(noticeText);
  }

  /** Moves to a year, clamped to the data's range, and records it in the URL. */
  setYear(year: number): void {
    this.year = Math.min(YEAR_RANGE.last, Math.max(YEAR_RANGE.first, Math.round(year)));
    writeUrl(formatViewParams({ year: this.year }, YEAR_RANGE));
  }
}

// replaceState, not pushState: moving the slider must not fill the reader's history.
function writeUrl(query: string): void {
  const url = `${location.pathname}${query}${location.hash}`;
  try {
    history.replaceState(history.state, '', url);
  } catch {
    // Some sandboxed frames forbid it; the view still works, only the address does not follow.
  }
}
