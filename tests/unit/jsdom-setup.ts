// jsdom has no media queries, which Svelte's prefersReducedMotion reads: a stand-in under which
// no query matches. Real media behaviour is tested in Chromium.
if (!window.matchMedia)
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener() {},
      removeEventListener() {},
      addListener() {},
      removeListener() {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
