import { retryOrReload } from './reloadToRetry.ts';

/**
 * A module loaded at its first use: `current` holds it once it has arrived, and stays.
 *
 * Not `{#await import()}` in a panel that opens and closes: Svelte 5.57 keeps each resolved await
 * block's value in a list it never clears (its untracked writes, set outside any reaction), so
 * every opening left one signal behind (tests/browser/memory.test.ts).
 */
export class Lazy<Module> {
  current = $state<Module | null>(null);
  /** Whether the last try failed (a dropped connection): the panel says so, with a way to try again. */
  hasFailed = $state(false);
  #loading: Promise<void> | null = null;
  readonly #load: () => Promise<Module>;

  constructor(load: () => Promise<Module>) {
    this.#load = load;
  }

  /**
   * Starts loading, once; after a failure (a dropped connection), the next call tries again, and
   * loads the page again where the browser will not fetch the module twice (src/reloadToRetry.ts).
   */
  load = (): void => {
    if (this.#loading) return;
    const loaded = this.hasFailed ? retryOrReload(this.#load) : this.#load();
    this.hasFailed = false;
    this.#loading = loaded.then(
      (module) => {
        this.current = module;
      },
      () => {
        this.#loading = null;
        this.hasFailed = true;
      },
    );
  };
}
