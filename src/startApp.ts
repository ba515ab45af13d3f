/** Starts the interactive graphic: takes over the prerendered page, or draws the view asked for. */
import { flushSync, hydrate, mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { asksForAnotherView } from './lib/url.ts';

export function startApp(target: HTMLElement, search: string): void {
  // The page arrives holding the default view: the app takes it over as it is, then draws the
  // parts below the maps; or it draws the view the address asks for in its place (the first
  // script has kept the default one hidden).
  if (target.hasChildNodes() && !asksForAnotherView(search)) {
    hydrate(App, { target, props: { search, drawsLowerPartsLater: true } });
  } else {
    target.replaceChildren();
    mount(App, { target, props: { search } });
  }
  // Effects (listeners, attachments) would wait for a microtask; the reader's early acts, replayed
  // next, need them in place.
  flushSync();
}

/** Lets the app draw what was just changed at once: the early acts' replay reads the page after. */
export const settle = flushSync;
