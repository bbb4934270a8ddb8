/**
 * Opens a link in a new tab from inside a frame that may not be allowed to (a sandbox without
 * allow-popups). window.open with "noopener" always returns null, so it cannot tell success
 * from refusal; instead the new window's opener is cut by hand, which protects the same way.
 */

/** Opens `url` in a new tab; returns false when the browser refused (the caller says so). */
export function openExternal(url: string): boolean {
  try {
    const opened = window.open(url, '_blank');
    if (!opened) return false;
    opened.opener = null;
    return true;
  } catch {
    return false;
  }
}
