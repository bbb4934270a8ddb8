/**
 * Runs scanJson in a worker, so that on a large document the scan (about as slow as JSON.parse)
 * runs at the same time as the page's JSON.parse instead of after it. Only the scan's small
 * result comes back. Where no worker can be started (Node, a sandboxed embed whose origin is
 * opaque, a policy that forbids it) it answers null and the caller scans on its own thread.
 */
import type { JsonScan } from './scanJson';

/** The scan of `text` done in a worker, or null when no worker could do it. */
export function scanInWorker(text: string): Promise<JsonScan | null> | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./scan.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  return new Promise((resolve) => {
    const done = (scan: JsonScan | null) => {
      worker.terminate();
      resolve(scan);
    };
    worker.onmessage = (event: MessageEvent<JsonScan>) => done(event.data);
    worker.onerror = (event) => {
      event.preventDefault(); // a worker that cannot load is a fallback, not an error to log
      done(null);
    };
    worker.onmessageerror = () => done(null);
    worker.postMessage(text);
  });
}
