/**
 * The worker that reads a large document off the main thread: bytes in (transferred, not
 * copied), a timeline or its problems out. Started by readInWorker.ts.
 */
import { readTimelineBytes } from './readDataset';

self.onmessage = (event: MessageEvent<Uint8Array>) => {
  self.postMessage(readTimelineBytes(event.data));
};
