// The presentation as a plain object: a view and a full-screen port made by hand, no browser.
import { describe, expect, it } from 'vitest';
import { Presentation, type FullscreenPort, type PresentedView } from '../../src/presentation.svelte.ts';

function classroom({ allowsFullscreen = true } = {}) {
  const view: PresentedView & { isPresenting: boolean; step: number | null } = {
    isPresenting: false,
    step: null,
    setPresenting: (isPresenting) => (view.isPresenting = isPresenting),
    goToStep: (step) => (view.step = Math.min(11, Math.max(1, step))),
  };
  let isOn = false;
  const fullscreen: FullscreenPort & { browserLeaves(): void } = {
    isOn: () => isOn,
    toggle: async () => {
      if (!allowsFullscreen) return false;
      isOn = !isOn;
      return true;
    },
    // The browser's own Escape: full screen ends without the page asking.
    browserLeaves: () => (isOn = false),
  };
  const plays: number[] = [];
  const presentation = new Presentation(view, fullscreen, { stepCount: 11, togglePlay: () => plays.push(1) });
  return { presentation, view, fullscreen, plays };
}

describe('Presentation', () => {
  it('enters at the first step in full screen, and leaving ends both', async () => {
    const { presentation, view, fullscreen } = classroom();
    await presentation.enter();
    expect([view.isPresenting, view.step, fullscreen.isOn(), presentation.isFullscreenRefused]).toEqual([true, 1, true, false]);
    presentation.leave();
    await Promise.resolve();
    expect([view.isPresenting, fullscreen.isOn()]).toEqual([false, false]);
  });

  it('fills the window and says so where full screen is refused', async () => {
    const { presentation, view } = classroom({ allowsFullscreen: false });
    await presentation.enter();
    expect([view.isPresenting, presentation.isFullscreenRefused]).toEqual([true, true]);
    presentation.leave();
    expect(presentation.isFullscreenRefused).toBe(false);
  });

  it('ends when the browser leaves the full screen it entered', async () => {
    const { presentation, view, fullscreen } = classroom();
    await presentation.enter();
    fullscreen.browserLeaves();
    presentation.fullscreenChanged();
    expect(view.isPresenting).toBe(false);
  });

  it.each([
    ['PageDown', 'other', 2],
    ['ArrowRight', 'button', 2],
    ['PageUp', 'field', 1],
    ['End', 'other', 11],
    ['Home', 'other', 1],
  ] as const)('moves through the steps with %s (focus on %s)', async (key, focus, step) => {
    const { presentation, view } = classroom();
    await presentation.enter();
    expect(presentation.key(key, focus, false)).toBe(true);
    expect(view.step).toBe(step);
  });

  it('leaves keys to the focused control and to modified presses', async () => {
    const { presentation, view } = classroom();
    await presentation.enter();
    expect(presentation.key('ArrowRight', 'slider', false)).toBe(false);
    expect(presentation.key('PageDown', 'other', true)).toBe(false);
    expect(view.step).toBe(1);
  });

  it('plays with Space, opens the help with ?, and there Escape is the help’s own', async () => {
    const { presentation, view, plays } = classroom();
    await presentation.enter();
    presentation.key(' ', 'other', false);
    expect(plays).toEqual([1]);
    presentation.key('?', 'other', false);
    expect(presentation.isHelpOpen).toBe(true);
    expect(presentation.key('Escape', 'other', false)).toBe(false);
    expect(view.isPresenting).toBe(true);
    presentation.isHelpOpen = false;
    expect(presentation.key('Escape', 'other', false)).toBe(true);
    expect(view.isPresenting).toBe(false);
  });
});
