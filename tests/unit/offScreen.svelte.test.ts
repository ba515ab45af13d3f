// A part off screen keeps what it showed while the year moves, and catches up when it comes on
// screen, when it is told to, once the year has rested, and before printing.
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { catchUpWhenPaused, PartOnScreen } from '../../src/offScreen.svelte.ts';

/** Stands in for the browser's observer: the test says when the element is on screen. */
class FakeIntersectionObserver {
  static latest: FakeIntersectionObserver;
  options: IntersectionObserverInit | undefined;
  constructor(
    private readonly callback: (entries: { isIntersecting: boolean }[]) => void,
    options?: IntersectionObserverInit,
  ) {
    this.options = options;
    FakeIntersectionObserver.latest = this;
  }
  observe() {}
  disconnect() {}
  scrolled(isIntersecting: boolean) {
    this.callback([{ isIntersecting }]);
  }
}

beforeEach(() => vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver));
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function setUp() {
  const source = $state({ year: 2026 });
  const part = new PartOnScreen();
  const element = document.createElement('section');
  const stop = part.observe(element);
  const followed = part.follow(() => source.year);
  const scrolled = (isOnScreen: boolean) => FakeIntersectionObserver.latest.scrolled(isOnScreen);
  // Drawn once, as the page draws every part first.
  expect(followed.current).toBe(2026);
  return { source, part, element, followed, scrolled, stop };
}

describe('PartOnScreen', () => {
  it('follows the source while on screen, before it has been observed too', () => {
    const { source, followed } = setUp();
    expect(followed.current).toBe(2026);
    source.year = 1999;
    expect(followed.current).toBe(1999);
  });

  it('counts a part a quarter screen ahead as on screen', () => {
    setUp();
    expect(FakeIntersectionObserver.latest.options?.rootMargin).toBe('25% 0px');
  });

  it('keeps its value off screen, and takes the latest when it comes on screen', () => {
    const { source, followed, scrolled } = setUp();
    scrolled(false);
    source.year = 2005;
    expect(followed.current).toBe(2026);
    source.year = 2011;
    scrolled(true);
    expect(followed.current).toBe(2011);
  });

  it.each(['focusin', 'pointerdown'])('follows at once when the reader acts in it (%s), before the observer reports', (type) => {
    const { source, element, followed, scrolled } = setUp();
    scrolled(false);
    source.year = 2005;
    element.dispatchEvent(new Event(type));
    expect(followed.current).toBe(2005);
  });

  it('catches up off screen when told to, and stays there', () => {
    const { source, part, followed, scrolled } = setUp();
    scrolled(false);
    source.year = 2005;
    part.catchUp();
    expect(followed.current).toBe(2005);
    source.year = 2006;
    expect(followed.current).toBe(2005);
  });
});

describe('catchUpWhenPaused', () => {
  function setUpWatched() {
    vi.useFakeTimers();
    const setup = setUp();
    const stop = $effect.root(() => catchUpWhenPaused([setup.part], () => setup.source.year));
    flushSync();
    setup.scrolled(false);
    return { ...setup, stopWatching: stop };
  }

  it('brings a part off screen up to date once the year has rested for 300 ms, not while it moves', () => {
    const { source, followed, stopWatching } = setUpWatched();
    for (const year of [2020, 2019, 2018]) {
      source.year = year;
      flushSync();
      vi.advanceTimersByTime(200);
      expect(followed.current).toBe(2026);
    }
    vi.advanceTimersByTime(100);
    expect(followed.current).toBe(2018);
    stopWatching();
  });

  it('brings it up to date at once before printing', () => {
    const { source, followed, stopWatching } = setUpWatched();
    source.year = 1992;
    flushSync();
    dispatchEvent(new Event('beforeprint'));
    expect(followed.current).toBe(1992);
    stopWatching();
  });
});
