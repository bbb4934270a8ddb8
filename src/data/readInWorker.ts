/**
 * Reads a document in a worker, so that decoding, parsing, validating and normalising tens of
 * megabytes does not freeze the page; only receiving the finished timeline costs the main
 * thread. Where no worker can be started (Node, a sandboxed embed with an opaque origin, a
 * policy that forbids it) it answers null and the caller reads on the main thread.
 */
import type { TimelineReading } from './readDataset';

/** The reading of `bytes` done in a worker, or null when no worker could do it. The bytes are transferred. */
export function readTimelineInWorker(bytes: Uint8Array): Promise<TimelineReading | null> {
  if (typeof Worker === 'undefined') return Promise.resolve(null);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./timeline.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve(null);
  }
  return new Promise((resolve) => {
    const done = (reading: TimelineReading | null) => {
      worker.terminate();
      resolve(reading);
    };
    worker.onmessage = (event: MessageEvent<TimelineReading>) => done(event.data);
    // A worker whose script cannot load (or that fails) reports an error: fall back.
    worker.onerror = (event) => {
      event.preventDefault();
      done(null);
    };
    worker.onmessageerror = () => done(null);
    // A copy, not the caller's buffer: if the worker fails, the bytes are still there to read.
    const copy = bytes.slice();
    worker.postMessage(copy, [copy.buffer]);
  });
}
