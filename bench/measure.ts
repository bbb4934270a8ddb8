/**
 * Page metrics in headless Chromium: time to drawn, JavaScript heap, the bytes of JavaScript
 * and CSS loaded before drawn (and in all), and what the page records about input for the
 * interaction figures (interaction.ts). Each run gets a fresh browser context, so nothing is
 * cached between runs.
 *
 * "Drawn" is measured inside the page: an init script watches for `#timeline-root` (the app)
 * or `<body>` (the vis-timeline page) getting `data-status="ready"` with a MutationObserver,
 * waits two animation frames and stores performance.now(), which counts from navigation
 * start; then, from a message posted in that frame callback, the time after that frame's
 * rendering work ("painted").
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { gzipSync } from 'node:zlib';

/** The viewport every run uses (the issue's). */
export const VIEWPORT = { width: 1280, height: 720 };


/** What the page reports about its own load, ms from navigation start. */
export interface DrawnTiming {
  /** `[data-status="ready"]` plus two animation frames. */
  drawnMs: number;
  /** After the second of those frames' style, layout and paint (a message posted from its callback). */
  paintedMs: number;
  /** `[data-status="ready"]` appeared. */
  readyMs: number;
  /** The dataset's response finished (null when no dataset request was seen). */
  dataMs: number | null;
}

/** One fresh context and page, with a CDP session. */
export interface Run {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** Console errors and page errors seen so far. */
  errors: string[];
}

/** An Event Timing entry as the page's observer keeps it. */
export interface EventEntry {
  name: string;
  startTime: number;
  duration: number;
  processingStart: number;
  processingEnd: number;
  interactionId: number;
}

/** A pointerdown, pointerup or click as the page's capture listener saw it: its timestamp, and the end of the next frame's rendering work. */
export interface InputPaint {
  type: string;
  start: number;
  paint?: number;
}

declare global {
  interface Window {
    __bench?: {
      readyAt?: number;
      drawnAt?: number;
      paintedAt?: number;
      chromeAt?: number;
      /** Event Timing entries of 16 ms or more (PerformanceObserver type 'event'). */
      events: EventEntry[];
      /** Every pointerdown, pointerup and click, with the next paint after it. */
      inputs: InputPaint[];
    };
  }
}

/**
 * Installed before any page script: records when the page became ready, then drawn, when the
 * chrome arrived, Event Timing entries, and the next paint after each pointer input. A string,
 * not a function: tsx would wrap a function's inner functions in a `__name` helper that does
 * not exist in the page.
 */
const PAGE_PROBE = `(() => {
  const bench = (window.__bench = { events: [], inputs: [] });
  const afterNextPaint = (done) => requestAnimationFrame(() => {
    // A message posted from a frame callback is handled after that frame's style, layout and paint.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now());
    channel.port2.postMessage(0);
  });
  // Checked on every DOM mutation until found, so by id and dataset: O(1), no cost to the page.
  const isReady = () => document.getElementById('timeline-root')?.dataset.status === 'ready' || document.body?.dataset.status === 'ready';
  const ready = new MutationObserver(() => {
    if (!isReady()) return;
    ready.disconnect();
    if (!document.getElementById('timeline-root')) chrome.disconnect(); // not the app: no chrome to wait for
    bench.readyAt = performance.now();
    requestAnimationFrame(() => requestAnimationFrame(() => {
      bench.drawnAt = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { bench.paintedAt = performance.now(); };
      channel.port2.postMessage(0);
    }));
  });
  ready.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-status'] });
  // The app's chrome is attached once the toolbar slot holds its filter button.
  const chrome = new MutationObserver(() => {
    if (!document.getElementById('slot-toolbar')?.querySelector('.menu-button')) return;
    chrome.disconnect();
    bench.chromeAt = performance.now();
  });
  chrome.observe(document, { subtree: true, childList: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        bench.events.push({ name: e.name, startTime: e.startTime, duration: e.duration, processingStart: e.processingStart, processingEnd: e.processingEnd, interactionId: e.interactionId || 0 });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {}
  for (const type of ['pointerdown', 'pointerup', 'click']) {
    addEventListener(type, (event) => {
      const input = { type, start: event.timeStamp };
      bench.inputs.push(input);
      afterNextPaint((t) => { input.paint = t; });
    }, { capture: true });
  }
})();`;

/** Opens a fresh context and page with the drawn probe installed. */
export async function openRun(browser: Browser): Promise<Run> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(PAGE_PROBE);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp, errors };
}

