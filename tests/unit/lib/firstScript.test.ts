// The first script (plain JS in <head>) and the app's URL reader must agree on which addresses
// the prerendered page can serve as it is: each case runs the script on a stand-in root element.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ENTRY_AT_THE_LATEST_MS, ENTRY_ATTRIBUTE, FIRST_SCRIPT } from '../../../src/lib/firstScript.ts';
import { EARLY_INPUT_QUEUE, EMBED_CLASS, VIEW_PENDING_CLASS } from '../../../src/lib/pageFlags.ts';
import { asksForAnotherView } from '../../../src/lib/url.ts';

function runFirstScript(search: string) {
  const root = document.createElement('html');
  new Function('location', 'document', FIRST_SCRIPT)({ search }, { documentElement: root, addEventListener() {} });
  return { pending: root.classList.contains(VIEW_PENDING_CLASS), embedded: root.classList.contains(EMBED_CLASS), theme: root.dataset.theme };
}

describe('the first script and asksForAnotherView', () => {
  it.each([
    { search: '', pending: false, embedded: false },
    { search: '?embed=1', pending: false, embedded: true },
    { search: '?embed=1&childId=graphic&initialWidth=730&parentTitle=Story&parentUrl=https%3A%2F%2Fexample.org', pending: false, embedded: true },
    { search: '?childId=graphic&initialWidth=730', pending: false, embedded: false },
    { search: '?embed=yes', pending: true, embedded: false },
    { search: '?embed=1&year=2018', pending: true, embedded: true },
    { search: '?year=2026', pending: true, embedded: false },
    { search: '?theme=dark&embed=1', pending: true, embedded: true },
    { search: '?whatever=1', pending: true, embedded: false },
  ])('$search: another view $pending, embedded layout $embedded', ({ search, pending, embedded }) => {
    const result = runFirstScript(search);
    expect(result.pending).toBe(pending);
    expect(asksForAnotherView(search)).toBe(pending);
    expect(result.embedded).toBe(embedded);
  });

  it('applies a known theme and ignores an unknown one', () => {
    expect(runFirstScript('?theme=dark').theme).toBe('dark');
    expect(runFirstScript('?theme=neon').theme).toBeUndefined();
  });
});

describe('the first script loads the module script once the page has painted', () => {
  const ENTRY = './assets/index-test.js';
  let paintObserver: ((list: { getEntriesByName(name: string): unknown[] }) => void) | null;

  // A stand-in page: its own root, head and current script; the real clock is faked by vitest.
  function startPage(search: string) {
    const root = document.createElement('html');
    const head = document.createElement('head');
    const currentScript = document.createElement('script');
    currentScript.setAttribute(ENTRY_ATTRIBUTE, ENTRY);
    const events = new EventTarget();
    const page = {
      documentElement: root,
      head,
      currentScript,
      createElement: (name: string) => document.createElement(name),
      addEventListener: events.addEventListener.bind(events),
    };
    class StandInObserver {
      constructor(callback: typeof paintObserver) {
        paintObserver = callback;
      }
      observe() {}
    }
    new Function('location', 'document', 'PerformanceObserver', FIRST_SCRIPT)({ search }, page, StandInObserver);
    const loaded = () => [...head.querySelectorAll('script')].map((script) => `${script.type} ${script.getAttribute('src')}`);
    const paint = (...names: string[]) => paintObserver?.({ getEntriesByName: (name) => names.filter((entry) => entry === name) });
    const act = (type: string) => events.dispatchEvent(new Event(type));
    return { parsed: () => act('DOMContentLoaded'), act, paint, loaded };
  }

  beforeEach(() => {
    paintObserver = null;
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('waits for the parsed document and its first contentful paint, and loads the script once', () => {
    const page = startPage('');
    page.paint('first-contentful-paint');
    expect(page.loaded()).toEqual([]);
    page.parsed();
    page.paint('first-paint');
    expect(page.loaded()).toEqual([]);
    page.paint('first-paint', 'first-contentful-paint');
    page.paint('first-contentful-paint');
    vi.advanceTimersByTime(ENTRY_AT_THE_LATEST_MS);
    expect(page.loaded()).toEqual([`module ${ENTRY}`]);
  });

  it('loads it when the document is parsed if the address asks for another view', () => {
    const page = startPage('?year=2009');
    expect(page.loaded()).toEqual([]);
    page.parsed();
    expect(page.loaded()).toEqual([`module ${ENTRY}`]);
  });

  it.each(['pointerover', 'focusin', 'keydown', 'touchstart', 'pointerdown'])(
    'loads it at once when the reader reaches for the graphic (%s), and queues the event for it',
    (type) => {
      const page = startPage('');
      page.parsed();
      page.act('click');
      expect(page.loaded()).toEqual([]);
      page.act(type);
      expect(page.loaded()).toEqual([`module ${ENTRY}`]);
      const queue = (window as unknown as Record<string, Event[]>)[EARLY_INPUT_QUEUE];
      expect(queue.map((event) => event.type)).toEqual(['click', type]);
    },
  );

  it('loads it as soon as the document is parsed if the reader acted before', () => {
    const page = startPage('');
    page.act('input');
    expect(page.loaded()).toEqual([]);
    page.parsed();
    expect(page.loaded()).toEqual([`module ${ENTRY}`]);
  });

  it('loads it after at most a second on a page that does not paint', () => {
    const page = startPage('');
    page.parsed();
    vi.advanceTimersByTime(ENTRY_AT_THE_LATEST_MS - 1);
    expect(page.loaded()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(page.loaded()).toEqual([`module ${ENTRY}`]);
  });
});
