/**
 * Hands a made file to the browser as a download, and says whether the page is inside a frame
 * that may refuse it. A frame sandboxed without `allow-downloads` drops a download silently
 * (the browser only logs it), and no script can read a frame's sandbox flags; what a script
 * can tell is that it runs in a frame, and that the frame is sandboxed when its origin is
 * opaque ("null"). The menu uses that to offer a way round.
 */

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

/** Starts the download of `blob` as `name`. */
export function saveFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it starts; the URL is kept a while for slow starts.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
