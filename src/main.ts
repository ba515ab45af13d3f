/**
 * The page's only first-load script. The default view's maps, year and changes arrive as HTML,
 * so the app's code (which draws the parts below the maps) is fetched only when a reader reaches
 * for the graphic (a pointer over it, a touch, a key, the focus), or at once when the address asks
 * for another view. What the reader does meanwhile is replayed on the running app. Talking to a host frame starts at once: its height cannot wait.
 */
import { startAutoHeight } from './autoHeight.ts';
import { recordEarlyInput } from './earlyInput.ts';
import { placeNamesIn } from './labelMeasure.ts';
import { datawrapperKeyOf, pymChildId } from './lib/embed.ts';
import {
  APP_RUNNING_ATTRIBUTE,
  CATCHING_UP_CLASS,
  INTENT_EVENTS,
  LOAD_FAILED_ATTRIBUTE,
  PAGE_ADDRESS_ID,
  PLACING_NAMES_CLASS,
  VIEW_PENDING_CLASS,
  YEAR_SLIDER_ID,
} from './lib/pageFlags.ts';
import { retryOrReload } from './reloadToRetry.ts';
import './global.css';

// Who the graphic is to its host is read before the address starts following the reader.
const frame = { childId: pymChildId(location.search), datawrapperKey: datawrapperKeyOf(location.pathname), src: location.href };
const search = location.search;
const root = document.documentElement;
const earlyInput = recordEarlyInput();
let starting: Promise<void> | null = null;

/**
 * Places the prerendered map's names as the app will (src/labelMeasure.ts), at this width and at
 * any other until the app takes over: no name covers another, and none moves when the app arrives.
 */
function placePrerenderedNames(): () => void {
  const showNames = () => root.classList.remove(PLACING_NAMES_CLASS);
  if (typeof ResizeObserver === 'undefined') {
    showNames();
    return () => {};
  }
  const frames = [...document.querySelectorAll<HTMLElement>('#app .labels')].map((container) => ({
    container,
    // The prerendered page puts each name on its anchor, as a share of the frame.
    anchors: [...container.querySelectorAll<HTMLElement>('[data-label-iso]')].map((label) => ({
      iso: label.dataset.labelIso!,
      x: parseFloat(label.style.left) / 100,
      y: parseFloat(label.style.top) / 100,
    })),
  }));
  const observer = new ResizeObserver(() => {
    for (const { container, anchors } of frames)
      for (const [iso, placed] of placeNamesIn(container, anchors, new Set()).labels) {
        const label = container.querySelector<HTMLElement>(`[data-label-iso="${iso}"]`)!;
        label.style.left = `${placed.x}px`;
        label.style.top = `${placed.y}px`;
      }
    showNames();
  });
  for (const { container } of frames) observer.observe(container);
  return () => {
    observer.disconnect();
    showNames();
  };
}
const stopPlacingNames = placePrerenderedNames();

/** The prerendered lines that say the app's code did not come, each with its button to try again. */
const loadFailedLines = [...document.querySelectorAll<HTMLElement>(`[${LOAD_FAILED_ATTRIBUTE}]`)];
const showLoadFailed = (isShown: boolean) => loadFailedLines.forEach((line) => (line.hidden = !isShown));

/** The address of what the page shows, the year the slider moved to before the app ran included. */
function addressOfEarlyView(): string {
  const slider = document.getElementById(YEAR_SLIDER_ID);
  const address = new URL(location.href);
  if (slider instanceof HTMLInputElement && slider.value !== slider.defaultValue) address.searchParams.set('year', slider.value);
  return address.href;
}

const importApp = () => import('./startApp.ts');
let hasFailed = false;

/** Brings the app in with `load`, once at a time, and shows it, or the lines saying it did not come. */
function bringApp(load: typeof importApp) {
  starting ??= load().then(
    ({ startApp, settle }) => {
      for (const type of INTENT_EVENTS) document.removeEventListener(type, start, true);
      stopPlacingNames();
      showLoadFailed(false);
      startApp(document.getElementById('app')!, search);
      root.classList.remove(VIEW_PENDING_CLASS);
      root.setAttribute(APP_RUNNING_ATTRIBUTE, '');
      earlyInput.replay(settle);
      root.classList.remove(CATCHING_UP_CLASS);
    },
    (error: unknown) => {
      // A dropped connection: the page shows the view it holds (the latest year) and says so;
      // its button tries again.
      hasFailed = true;
      starting = null;
      root.classList.remove(VIEW_PENDING_CLASS);
      showLoadFailed(true);
      console.error('The interactive part of the graphic could not be loaded:', error);
    },
  );
}

/** At a reader's first gesture, or at once. After a failure only Try again brings the app, as its line says. */
function start() {
  if (!hasFailed) bringApp(importApp);
}

for (const line of loadFailedLines)
  line.querySelector('button')?.addEventListener('click', () => {
    showLoadFailed(false);
    bringApp(() => retryOrReload(importApp, addressOfEarlyView()));
  });

// Printed untouched, the default view is this page without the address's parameters.
const pageAddress = document.getElementById(PAGE_ADDRESS_ID);
if (pageAddress) pageAddress.textContent = new URL(location.pathname, location.href).href;

if (root.classList.contains(VIEW_PENDING_CLASS) || earlyInput.reachedBefore || !document.getElementById('app')?.hasChildNodes())
  start();
else for (const type of INTENT_EVENTS) document.addEventListener(type, start, { capture: true, passive: true });
startAutoHeight(frame);
