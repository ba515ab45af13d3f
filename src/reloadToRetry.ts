/**
 * Trying again code that did not come. Browsers before retriable module loading (whatwg/html
 * #10327; Chromium 150 among them) remember a module that failed to arrive and fail every later
 * import() of it at once, never asking the network again. When a retry fails so while the page's
 * own server answers, only loading the page again fetches the code: the view is in the address.
 */
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
