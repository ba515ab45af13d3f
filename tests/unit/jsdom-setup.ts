// jsdom lacks two browser APIs that Svelte uses: media queries (prefersReducedMotion) and the
// Web Animations API (transitions). Minimal stand-ins: no media query matches, and every
// animation finishes at once, as with reduced motion. Real behaviour is tested in Chromium.
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

if (!Element.prototype.animate)
  Element.prototype.animate = function () {
    const animation = { onfinish: null as (() => void) | null, cancel() {}, finished: Promise.resolve() };
    queueMicrotask(() => animation.onfinish?.());
    return animation as unknown as Animation;
  };
