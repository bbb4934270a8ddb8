/**
 * Scans a large JSON text beside the page's own JSON.parse of it (see scanInWorker.ts): text
 * in, the scan's small result (failure and duplicate keys) out.
 */
import { scanJson } from './scanJson';

self.onmessage = (event: MessageEvent<string>) => {
  self.postMessage(scanJson(event.data));
};
