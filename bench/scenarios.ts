/**
 * What gets measured, run by run: a timeline page at one dataset size (load, heap, gesture,
 * and on the app's page the clicks), and loads without gestures (the shipped dataset's pages
 * unthrottled and throttled with their bytes, and 40 events from another origin).
 */
import type { Browser } from 'playwright-core';
import { runGesture } from './gesture';
import { measureInteractions, type Interactions } from './interaction';
import { closeRun, heapAfterGc, loadedAssets, loadUntilDrawn, openRun, settle, throttle, type LoadedAssets } from './measure';
import { frameStats, median } from './stats';
import { waitForQuiet } from './quiet';
import type { DefaultResult, InpSummary, TimelineRun, TimelineSummary } from './model';

/** How to measure one page. */
export interface PageSpec {
  /** Full URL of the page with its dataset. */
  url: string;
  /** The element the gesture is aimed at. */
  chart: string;
  /** The app's page: wait for its chrome before the gesture, and measure the clicks after it. */
  app: boolean;
  /** Runs to make. */
  runs: number;
  /** Give up on a load after this many ms. */
  timeoutMs: number;
  /** A run whose load took longer than this many ms is the last one at this size. */
  lastRunAfterMs?: number;
}

const inpText = (i: Interactions) =>
  (['mark', 'menu', 'chip'] as const).map((k) => `${k} ${i[k].ok ? '' : '(failed) '}${i[k].latency.ms.toFixed(0)} ms`).join(', ');

/** Loads, weighs, gestures (and clicks) one page `spec.runs` times; a first run that times out ends it. */
export async function measurePage(browser: Browser, spec: PageSpec, log: (line: string) => void): Promise<TimelineSummary> {
  const runs: TimelineRun[] = [];
  let status: TimelineSummary['status'] = 'ok';
  let note: string | undefined;
  for (let i = 0; i < spec.runs; i++) {
    const quiet = await waitForQuiet();
    const run = await openRun(browser);
    try {
      const timing = await loadUntilDrawn(run, spec.url, spec.timeoutMs);
      const chromeMs = await settle(run, spec.app, spec.timeoutMs);
      const heapBytes = await heapAfterGc(run);
      await run.page.waitForTimeout(300);
      const gesture = await runGesture(run.page, spec.chart);
      await run.page.waitForTimeout(500); // let the last frame of the drag settle
      const interactions = spec.app ? await measureInteractions(run.page) : undefined;
      const heapAfterBytes = await heapAfterGc(run);
      runs.push({ ...timing, chromeMs, heapBytes, heapAfterBytes, gesture, ...(interactions ? { interactions } : {}), errors: [...run.errors], quiet });
      const noisy = quiet.quiet ? '' : ` (CPU only ${(quiet.idle * 100).toFixed(0)}% idle at start; busiest: ${quiet.busy?.[0] ?? '?'})`;
      const heapMB = Math.max(heapBytes, heapAfterBytes) / 2 ** 20;
      log(
        `  run ${i + 1}${noisy}: drawn ${timing.drawnMs.toFixed(0)} ms, heap ${heapMB.toFixed(1)} MB, p95 ${gesture.all.p95.toFixed(1)} ms, max ${gesture.all.max.toFixed(0)} ms, ` +
          `${gesture.wheelEvents}/${gesture.notchesDue} wheel events${gesture.truncated ? ' (gesture truncated)' : ''}${interactions ? `; next paint: ${inpText(interactions)}` : ''}`,
      );
      if (spec.lastRunAfterMs && timing.drawnMs > spec.lastRunAfterMs && i < spec.runs - 1) {
        note = `only ${i + 1} run: the load took over ${spec.lastRunAfterMs / 1000} s`;
        log(`  ${note}`);
        break;
      }
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      note = timedOut ? `not drawn within ${spec.timeoutMs / 1000} s` : String(error instanceof Error ? error.message : error).split('\n')[0];
      log(`  run ${i + 1}: ${note}`);
      if (runs.length === 0) status = timedOut ? 'timeout' : 'error';
      break;
    } finally {
      await closeRun(run);
    }
  }
  return summarise(runs, status, note, status === 'timeout' ? spec.timeoutMs : undefined);
}

/** One kind of click over the runs: only clicks that did what they should count. */
export function summariseClicks(runs: readonly TimelineRun[], kind: keyof Interactions): InpSummary {
  const clicks = runs.flatMap((r) => (r.interactions ? [r.interactions[kind]] : []));
  const ok = clicks.filter((c) => c.ok).map((c) => c.latency.ms);
  return {
    ms: median(ok),
    maxMs: ok.length ? Math.max(...ok) : NaN,
    ok: ok.length,
    runs: clicks.length,
    notes: clicks.flatMap((c) => (c.note ? [c.note] : [])),
  };
}

