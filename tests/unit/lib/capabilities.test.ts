/**
 * Full screen is asked for only where the frame allows it: asking in a frame without
 * allow="fullscreen" logs a permissions-policy violation before it is refused (issue 16).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toggleFullscreen } from '../../../src/lib/capabilities.ts';

function allowFullscreen(isEnabled: boolean) {
  Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, get: () => isEnabled });
  const request = vi.fn(() => Promise.resolve());
  document.documentElement.requestFullscreen = request;
  return request;
}

describe('toggleFullscreen', () => {
  afterEach(() => {
    Reflect.deleteProperty(document, 'fullscreenEnabled');
  });

  it('does not ask where full screen is not enabled, and says it was refused', async () => {
    const request = allowFullscreen(false);
    expect(await toggleFullscreen()).toBe(false);
    expect(request).not.toHaveBeenCalled();
  });

  it('asks where it is enabled', async () => {
    const request = allowFullscreen(true);
    expect(await toggleFullscreen()).toBe(true);
    expect(request).toHaveBeenCalledOnce();
  });
});
