/**
 * Marks on the root element that say how far the page has come. Kept apart from the modules that
 * use them, so that the first-load script can read them without loading any of the app.
 */

/** The class that keeps the prerendered view hidden until the app has drawn the asked-for one. */
export const VIEW_PENDING_CLASS = 'is-view-pending';

/** The embedded layout (`embed=1`), on the root so that the prerendered page takes it before it is drawn. */
export const EMBED_CLASS = 'is-embed';

/** Where the printed page names its own address: the first-load script fills it in, the app keeps it. */
export const PAGE_ADDRESS_ID = 'page-address';

/** Set once the app runs; until then the page is its prerendered HTML. */
export const APP_RUNNING_ATTRIBUTE = 'data-app-running';
