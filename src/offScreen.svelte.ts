/**
 * Parts of the page the reader cannot see do not redraw while the year moves: each follows the
 * view only while it is on screen (or about to be), and otherwise catches up when the reader
 * pauses, and before the page is printed. A year change then costs what is on screen.
 */
import { flushSync, untrack } from 'svelte';

/** How far beyond the viewport a part counts as on screen: a quarter screen, drawn before it scrolls in. */
export const AHEAD_MARGIN = '25% 0px';
/** The pause after a change that lets parts off screen catch up (dragging, playing: no pause). */
const CATCH_UP_DELAY_MS = 300;

export class PartOnScreen {
  // On screen until observed: the first render is always whole.
  #isOnScreen = $state(true);
  #catchUps = $state(0);

  /** An attachment for the part's element. */
  observe = (element: Element) => {
    // Where there is no observer (a DOM without layout), the part simply always follows.
    if (typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) => (this.#isOnScreen = entry.isIntersecting), {
      rootMargin: AHEAD_MARGIN,
    });
    observer.observe(element);
    // A part the reader acts in is on screen, even before the observer's next report says so.
    const reached = () => (this.#isOnScreen = true);
    element.addEventListener('focusin', reached);
    element.addEventListener('pointerdown', reached);
    return () => {
      observer.disconnect();
      element.removeEventListener('focusin', reached);
      element.removeEventListener('pointerdown', reached);
    };
  };

  catchUp() {
    this.#catchUps++;
  }

  /** `read()` while the part is on screen; off screen, what it was last drawn with, or caught up to. */
  follow<T>(read: () => T): { readonly current: T } {
    let last: { value: T } | undefined;
    let caughtUpTo = untrack(() => this.#catchUps);
    const current = $derived.by(() => {
      if (this.#isOnScreen) return (last = { value: read() }).value;
      const catchUps = this.#catchUps;
      if (last === undefined || catchUps !== caughtUpTo) last = { value: untrack(read) };
      caughtUpTo = catchUps;
      return last.value;
    });
    return {
      get current() {
        return current;
      },
    };
  }
}

/**
 * Brings every part up to date once `watch` has rested, and at once before printing.
 * Call it while a component initialises; it stops with the component.
 */
export function catchUpWhenPaused(parts: PartOnScreen[], watch: () => unknown): void {
  const catchUpAll = () => parts.forEach((part) => part.catchUp());
  $effect(() => {
    watch();
    const timer = setTimeout(catchUpAll, CATCH_UP_DELAY_MS);
    return () => clearTimeout(timer);
  });
  $effect(() => {
    // Printing lays the page out at once, before any later task could run.
    const beforePrint = () => untrack(() => flushSync(catchUpAll));
    addEventListener('beforeprint', beforePrint);
    return () => removeEventListener('beforeprint', beforePrint);
  });
}
