/**
 * Trying again code that did not come. Browsers before retriable module loading (whatwg/html
 * #10327; Chromium 150 among them) remember a module that failed to arrive and fail every later
 * import() of it at once, never asking the network again; and Vite's loader counts a stylesheet it
 * could not fetch as loaded, so code imported again would run without it. Where a retry cannot
 * work so, and the page's own server answers, only loading the page again fetches the code: the
 * view is in the address.
 */

let hasMissedStyles = false;
// Vite's loader tells of each file it could not preload, before its import() rejects. (Not on
// the server, whose renderer imports this module too.)
if (typeof window !== 'undefined')
  window.addEventListener('vite:preloadError', () => {
    hasMissedStyles = true;
  });

/** Whether code can now come only with the page loaded again: a stylesheet it needs was missed. */
export const canRetryOnlyByReload = () => hasMissedStyles;

/** Loads the page again at `address`, if its server answers; false, changing nothing, if not. */
export async function reloadIfServerAnswers(address = location.href): Promise<boolean> {
  try {
    const response = await fetch(location.href, { method: 'HEAD', cache: 'no-store' });
    if (!response.ok) return false;
  } catch {
    // Still offline: the line saying so stays, with its button.
    return false;
  }
  location.replace(address);
  return true;
}
