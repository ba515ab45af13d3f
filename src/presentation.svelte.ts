/**
 * The classroom presentation without its markup: entering and leaving it with full screen, the
 * clicker keys, the key help. A plain object over the view and a full-screen port, tested without
 * a browser (tests/unit/presentation.svelte.test.ts); App.svelte only wires it to the page.
 */
import { presentAction, type FocusKind, type PresentAction } from './lib/presentKeys.ts';

/** What the presentation asks of the view state (src/state.svelte.ts). */
export interface PresentedView {
  readonly isPresenting: boolean;
  readonly step: number | null;
  setPresenting(isPresenting: boolean): void;
  goToStep(step: number): void;
}

/** Full screen as the page may have it (src/lib/capabilities.ts). */
export interface FullscreenPort {
  isOn(): boolean;
  /** Switches it; false where the browser or the frame refused. */
  toggle(): Promise<boolean>;
}

export class Presentation {
  isHelpOpen = $state(false);
  /** Set when full screen was refused: the presentation then fills the window and says so. */
  isFullscreenRefused = $state(false);
  /** Whether this presentation put the page in full screen, so that leaving one ends both. */
  #hasEnteredFullscreen = false;
  readonly #view: PresentedView;
  readonly #fullscreen: FullscreenPort;
  readonly #actions: Record<PresentAction, () => void>;

  constructor(view: PresentedView, fullscreen: FullscreenPort, story: { stepCount: number; togglePlay: () => void }) {
    this.#view = view;
    this.#fullscreen = fullscreen;
    this.#actions = {
      previous: () => view.goToStep((view.step ?? 1) - 1),
      next: () => view.goToStep((view.step ?? 0) + 1),
      first: () => view.goToStep(1),
      last: () => view.goToStep(story.stepCount),
      play: story.togglePlay,
      fullscreen: () => void this.switchFullscreen(),
      leave: () => this.leave(),
      help: () => (this.isHelpOpen = !this.isHelpOpen),
    };
  }

  async switchFullscreen(): Promise<void> {
    this.isFullscreenRefused = !(await this.#fullscreen.toggle());
    this.#hasEnteredFullscreen = this.#fullscreen.isOn();
  }

  /** Starts the presentation at the story's first step, in full screen where it is allowed. */
  async enter(): Promise<void> {
    this.#view.setPresenting(true);
    if (this.#view.step === null) this.#view.goToStep(1);
    if (!this.#fullscreen.isOn()) await this.switchFullscreen();
  }

  leave(): void {
    this.isHelpOpen = false;
    this.isFullscreenRefused = false;
    this.#view.setPresenting(false);
    if (this.#fullscreen.isOn()) void this.#fullscreen.toggle();
  }

  /** The browser's own Escape leaves full screen without a key event: the presentation ends too. */
  fullscreenChanged(): void {
    if (this.#hasEnteredFullscreen && !this.#fullscreen.isOn() && this.#view.isPresenting) this.leave();
    this.#hasEnteredFullscreen = this.#fullscreen.isOn();
  }

  /** Acts on a key while presenting; true when the key was the presentation's (the page then stops it). */
  key(key: string, focus: FocusKind, hasModifier: boolean): boolean {
    const action = presentAction(key, focus, hasModifier);
    // With the help open, Escape closes the help (the dialog does that itself).
    if (!action || (this.isHelpOpen && action === 'leave')) return false;
    this.#actions[action]();
    return true;
  }
}
