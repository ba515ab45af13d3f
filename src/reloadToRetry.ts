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

/** Loads the page again at `address`, if its server answers; false, changing nothing, if not. */
async function reloadIfServerAnswers(address: string): Promise<boolean> {
  try {
    const response = await fetch(location.href, { method: 'HEAD', cache: 'no-store' });
    if (!response.ok) return false;
  } catch {
    return false;
  }
  location.replace(address);
  return true;
}

/**
 * Tries `load` again, at a reader's request; where that cannot bring the code, loads the page
 * again at `address` (the promise then never settles: the page is going). Rejects while the
 * server does not answer, so that the line saying so stays, with its button.
 */
export async function retryOrReload<T>(load: () => Promise<T>, address = location.href): Promise<T> {
  let failure: unknown = new Error('A stylesheet this code needs did not come, and will not be fetched again');
  if (!hasMissedStyles)
    try {
      return await load();
    } catch (error) {
      failure = error;
    }
  if (await reloadIfServerAnswers(address)) return new Promise<T>(() => {});
  throw failure;
}