/** Closes a run's context, giving up after 15 s (a page stuck in script can hold it). */
export async function closeRun(run: Run): Promise<void> {
  await Promise.race([run.context.close().catch(() => undefined), new Promise((r) => setTimeout(r, 15_000))]);
}

/** Throttles the run's network to about 1.6 Mbit/s down, 750 kbit/s up and 150 ms latency. */
export async function throttle(run: Run): Promise<void> {
  await run.cdp.send('Network.enable');
  await run.cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: 1.6e6 / 8,
    uploadThroughput: 750e3 / 8,
  });
}

/** Navigates to url and waits until drawn; throws a TimeoutError after timeoutMs. */
export async function loadUntilDrawn(run: Run, url: string, timeoutMs: number): Promise<DrawnTiming> {
  await run.page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  await run.page.waitForFunction(() => window.__bench?.paintedAt !== undefined || document.querySelector('[data-status="error"]'), null, {
    timeout: timeoutMs,
    polling: 50,
  });
  // The dataset is the page's ?data= (the app's and the vis page's, maybe on another origin), else the app's default.
  const dataUrl = new URL(new URL(url).searchParams.get('data') ?? '/data/events.json', url).href;
  return run.page.evaluate((dataUrl) => {
    if (window.__bench?.paintedAt === undefined) throw new Error(`the page failed to load: ${document.body.innerText.slice(0, 500)}`);
    const data = performance.getEntriesByType('resource').find((e) => e.name === dataUrl) as PerformanceResourceTiming | undefined;
    const b = window.__bench;
    return { drawnMs: b.drawnAt!, paintedMs: b.paintedAt!, readyMs: b.readyAt!, dataMs: data ? data.responseEnd : null };
  }, dataUrl);
}

/**
 * Waits until the page has settled after drawn: the network quiet for 500 ms (the lazily
 * fetched chrome is in) and, when `chrome` is true, the app's chrome attached. Returns the ms
 * from navigation start at which the chrome appeared (null for none or not waited for).
 */
export async function settle(run: Run, chrome: boolean, timeoutMs = 30_000): Promise<number | null> {
  await run.page.waitForLoadState('networkidle', { timeout: timeoutMs }).catch(() => undefined);
  if (!chrome) return null;
  await run.page.waitForFunction(() => window.__bench?.chromeAt !== undefined, null, { timeout: timeoutMs, polling: 50 }).catch(() => {
    throw new Error(`the chrome (#slot-toolbar .menu-button) did not attach within ${timeoutMs / 1000} s of drawn`);
  });
  return run.page.evaluate(() => window.__bench!.chromeAt!);
}

/** JSHeapUsedSize in bytes after a forced garbage collection. */
export async function heapAfterGc(run: Run): Promise<number> {
  await run.cdp.send('HeapProfiler.collectGarbage');
  await run.cdp.send('Performance.enable');
  const { metrics } = await run.cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}

/** JavaScript and CSS files a page loaded. */
export interface LoadedAssets {
  /** One entry per file: its URL, raw bytes and gzip (level 9) bytes. */
  files: { url: string; raw: number; gzip: number }[];
  /** Sums over the files. */
  raw: number;
  gzip: number;
}

/**
 * Scripts and style sheets the page has loaded, refetched and gzipped at level 9: those it
 * requested before the chart was drawn (`'drawn'`: started before `data-status="ready"`, which the
 * app sets one frame after the chart's first draw; what the page asks for after that cannot have
 * been needed to draw, however soon it arrives), or every one so far (`'all'`).
 */
export async function loadedAssets(run: Run, until: 'drawn' | 'all'): Promise<LoadedAssets> {
  const urls = await run.page.evaluate((beforeDrawn) => {
    const limit = beforeDrawn ? window.__bench!.readyAt! : Infinity;
    return performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime < limit)
      .map((e) => e.name)
      .filter((name) => /\.(m?js|css)(\?|$)/.test(new URL(name).pathname));
  }, until === 'drawn');
  const files = await Promise.all(
    [...new Set(urls)].map(async (url) => {
      const body = Buffer.from(await (await fetch(url)).arrayBuffer());
      return { url: new URL(url).pathname, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
    }),
  );
  return { files, raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) };
}

/** Gzip (level 9) and raw bytes of files fetched from the server, for pages measured by hand. */
export async function gzipBytesOf(urls: readonly string[]): Promise<{ raw: number; gzip: number }> {
  let raw = 0;
  let gzip = 0;
  for (const url of urls) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { raw, gzip };
}
