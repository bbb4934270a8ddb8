/**
 * Fetches, reads, validates and normalises an event store in the browser. No React, no DOM:
 * it takes a fetch function so that tests can hand it one.
 *
 * Built for servers and files that misbehave: the body is read as a stream (so a progress
 * figure can be shown and a stall noticed), a server that sends nothing for `idleTimeoutMs` is
 * given up on, a body shorter than its Content-Length is "cut short", a web page where JSON
 * was expected is named as such, and the URL the data really came from (after redirects) is
 * returned with the result. Large bodies are read in slices, giving the page its thread back
 * between them: a 50 MB document never freezes the tab (the one piece that cannot be cut is
 * JSON.parse itself, a few hundred ms at that size).
 *
 * Why the whole reading is not in a worker: handing the finished timeline back to the page
 * costs the main thread more than building it there (receiving a structured clone of 100,000
 * events took about 1 s here, JSON.parse of them about 0.25 s), and a sandboxed embed, whose
 * origin is opaque, cannot start a worker at all. Only the scan, whose result is small, runs
 * in one (readDataset.ts).
 */
import { readTimelineBytes, readTimelineInSlices } from './readDataset';
import { mark, pauseEvery } from './pause';
import { sniffEncoding } from './decodeText';
import { looksLikeMarkup } from './parseJson';
import { formatProblem, visible, type Problem } from './problems';
import type { Timeline } from '../model/types';
import type { Dataset } from './schema';

/** Why a load failed, for the wording of the error panel. */
export type LoadFailure = 'fetch' | 'json' | 'invalid';

/** How much of the body has arrived; `total` is null when the server did not say. */
export interface LoadProgress {
  /** Bytes received. */
  loaded: number;
  /** Bytes announced by Content-Length, while the bytes received stay under it (else unknown). */
  total: number | null;
}

/** The outcome of loading a dataset (the validated document and its timeline); `finalUrl` is where the data came from after redirects. */
export type LoadResult =
  | { ok: true; dataset: Dataset; timeline: Timeline; url: string; finalUrl: string }
  | { ok: false; failure: LoadFailure; url: string; finalUrl: string; problems: string[] };

/** How to load. */
export interface LoadOptions {
  /** The fetch to use (tests pass one). */
  fetch?: typeof fetch;
  /** Give up when the server sends nothing for this long, in ms (headers or body). */
  idleTimeoutMs?: number;
  /** Told how much of the body has arrived, at most every PROGRESS_EVERY_MS. */
  onProgress?: (progress: LoadProgress) => void;
  /** Read bodies of at least this many bytes in slices, pausing between them. */
  sliceFromBytes?: number;
}

/** A server silent this long has stalled. */
export const DEFAULT_IDLE_TIMEOUT_MS = 20_000;
/** Below this size (about 2,000 events) reading takes a few ms and is done in one go. */
export const DEFAULT_SLICE_FROM_BYTES = 1_000_000;
/** Larger bodies are refused before they exhaust the tab's memory (100,000 events are about 45 MB). */
export const MAX_BODY_BYTES = 200_000_000;
const PROGRESS_EVERY_MS = 100;

/** Loads the event store at `url`. */
export async function loadTimeline(url: string, options: LoadOptions = {}): Promise<LoadResult> {
  const { fetch: fetchImpl = fetch, idleTimeoutMs = DEFAULT_IDLE_TIMEOUT_MS, onProgress, sliceFromBytes = DEFAULT_SLICE_FROM_BYTES } = options;
  const file = displayName(url);
  let finalUrl = url;
  const fail = (failure: LoadFailure, problems: Problem[]): LoadResult => ({
    ok: false,
    failure,
    url,
    finalUrl,
    problems: problems.map((p) => formatProblem(file, p)),
  });
  const problem = (message: string): Problem[] => [{ path: [], message }];

  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stalled = false;
  const wait = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = true;
      controller.abort();
    }, idleTimeoutMs);
  };
  const stalledMessage = () =>
    `the server stopped answering: nothing arrived for ${idleTimeoutMs >= 1000 ? `${Math.round(idleTimeoutMs / 1000)} seconds` : `${idleTimeoutMs} ms`}`;

  let body: Body;
  try {
    wait();
    // Default credentials ("same-origin") so the page's <link rel="preload"> of the default
    // dataset is reused; a dataset on another origin never gets this site's cookies either way.
    const response = await fetchImpl(url, { signal: controller.signal });
    finalUrl = response.url || url;
    if (!response.ok) {
      clearTimeout(timer);
      return fail('fetch', problem(`the server answered ${response.status} ${response.statusText}`.trim()));
    }
    body = await readBody(response, wait, onProgress);
  } catch (error) {
    if (stalled) return fail('fetch', problem(stalledMessage()));
    if (error instanceof TooLarge) return fail('fetch', problem(`the file is larger than ${bytes(MAX_BODY_BYTES)}, more than this page can show`));
    const reason = error instanceof Error ? error.message : String(error);
    const got = error instanceof BodyError ? error.got : null;
    if (got && got.total !== null && got.loaded < got.total) {
      return fail('fetch', problem(`the file ends too soon: the connection closed after ${bytes(got.loaded)} of ${bytes(got.total)} (${reason})`));
    }
    return fail('fetch', problem(got ? `the connection broke after ${bytes(got.loaded)} (${reason})` : `could not be fetched (${reason})`));
  } finally {
    clearTimeout(timer);
  }
  mark('timeline:fetched');

  if (body.short) return fail('fetch', problem(`the file ends too soon: the server announced ${bytes(body.short.total)} and sent ${bytes(body.short.loaded)}`));
  if (startsWithMarkup(body.bytes)) {
    const type = body.contentType ? `, ${body.contentType.split(';')[0]}` : '';
    return fail('json', problem(`the server answered with a web page, not JSON (is the address right?${type ? ` It sent${type.slice(1)}.` : ''})`));
  }
  const reading = body.bytes.length >= sliceFromBytes ? await readTimelineInSlices(body.bytes, pauseEvery()) : readTimelineBytes(body.bytes);
  mark('timeline:normalised');
  return reading.ok ? { ok: true, dataset: reading.dataset, timeline: reading.timeline, url, finalUrl } : fail(reading.failure, reading.problems);
}

