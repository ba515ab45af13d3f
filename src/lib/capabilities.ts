/**
 * What a sandboxed frame may refuse, tried rather than assumed: each helper reports whether it
 * worked, so that the caller can offer its fallback. Nothing here throws.
 */

/** Copies text to the clipboard; false where the frame or browser does not allow it. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Opens an address in a new tab; false where pop-ups are not allowed (a sandbox without allow-popups). */
export function openInNewTab(url: string): boolean {
  try {
    const opened = window.open(url, '_blank');
    if (!opened) return false;
    opened.opener = null;
    return true;
  } catch {
    return false;
  }
}

/** Whether the page is in full screen. */
export const isFullscreen = () => document.fullscreenElement !== null && document.fullscreenElement !== undefined;

/**
 * Puts the whole page in full screen, or takes it out; false where the browser or the frame
 * refuses (an iframe without allowfullscreen), so that the caller can say so.
 */
export async function toggleFullscreen(): Promise<boolean> {
  try {
    if (isFullscreen()) await document.exitFullscreen();
    // Asking where the frame does not allow it only logs a permissions-policy violation.
    else if (!document.fullscreenEnabled) return false;
    else await document.documentElement.requestFullscreen();
    return true;
  } catch {
    return false;
  }
}
