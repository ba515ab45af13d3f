/**
 * The view in the address bar: a pure pair, parse and format, over URLSearchParams. Parsing
 * never throws; what it cannot use it reports as a problem for the reader to see.
 */

import { parseStepNumber, stepAt } from './steps.ts';
import { isRepublicIso, type RepublicIso } from './vocabulary.ts';

/** What the URL can choose. */
export interface ViewParams {
  year: number;
  /** The selected republic, whose details are open. */
  country: RepublicIso | null;
  /** A second year whose meeting is shown beside the year's own. */
  compare: number | null;
  /** Whether the map marks who attended the year's meeting. */
  attendance: boolean;
  /** The compact layout for an iframe. */
  embed: boolean;
  /** In an embed, the one part shown alone; null embeds the whole graphic. */
  part: Part | null;
  /** A theme chosen by the host page; null follows the reader's system setting. */
  theme: Theme | null;
  /** The story step on screen (1-based); its year, comparison and markers are the defaults. */
  step: number | null;
  /** The classroom layout: full screen, large type, map and diagram side by side. */
  presenting: boolean;
}

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The parts an editor can embed alone, in the order of the whole graphic's tabs. */
export const PARTS = ['map', 'diagram', 'meetings', 'table'] as const;
export type Part = (typeof PARTS)[number];
/** The parts below the maps, in the page's order, which the prerendered page leaves to the app (src/App.svelte). */
export const PARTS_DRAWN_LATER = ['meetings', 'diagram', 'table'] as const satisfies readonly Part[];
/** The parts the prerendered page draws itself. */
export const PARTS_DRAWN_FIRST: readonly Part[] = PARTS.filter((part) => !(PARTS_DRAWN_LATER as readonly Part[]).includes(part));

export interface YearRange {
  first: number;
  last: number;
}

/** A known parameter with a value the graphic cannot use. */
export interface ValueProblem {
  kind:
    | 'invalid-year'
    | 'invalid-country'
    | 'invalid-compare'
    | 'invalid-attendance'
    | 'invalid-embed'
    | 'invalid-part'
    | 'part-without-embed'
    | 'invalid-theme'
    | 'invalid-step'
    | 'invalid-mode';
  value: string;
}

export type UrlProblem = ValueProblem | { kind: 'unknown-parameter'; name: string };

export interface ParsedView {
  view: ViewParams;
  problems: UrlProblem[];
}

const KNOWN_PARAMETERS: ReadonlySet<string> = new Set([
  'year',
  'country',
  'compare',
  'attendance',
  'embed',
  'part',
  'theme',
  'step',
  'mode',
]);
// What a pym.js parent adds to the frame's address; read by the embedding code, never shown.
export const PYM_PARAMETER_NAMES = ['childId', 'initialWidth', 'parentTitle', 'parentUrl'] as const;
const PYM_PARAMETERS: ReadonlySet<string> = new Set(PYM_PARAMETER_NAMES);

/** The one value of `attendance`: the markers are off unless the address asks for them. */
const ATTENDANCE_ON = 'on';
/** The one value of `embed`. */
export const EMBED_ON = '1';
/** The one value of `mode`. */
const MODE_PRESENT = 'present';

/** A whole year within the range, written plainly ("2018", not "2018.0" or " 2018"), or undefined. */
function parseYear(value: string, range: YearRange): number | undefined {
  const year = Number(value);
  const isPlainInteger = Number.isInteger(year) && String(year) === value;
  return isPlainInteger && year >= range.first && year <= range.last ? year : undefined;
}

/** A republic's ISO alpha-3 code in any case ("arm" is Armenia too), or undefined. */
function parseCountry(value: string): RepublicIso | undefined {
  const code = value.toUpperCase();
  return isRepublicIso(code) ? code : undefined;
}

