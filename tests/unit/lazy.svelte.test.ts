// A tool's code loaded at its first opening: it says when the load failed, and tries again.
import { describe, expect, it } from 'vitest';
import { Lazy } from '../../src/lazy.svelte.ts';

describe('Lazy', () => {
  it('holds the module once it came; after a failure says so, and the next load tries again', async () => {
    let attempts = 0;
    const lazy = new Lazy(() => (++attempts === 1 ? Promise.reject(new Error('dropped')) : Promise.resolve({ ok: true })));
    lazy.load();
    await expect.poll(() => lazy.hasFailed).toBe(true);
    expect(lazy.current).toBeNull();
    lazy.load();
    expect(lazy.hasFailed).toBe(false);
    await expect.poll(() => lazy.current).toEqual({ ok: true });
    lazy.load();
    expect(attempts).toBe(2);
  });
});
