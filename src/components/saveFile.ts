/**
 * Hands a made file to the browser as a download, and says whether the page is inside a frame
 * that may refuse it. A frame sandboxed without `allow-downloads` drops a download silently
 * (the browser only logs it), and no script can read a frame's sandbox flags; what a script
 * can tell is that it runs in a frame, and that the frame is sandboxed when its origin is
 * opaque ("null"). The menu uses that to offer a way round.
 */
import { openExternal } from './openExternal';

/** Where the page runs: its own tab, a frame, or a sandboxed frame (opaque origin). */
export type PageSetting = 'top' | 'frame' | 'sandboxed';

/** Where this page runs. */
export function pageSetting(): PageSetting {
  let framed: boolean;
  try {
    framed = window.self !== window.top;
  } catch {
    framed = true;
  }
  if (!framed) return 'top';
  return self.origin === 'null' ? 'sandboxed' : 'frame';
}

/** An object URL for `blob`, released after a minute (whatever opened it has its own copy by then). */
function temporaryUrl(blob: Blob): string {
  const url = URL.createObjectURL(blob);
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return url;
}

/** Starts the download of `blob` as `name`. */
export function saveFile(name: string, blob: Blob): void {
  const url = temporaryUrl(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * Shows `blob` in a new tab, where the reader can save it: the way round a frame that refuses
 * downloads but lets windows open (with `allow-popups-to-escape-sandbox` the tab is not
 * sandboxed). False when the window is refused too.
 */
export function openFileInTab(blob: Blob): boolean {
  return openExternal(temporaryUrl(blob));
}
