/**
 * Page metrics in headless Chromium: time to drawn, JavaScript heap, and the bytes of
 * JavaScript and CSS loaded before drawn. Each run gets a fresh browser context, so nothing
 * is cached between runs.
 *
 * "Drawn" is measured inside the page: an init script watches for `[data-status="ready"]`
 * with a MutationObserver, waits two animation frames and stores performance.now(), which
 * counts from navigation start; then, from a message posted in that frame callback, the time
 * after that frame's rendering work ("painted"), since a chart drawn in an effect between the
 * two frames is only laid out and painted after the second.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { gzipSync } from 'node:zlib';

/** The viewport every run uses. */
export const VIEWPORT = { width: 1280, height: 800 };

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

declare global {
  interface Window {
    __bench?: { readyAt?: number; drawnAt?: number; paintedAt?: number };
  }
}

/**
 * Installed before any page script: records when the page became ready and then drawn. A
 * string, not a function: tsx would wrap a function's inner functions in a `__name` helper
 * that does not exist in the page.
 */
const DRAWN_PROBE = `(() => {
  window.__bench = {};
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-status="ready"]')) return;
    observer.disconnect();
    window.__bench.readyAt = performance.now();
    requestAnimationFrame(() => requestAnimationFrame(() => {
      window.__bench.drawnAt = performance.now();
      // A message posted from a frame callback is handled after that frame's style, layout and paint.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { window.__bench.paintedAt = performance.now(); };
      channel.port2.postMessage(0);
    }));
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-status'] });
})();`;

/** Opens a fresh context and page with the drawn probe installed. */
export async function openRun(browser: Browser): Promise<Run> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(DRAWN_PROBE);
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
  // The dataset is the page's ?data= (the app's and the vis page's), else the app's default.
  const dataPath = new URL(url).searchParams.get('data') ?? '/data/events.json';
  return run.page.evaluate((dataPath) => {
    if (window.__bench?.paintedAt === undefined) throw new Error(`the page failed to load: ${document.body.innerText.slice(0, 500)}`);
    const data = performance
      .getEntriesByType('resource')
      .find((e) => new URL(e.name).pathname === dataPath) as PerformanceResourceTiming | undefined;
    const b = window.__bench;
    return { drawnMs: b.drawnAt!, paintedMs: b.paintedAt!, readyMs: b.readyAt!, dataMs: data ? data.responseEnd : null };
  }, dataPath);
}

/** JSHeapUsedSize in bytes after a forced garbage collection. */
export async function heapAfterGc(run: Run): Promise<number> {
  await run.cdp.send('HeapProfiler.collectGarbage');
  await run.cdp.send('Performance.enable');
  const { metrics } = await run.cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}

/** The JavaScript and CSS files a page had finished loading when it was drawn. */
export interface LoadedAssets {
  /** One entry per file: its URL, raw bytes and gzip (level 9) bytes. */
  files: { url: string; raw: number; gzip: number }[];
  /** Sums over the files. */
  raw: number;
  gzip: number;
}

/** Scripts and style sheets whose responses ended before drawn, refetched and gzipped at level 9. */
export async function assetsBeforeDrawn(run: Run): Promise<LoadedAssets> {
  const urls = await run.page.evaluate(() => {
    const drawn = window.__bench!.drawnAt!;
    return performance
      .getEntriesByType('resource')
      .filter((e) => (e as PerformanceResourceTiming).responseEnd <= drawn)
      .map((e) => e.name)
      .filter((name) => /\.(m?js|css)(\?|$)/.test(new URL(name).pathname));
  });
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