function summarise(runs: TimelineRun[], status: TimelineSummary['status'], note?: string, capMs?: number): TimelineSummary {
  const m = (f: (r: TimelineRun) => number | null) => median(runs.map(f));
  const clicked = runs.some((r) => r.interactions);
  return {
    status,
    ...(note ? { note } : {}),
    ...(capMs ? { capMs } : {}),
    runs,
    drawnMs: m((r) => r.drawnMs),
    paintedMs: m((r) => r.paintedMs),
    readyMs: m((r) => r.readyMs),
    dataMs: m((r) => r.dataMs),
    chromeMs: m((r) => r.chromeMs),
    heapMB: m((r) => Math.max(r.heapBytes, r.heapAfterBytes) / 2 ** 20),
    frames: runs.length
      ? { frames: m((r) => r.gesture.all.frames), p50: m((r) => r.gesture.all.p50), p95: m((r) => r.gesture.all.p95), max: m((r) => r.gesture.all.max), over50: m((r) => r.gesture.all.over50) }
      : frameStats([]),
    zoomP95: m((r) => r.gesture.zoom.p95),
    panP95: m((r) => r.gesture.pan.p95),
    worstMax: runs.length ? Math.max(...runs.map((r) => r.gesture.all.max)) : NaN,
    worstOver50: runs.length ? Math.max(...runs.map((r) => r.gesture.all.over50)) : NaN,
    wheelEvents: m((r) => r.gesture.wheelEvents),
    notchesDue: runs[0]?.gesture.notchesDue ?? NaN,
    ...(clicked ? { inp: { mark: summariseClicks(runs, 'mark'), menu: summariseClicks(runs, 'menu'), chip: summariseClicks(runs, 'chip') } } : {}),
  };
}

/** Loads `url` in a fresh context, optionally throttled; returns ms to drawn, and when asked the assets before drawn and in all. */
async function loadOnce(browser: Browser, url: string, { throttled = false, withAssets = false } = {}) {
  const quiet = await waitForQuiet();
  const run = await openRun(browser);
  try {
    if (throttled) await throttle(run);
    const timing = await loadUntilDrawn(run, url, 60_000);
    const before = withAssets ? await loadedAssets(run, 'drawn') : null;
    if (withAssets) await settle(run, true);
    const total = withAssets ? await loadedAssets(run, 'all') : null;
    if (run.errors.length) throw new Error(`${url}: ${run.errors.join('; ')}`);
    return { ms: timing.drawnMs, before, total, quiet: quiet.quiet };
  } finally {
    await closeRun(run);
  }
}

/**
 * The shipped dataset on `/` and `/embed.html` (time to drawn, bytes before drawn and in all),
 * `/` throttled, and `/` with 40 events from `crossOriginData` (a URL on another origin).
 * `needed` is what each page's first draw needs by the build manifest (bundle.ts), passed on.
 */
export async function measureLoads(
  browser: Browser,
  { origin, crossOriginData, needed }: { origin: string; crossOriginData: string; needed: { main: LoadedAssets; embed: LoadedAssets } },
  runs: number,
  log: (line: string) => void,
): Promise<DefaultResult> {
  const mainRuns: number[] = [];
  const embedRuns: number[] = [];
  const throttledRuns: number[] = [];
  const crossOriginRuns: number[] = [];
  const mainLoads: Awaited<ReturnType<typeof loadOnce>>[] = [];
  const embedLoads: Awaited<ReturnType<typeof loadOnce>>[] = [];
  let noisyRuns = 0;
  const count = (quiet: boolean) => {
    noisyRuns += Number(!quiet);
    if (!quiet) log('  (CPU was busy at the start of a run)');
  };
  for (let i = 0; i < runs; i++) {
    const main = await loadOnce(browser, `${origin}/`, { withAssets: true });
    const embed = await loadOnce(browser, `${origin}/embed.html`, { withAssets: true });
    const foreign = await loadOnce(browser, `${origin}/?data=${encodeURIComponent(crossOriginData)}`);
    [main, embed, foreign].forEach((r) => count(r.quiet));
    mainLoads.push(main);
    embedLoads.push(embed);
    mainRuns.push(main.ms);
    embedRuns.push(embed.ms);
    crossOriginRuns.push(foreign.ms);
    const kb = (r: typeof main) => `${(r.before!.gzip / 1024).toFixed(1)} KB`;
    log(`  run ${i + 1}: / ${main.ms.toFixed(0)} ms (${kb(main)} before drawn), /embed.html ${embed.ms.toFixed(0)} ms (${kb(embed)}), 40 events from another origin ${foreign.ms.toFixed(0)} ms`);
  }
  for (let i = 0; i < runs; i++) {
    const throttled = await loadOnce(browser, `${origin}/`, { throttled: true });
    count(throttled.quiet);
    throttledRuns.push(throttled.ms);
    log(`  throttled run ${i + 1}: / ${throttledRuns[i].toFixed(0)} ms`);
  }
  // What finished before drawn varies with the race between the chart and the chrome: the heaviest run is kept.
  const heaviest = (loads: typeof mainLoads) => loads.reduce((a, b) => (b.before!.gzip > a.before!.gzip ? b : a));
  const main = heaviest(mainLoads);
  const embed = heaviest(embedLoads);
  // The largest script: the server compresses only files over a threshold.
  const script = main.before!.files.filter((f) => f.url.endsWith('.js')).sort((a, b) => b.raw - a.raw)[0];
  const response = script ? await fetch(`${origin}${script.url}`, { headers: { 'Accept-Encoding': 'gzip, br' } }) : null;
  return {
    mainMs: median(mainRuns),
    embedMs: median(embedRuns),
    throttledMs: median(throttledRuns),
    crossOriginMs: median(crossOriginRuns),
    mainRuns,
    embedRuns,
    throttledRuns,
    crossOriginRuns,
    mainAssets: main.before!,
    embedAssets: embed.before!,
    mainBeforeRuns: mainLoads.map((r) => r.before!.gzip),
    embedBeforeRuns: embedLoads.map((r) => r.before!.gzip),
    mainTotal: main.total!,
    embedTotal: embed.total!,
    mainNeeded: needed.main,
    embedNeeded: needed.embed,
    noisyRuns,
    contentEncoding: response?.headers.get('content-encoding') ?? '',
  };
}
