// Playback as a plain object on a clock the test moves by hand: no browser, no timers.
import { describe, expect, it } from 'vitest';
import { Playback, PLAY_INTERVAL_MS, type PlaybackClock } from '../../../src/lib/playback.ts';

/** A clock that ticks only when told to, and says how many tickers are running. */
function handClock() {
  const tickers = new Set<() => void>();
  const clock: PlaybackClock = {
    every(ms, tick) {
      expect(ms).toBe(PLAY_INTERVAL_MS);
      tickers.add(tick);
      return () => tickers.delete(tick);
    },
  };
  return { clock, tick: () => [...tickers].forEach((tick) => tick()), running: () => tickers.size };
}

function player(startYear: number, range = { first: 1991, last: 2026 }) {
  const hand = handClock();
  let year = startYear;
  const playing: boolean[] = [];
  const playback = new Playback({
    year: () => year,
    first: () => range.first,
    last: () => range.last,
    setYear: (next) => (year = next),
    onPlayingChange: (isPlaying) => playing.push(isPlaying),
    clock: hand.clock,
  });
  /** The reader choosing a year meanwhile. */
  const choose = (chosen: number) => (year = chosen);
  return { playback, hand, year: () => year, choose, playing };
}

describe('Playback', () => {
  it('moves one year a tick and stops by itself at the last year', () => {
    const { playback, hand, year, playing } = player(2023);
    playback.toggle();
    expect([year(), playback.isPlaying]).toEqual([2023, true]);
    hand.tick();
    expect(year()).toBe(2024);
    hand.tick();
    hand.tick();
    expect([year(), playback.isPlaying, hand.running()]).toEqual([2026, false, 0]);
    expect(playing).toEqual([true, false]);
  });

  it('starts again at the first year when played from the last', () => {
    const { playback, hand, year } = player(2026);
    playback.toggle();
    expect(year()).toBe(1991);
    hand.tick();
    expect(year()).toBe(1992);
  });

  it('pauses on a second toggle and stays put however long the clock runs', () => {
    const { playback, hand, year, playing } = player(2000);
    playback.toggle();
    hand.tick();
    playback.toggle();
    for (let i = 0; i < 10; i++) hand.tick();
    expect([year(), playback.isPlaying, hand.running()]).toEqual([2001, false, 0]);
    expect(playing).toEqual([true, false]);
  });

  it('says nothing when paused while not playing', () => {
    const { playback, playing } = player(2000);
    playback.pause();
    expect(playing).toEqual([]);
  });

  it('reads the year at each tick, so that a year chosen meanwhile is where it goes on', () => {
    const { playback, hand, year, choose } = player(1995);
    playback.toggle();
    choose(2010);
    hand.tick();
    expect(year()).toBe(2011);
  });
});