/** Reads the view from a query string; anything invalid falls back to the default view. */
export function parseViewParams(search: string, range: YearRange): ParsedView {
  const params = new URLSearchParams(search);
  const problems: UrlProblem[] = [];
  const view: ViewParams = {
    year: range.last,
    country: null,
    compare: null,
    attendance: false,
    embed: false,
    part: null,
    theme: null,
    step: null,
    presenting: false,
  };
  /** Reads one parameter: an absent one keeps the default, an unusable one is reported. */
  function read<T>(name: string, kind: ValueProblem['kind'], parse: (value: string) => T | undefined, use: (value: T) => void) {
    const value = params.get(name);
    if (value === null) return;
    const parsed = parse(value);
    if (parsed === undefined) problems.push({ kind, value });
    else use(parsed);
  }
  // A step sets year, comparison and markers first; the address may still change each of them.
  read('step', 'invalid-step', parseStepNumber, (step) => {
    const { year, compare, showAttendance } = stepAt(step)!;
    Object.assign(view, { step, year, compare, attendance: showAttendance });
  });
  read(
    'year',
    'invalid-year',
    (value) => parseYear(value, range),
    (year) => (view.year = year),
  );
  read('country', 'invalid-country', parseCountry, (country) => (view.country = country));
  read(
    'compare',
    'invalid-compare',
    (value) => parseYear(value, range),
    (year) => (view.compare = year),
  );
  read(
    'attendance',
    'invalid-attendance',
    (value) => value === ATTENDANCE_ON || undefined,
    () => (view.attendance = true),
  );
  read(
    'embed',
    'invalid-embed',
    (value) => value === EMBED_ON || undefined,
    () => (view.embed = true),
  );
  read(
    'part',
    'invalid-part',
    (value) => PARTS.find((name) => name === value),
    (part) => (view.part = part),
  );
  // A part is a layout of the embed: the full page always shows every part.
  if (view.part !== null && !view.embed) {
    problems.push({ kind: 'part-without-embed', value: view.part });
    view.part = null;
  }
  read(
    'theme',
    'invalid-theme',
    (value) => THEMES.find((name) => name === value),
    (theme) => (view.theme = theme),
  );
  read(
    'mode',
    'invalid-mode',
    (value) => value === MODE_PRESENT || undefined,
    () => (view.presenting = true),
  );
  for (const name of new Set(params.keys()))
    if (!KNOWN_PARAMETERS.has(name) && !PYM_PARAMETERS.has(name)) problems.push({ kind: 'unknown-parameter', name });
  return { view, problems };
}

/** Writes the view as a query string ("" for the default view), for history.replaceState. */
export function formatViewParams(view: ViewParams, range: YearRange): string {
  const params = new URLSearchParams();
  // What the step (or, without one, the default view) already sets goes unwritten.
  const step = view.step === null ? undefined : stepAt(view.step);
  if (step) params.set('step', String(view.step));
  if (view.year !== (step?.year ?? range.last)) params.set('year', String(view.year));
  if (view.country !== null) params.set('country', view.country);
  if (view.compare !== null && view.compare !== step?.compare) params.set('compare', String(view.compare));
  if (view.attendance && !step?.showAttendance) params.set('attendance', ATTENDANCE_ON);
  if (view.embed) params.set('embed', EMBED_ON);
  if (view.embed && view.part !== null) params.set('part', view.part);
  if (view.theme !== null) params.set('theme', view.theme);
  if (view.presenting) params.set('mode', MODE_PRESENT);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** The part an embed's address asks for, when it is one of the parts; the first script's rule too. */
export function embeddedPart(search: string): Part | null {
  const params = new URLSearchParams(search);
  const part = params.get('part');
  return params.get('embed') === EMBED_ON ? (PARTS.find((name) => name === part) ?? null) : null;
}

/**
 * Whether the address asks for more than the default view, which the page holds prerendered:
 * any parameter but pym's own, `embed=1` and an embed's `part` does (a wrong one too, since it
 * brings a notice). An embed and its parts are the default view's own markup, laid out by marks
 * on the root.
 */
export function asksForAnotherView(search: string): boolean {
  const part = embeddedPart(search);
  return [...new URLSearchParams(search)].some(
    ([name, value]) =>
      !PYM_PARAMETERS.has(name) && !(name === 'embed' && value === EMBED_ON) && !(name === 'part' && value === part),
  );
}
