/**
 * Marks on the root element that say how far the page has come. Kept apart from the modules that
 * use them, so that the first-load script can read them without loading any of the app.
 */

/** The class that keeps the prerendered view hidden until the app has drawn the asked-for one. */
export const VIEW_PENDING_CLASS = 'is-view-pending';

/** The JSON block of every year's look and words that the first script moves the map with (src/lib/earlyView.ts). */
export const EARLY_VIEW_ID = 'early-view';

/** The year slider, which the first script follows before the app runs. */
export const YEAR_SLIDER_ID = 'year-slider';

/** Set while the map shows a year the parts drawn by the app do not yet: they are dimmed and say so. */
export const CATCHING_UP_CLASS = 'is-catching-up';

/**
 * Set by the first script until the first-load script has placed the map's names (src/main.ts):
 * names drawn on their anchors and then moved would shift the layout, so they wait, unseen.
 */
export const PLACING_NAMES_CLASS = 'is-placing-names';

/** The embedded layout (`embed=1`), on the root so that the prerendered page takes it before it is drawn. */
export const EMBED_CLASS = 'is-embed';

/** The part an embed shows alone (`part=map`), on the root for the same reason; absent for the whole. */
export const PART_ATTRIBUTE = 'data-part';

/** Where the printed page names its own address: the first-load script fills it in, the app keeps it. */
export const PAGE_ADDRESS_ID = 'page-address';

/** Marks each line the first-load script shows when the app's code could not be loaded, with a way to try again. */
export const LOAD_FAILED_ATTRIBUTE = 'data-load-failed';

/** Set once the app runs; until then the page is its prerendered HTML. */
export const APP_RUNNING_ATTRIBUTE = 'data-app-running';

/** The events a reader's early acts are recorded from (src/earlyInput.ts). */
export const EARLY_INPUT_EVENTS = ['input', 'change', 'toggle', 'click'] as const;

/** The events that say a reader reaches for the graphic: its app loads on the first (src/main.ts). */
export const INTENT_EVENTS = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'] as const;

/**
 * Sent on a link to another tab that a sandboxed frame would refuse: the first script stops the
 * click, since trying logs an error, and the app offers the address instead.
 */
export const NEW_TAB_REFUSED_EVENT = 'graphic:newtabrefused';

/**
 * Sent on a button pressed before the app ran whose label changed by the time it could act (the
 * reader also moved the slider): the press is not carried out, and the app says so.
 */
export const EARLY_PRESS_DROPPED_EVENT = 'graphic:earlypressdropped';

/** What a dropped press said then and says now, as the reader read them. */
export interface DroppedPress {
  pressed: string;
  now: string;
}

/** Where the first script queues both kinds until the first-load script takes them over. */
export const EARLY_INPUT_QUEUE = 'graphicEarlyInput';

/** On the page's empty holder of the maps' outlines: the file the first script fills it from, after the first paint. */
export const OUTLINES_FILE_ATTRIBUTE = 'data-outlines';

/** Set while the maps' outlines could not be loaded: a line says so, with a button to try again. */
export const OUTLINES_FAILED_CLASS = 'is-missing-outlines';

/** Marks that button: the first script, not the app, loads the outlines. */
export const OUTLINES_RETRY_ATTRIBUTE = 'data-retry-outlines';

/**
 * Every class the first script may set on the root before the app runs: the page's inlined
 * styles keep the rules that need them (src/build/prerender.ts).
 */
export const FIRST_SCRIPT_ROOT_CLASSES = [
  EMBED_CLASS,
  PLACING_NAMES_CLASS,
  VIEW_PENDING_CLASS,
  CATCHING_UP_CLASS,
  OUTLINES_FAILED_CLASS,
] as const;
