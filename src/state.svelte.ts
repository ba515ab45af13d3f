/**
 * What the reader chose: the year in view, the selected republic (both kept in the URL) and
 * the republic under the pointer or focus. Everything else is derived from these and the data
 * by src/lib.
 */
import { summariseYear, type YearSummary } from './lib/changes.ts';
import { membership } from './lib/data.ts';
import {
  FIRST_YEAR,
  groupsOf,
  lastYear,
  securityBlocNameAt,
  statusesAt,
  yearDate,
  type RepublicStatus,
} from './lib/membership.ts';
import { messages } from './lib/messages.ts';
import { stepAt, stepCount } from './lib/steps.ts';
import {
  formatViewParams,
  parseViewParams,
  PARTS,
  type Part,
  type UrlProblem,
  type Theme,
  type ViewParams,
  type YearRange,
} from './lib/url.ts';
import type { RepublicIso } from './lib/vocabulary.ts';
import { mapSummary, sliderValueText } from './lib/yearText.ts';

export const YEAR_RANGE: YearRange = { first: FIRST_YEAR, last: lastYear(membership) };

/** The address follows the view once the slider rests: fewer history calls, none rate-limited. */
const URL_WRITE_DELAY_MS = 250;

/** What a year shows never changes: computed once per year, when first needed. */
const statusesByYear = new Map<number, RepublicStatus[]>();
const summaryByYear = new Map<number, YearSummary>();
const wordsByYear = new Map<number, YearWords>();

/** What names a year on the map and on the slider (src/lib/yearText.ts). */
interface YearWords {
  mapSummary: string;
  sliderValueText: string;
}

function cached<T>(cache: Map<number, T>, year: number, compute: () => T): T {
  if (!cache.has(year)) cache.set(year, compute());
  return cache.get(year)!;
}

/** Long enough to recognise what was typed, short enough not to flood the notice. */
const MAX_QUOTED_LENGTH = 40;
/** However many parameters are wrong, the notice names this many. */
const MAX_NAMED_PARAMETERS = 3;
// Embedding and override controls would turn the rest of the sentence around.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** A value from the address as a notice quotes it: no bidi controls, cut at a whole code point. */
function quoted(value: string): string {
  const codePoints = Array.from(value.replace(BIDI_CONTROLS, ''));
  return codePoints.length > MAX_QUOTED_LENGTH ? `${codePoints.slice(0, MAX_QUOTED_LENGTH).join('')}…` : codePoints.join('');
}

function noticeText(problem: Exclude<UrlProblem, { kind: 'unknown-parameter' }>): string {
  switch (problem.kind) {
    case 'invalid-year':
      return messages.notices.invalidYear(quoted(problem.value), YEAR_RANGE.first, YEAR_RANGE.last, YEAR_RANGE.last);
    case 'invalid-country':
      return messages.notices.invalidCountry(quoted(problem.value));
    case 'invalid-compare':
      return messages.notices.invalidCompare(quoted(problem.value), YEAR_RANGE.first, YEAR_RANGE.last);
    case 'invalid-attendance':
      return messages.notices.invalidAttendance(quoted(problem.value));
    case 'invalid-embed':
      return messages.notices.invalidEmbed(quoted(problem.value));
    case 'invalid-part':
      return messages.notices.invalidPart(quoted(problem.value), PARTS);
    case 'part-without-embed':
      return messages.notices.partWithoutEmbed(problem.value);
    case 'invalid-theme':
      return messages.notices.invalidTheme(quoted(problem.value));
    case 'invalid-step':
      return messages.steps.invalidStep(quoted(problem.value), stepCount);
    case 'invalid-mode':
      return messages.notices.invalidMode(quoted(problem.value));
  }
}

/** One notice per wrong value, and one for all the unknown parameters however many. */
function noticesOf(problems: readonly UrlProblem[]): string[] {
  const unknown = problems.flatMap((problem) => (problem.kind === 'unknown-parameter' ? [quoted(problem.name)] : []));
  const valueNotices = problems.flatMap((problem) => (problem.kind === 'unknown-parameter' ? [] : [noticeText(problem)]));
  if (unknown.length === 0) return valueNotices;
  return [...valueNotices, messages.notices.unknownParameters(unknown.slice(0, MAX_NAMED_PARAMETERS), unknown.length)];
}

