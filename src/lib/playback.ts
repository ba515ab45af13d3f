/**
 * Playback through the years, about a year a second, as a plain object (as Our World in Data's
 * TimelineController is): it reads and sets the year through the functions it is given and ticks
 * on the clock it is given, so that it is tested without a browser.
 */

/** About a year a second: slow enough to read what changed. */
export const PLAY_INTERVAL_MS = 1000;

export interface PlaybackClock {
  /** Calls `tick` every `ms` milliseconds until the returned function is called. */
  every(ms: number, tick: () => void): () => void;
}

const timerClock: PlaybackClock = {
  every(ms, tick) {
    const timer = setInterval(tick, ms);
    return () => clearInterval(timer);
  },
};

export interface PlaybackOptions {
  /** The year in view, and the range: read at each step, so that they may change meanwhile. */
  year(): number;
  first(): number;
  last(): number;
  setYear(year: number): void;
  /** Told whenever playback starts or stops. */
  onPlayingChange(isPlaying: boolean): void;
  clock?: PlaybackClock;
}

export class Playback {
  readonly #options: PlaybackOptions;
  #stop: (() => void) | null = null;

  constructor(options: PlaybackOptions) {
    this.#options = options;
  }

  get isPlaying(): boolean {
    return this.#stop !== null;
  }

  /** Starts or stops; from the last year, playing starts again at the first. */
  toggle(): void {
    if (this.isPlaying) return this.pause();
    const { year, first, last, setYear, clock = timerClock } = this.#options;
    if (year() >= last()) setYear(first());
    this.#stop = clock.every(PLAY_INTERVAL_MS, () => {
      if (year() < last()) setYear(year() + 1);
      if (year() >= last()) this.pause();
    });
    this.#options.onPlayingChange(true);
  }

  pause(): void {
    if (!this.#stop) return;
    this.#stop();
    this.#stop = null;
    this.#options.onPlayingChange(false);
  }
}