interface Body {
  bytes: Uint8Array;
  contentType: string | null;
  /** Set when the body is shorter than the Content-Length the server announced. */
  short: { loaded: number; total: number } | null;
}

/** A failure while the body was arriving, with how much had arrived. */
class BodyError extends Error {
  constructor(
    readonly got: LoadProgress,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/** A body past MAX_BODY_BYTES. */
class TooLarge extends Error {}

/** Reads the whole body as bytes, calling `alive` on every chunk (the idle timer) and reporting progress. */
async function readBody(response: Response, alive: () => void, onProgress?: (p: LoadProgress) => void): Promise<Body> {
  const contentType = response.headers.get('content-type');
  // Content-Length counts the bytes on the wire: with a compressed body it is less than the
  // bytes read here. A cross-origin response hides Content-Encoding, so the length is only
  // trusted to call a complete body short when the encoding can be seen and is absent; for
  // progress (and a broken connection) it serves as long as the bytes read stay under it.
  const hidden = response.type === 'cors' || response.type === 'opaque';
  const header = Number(response.headers.get('content-length') ?? NaN);
  const announced = Number.isFinite(header) && header >= 0 ? header : null;
  const trusted = !hidden && (response.headers.get('content-encoding') ?? 'identity') === 'identity' ? announced : null;
  if (announced !== null && announced > MAX_BODY_BYTES) throw new TooLarge(); // compressed or not, more would arrive
  const total = (loaded: number) => (announced !== null && announced >= loaded ? announced : null);
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { bytes, contentType, short: null };
  }
  const reader = response.body.getReader();
  let buffer = new Uint8Array(Math.min(announced ?? 64 * 1024, MAX_BODY_BYTES));
  let loaded = 0;
  let reported = Date.now(); // a body that arrives within the first interval reports nothing
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (error) {
      throw new BodyError({ loaded, total: total(loaded) }, error);
    }
    if (chunk.done) break;
    alive();
    const value = chunk.value;
    if (loaded + value.length > MAX_BODY_BYTES) {
      void reader.cancel();
      throw new TooLarge();
    }
    if (loaded + value.length > buffer.length) {
      const grown = new Uint8Array(Math.max(buffer.length * 2, loaded + value.length));
      grown.set(buffer.subarray(0, loaded));
      buffer = grown;
    }
    buffer.set(value, loaded);
    loaded += value.length;
    const now = Date.now();
    if (onProgress && now - reported >= PROGRESS_EVERY_MS) {
      reported = now;
      onProgress({ loaded, total: total(loaded) });
    }
  }
  const short = trusted !== null && loaded < trusted ? { loaded, total: trusted } : null;
  return { bytes: buffer.subarray(0, loaded), contentType, short };
}

/** Whether the body is markup (a web page), judged from its first bytes in their encoding. */
function startsWithMarkup(body: Uint8Array): boolean {
  const head = body.subarray(0, 2048);
  return looksLikeMarkup(new TextDecoder(sniffEncoding(head) ?? 'utf-8').decode(head));
}

/** "12.3 MB", "512 bytes": sizes as a message gives them. */
function bytes(n: number): string {
  if (n < 10_000) return `${n.toLocaleString('en')} bytes`;
  if (n < 10_000_000) return `${(n / 1000).toLocaleString('en', { maximumFractionDigits: 1 })} KB`;
  return `${(n / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
}

/** The file part of a URL, for messages: "events.json" or "https://host/path/file.json", hidden characters shown. */
function displayName(url: string): string {
  return visible(/^https?:/i.test(url) ? url : url.replace(/^\.?\//, ''));
}