export class ViewState {
  /** The year on the map: statuses at its end (or at the as-of date in the last year). */
  year = $state(YEAR_RANGE.last);
  /** The republic whose details are open; it stays selected across years. */
  selected = $state<RepublicIso | null>(null);
  /** A second year whose meeting is shown beside the year's own, or null. */
  compare = $state<number | null>(null);
  /** Whether the map marks who attended the year's meeting. */
  showAttendance = $state(false);
  /** The republic under the pointer or keyboard focus, highlighted in every view. */
  hovered = $state<RepublicIso | null>(null);
  /** The story step on screen (1-based), or null. */
  step = $state<number | null>(null);
  /** The classroom layout: large type, map and diagram side by side. */
  isPresenting = $state(false);
  /** What the URL asked for that could not be shown, in words. */
  readonly notices: readonly string[];
  /** The compact layout for an iframe, fixed for the visit. */
  readonly isEmbed: boolean;
  /** The one part an embed shows alone, fixed for the visit; null for the whole graphic. */
  readonly part: Part | null;
  /** The part a whole embed shows under its tabs (a part's embed shows its own); not in the address. */
  tab = $state<Part>('map');
  /** The theme the address chose, fixed for the visit; null follows the reader's system. */
  readonly theme: Theme | null;

  /** The year as the text names it: its end, or the data's as-of date in the last year. */
  readonly yearDate = $derived(yearDate(this.year, membership));
  readonly date = $derived(this.yearDate.date);
  readonly statuses = $derived(cached(statusesByYear, this.year, () => statusesAt(membership, this.date)));
  readonly groups = $derived(groupsOf(this.statuses));
  readonly securityBlocName = $derived(messages.blocNames[securityBlocNameAt(membership, this.date)]);
  /** The republics the story step is about, outlined on the map and in the diagram. */
  readonly highlighted = $derived(this.step === null ? [] : stepAt(this.step)!.highlighted);
  readonly yearSummary = $derived(cached(summaryByYear, this.year, () => summariseYear(membership, this.year)));
  readonly yearWords = $derived(
    cached(wordsByYear, this.year, () => ({
      mapSummary: mapSummary(this.yearDate, this.statuses, this.securityBlocName),
      sliderValueText: sliderValueText(this.yearDate, this.statuses, this.securityBlocName),
    })),
  );
  #urlTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(search: string) {
    const { view, problems } = parseViewParams(search, YEAR_RANGE);
    this.year = view.year;
    this.selected = view.country;
    this.compare = view.compare;
    this.showAttendance = view.attendance;
    this.isEmbed = view.embed;
    this.part = view.part;
    this.tab = view.part ?? 'map';
    this.theme = view.theme;
    this.step = view.step;
    this.isPresenting = view.presenting;
    this.notices = noticesOf(problems);
  }

  /** Moves to a year, clamped to the data's range, and records it in the URL. */
  setYear(year: number): void {
    this.year = Math.min(YEAR_RANGE.last, Math.max(YEAR_RANGE.first, Math.round(year)));
    this.writeUrl();
  }

  /** Selects a republic (or clears the selection with null) and records it in the URL. */
  select(iso: RepublicIso | null): void {
    this.selected = iso;
    this.writeUrl();
  }

  /** Shows another year's meeting beside this year's (or none with null). */
  setCompare(year: number | null): void {
    this.compare = year;
    this.writeUrl();
  }

  /** Turns the map's attendance markers on or off. */
  setShowAttendance(isShown: boolean): void {
    this.showAttendance = isShown;
    this.writeUrl();
  }

  /** Shows story step `n` (clamped to the story): its year, comparison and markers. */
  goToStep(n: number): void {
    this.step = Math.min(stepCount, Math.max(1, n));
    const { year, compare, showAttendance } = stepAt(this.step)!;
    this.year = year;
    this.compare = compare;
    this.showAttendance = showAttendance;
    this.writeUrl();
  }

  /** Leaves the story: the view stays as it is, without the step's text and outlines. */
  leaveStory(): void {
    this.step = null;
    this.writeUrl();
  }

  /** Enters or leaves the classroom layout. */
  setPresenting(isPresenting: boolean): void {
    this.isPresenting = isPresenting;
    this.writeUrl();
  }

  /** The view as the address holds it; `embed` chooses the compact layout or the full page. */
  viewParams(embed: boolean): ViewParams {
    return {
      year: this.year,
      country: this.selected,
      compare: this.compare,
      attendance: this.showAttendance,
      embed,
      part: this.part,
      theme: this.theme,
      step: this.step,
      presenting: this.isPresenting,
    };
  }

  // replaceState, not pushState: moving the slider must not fill the reader's history.
  private writeUrl(): void {
    clearTimeout(this.#urlTimer);
    this.#urlTimer = setTimeout(() => {
      const query = formatViewParams(this.viewParams(this.isEmbed), YEAR_RANGE);
      try {
        history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
      } catch {
        // Some sandboxed frames forbid it; the view still works, only the address does not follow.
      }
    }, URL_WRITE_DELAY_MS);
  }
}
