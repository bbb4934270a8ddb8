/**
 * What gets measured, run by run: a timeline page at one dataset size (load, heap, gesture),
 * and the shipped dataset's pages (load only, unthrottled and throttled, with their bytes).
 */
import type { Browser } from 'playwright-core';
import { runGesture } from './gesture';
import { assetsBeforeDrawn, closeRun, heapAfterGc, loadUntilDrawn, openRun, throttle } from './measure';
import { frameStats, median } from './stats';
import { waitForQuiet } from './quiet';
import type { DefaultResult, TimelineRun, TimelineSummary } from './model';

/** How to measure one page. */
export interface PageSpec {
  /** Full URL of the page with its dataset. */
  url: string;
  /** The element the gesture is aimed at. */
  chart: string;
  /** Runs to make. */
  runs: number;
  /** Give up on a load after this many ms. */
  timeoutMs: number;
  /** A run whose load took longer than this many ms is the last one at this size. */
  lastRunAfterMs?: number;
}

/** Loads, weighs and gestures one page `spec.runs` times; a first run that times out ends it. */
export async function measurePage(browser: Browser, spec: PageSpec, log: (line: string) => void): Promise<TimelineSummary> {
  const runs: TimelineRun[] = [];
  let status: TimelineSummary['status'] = 'ok';
  let note: string | undefined;
  for (let i = 0; i < spec.runs; i++) {
    const quiet = await waitForQuiet();
    const run = await openRun(browser);
    try {
      const timing = await loadUntilDrawn(run, spec.url, spec.timeoutMs);
      const heapBytes = await heapAfterGc(run);
      await run.page.waitForTimeout(300);
      const gesture = await runGesture(run.page, spec.chart);
      runs.push({ ...timing, heapBytes, gesture, errors: [...run.errors], quiet });
      const noisy = quiet.quiet ? '' : ` (CPU only ${(quiet.idle * 100).toFixed(0)}% idle at start; busiest: ${quiet.busy?.[0] ?? '?'})`;
      log(`  run ${i + 1}${noisy}: drawn ${timing.drawnMs.toFixed(0)} ms, heap ${(heapBytes / 2 ** 20).toFixed(1)} MB, p95 ${gesture.all.p95.toFixed(1)} ms, max ${gesture.all.max.toFixed(0)} ms${gesture.truncated ? ' (gesture truncated)' : ''}`);
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

function summarise(runs: TimelineRun[], status: TimelineSummary['status'], note?: string, capMs?: number): TimelineSummary {
  const m = (f: (r: TimelineRun) => number | null) => median(runs.map(f));
  return {
    status,
    ...(note ? { note } : {}),
    ...(capMs ? { capMs } : {}),
    runs,
    drawnMs: m((r) => r.drawnMs),
    paintedMs: m((r) => r.paintedMs),
    readyMs: m((r) => r.readyMs),
    dataMs: m((r) => r.dataMs),
    heapMB: m((r) => r.heapBytes / 2 ** 20),
    frames: runs.length
      ? { frames: m((r) => r.gesture.all.frames), p50: m((r) => r.gesture.all.p50), p95: m((r) => r.gesture.all.p95), max: m((r) => r.gesture.all.max), over50: m((r) => r.gesture.all.over50) }
      : frameStats([]),
    zoomP95: m((r) => r.gesture.zoom.p95),
    panP95: m((r) => r.gesture.pan.p95),
    worstMax: runs.length ? Math.max(...runs.map((r) => r.gesture.all.max)) : NaN,
    worstOver50: runs.length ? Math.max(...runs.map((r) => r.gesture.all.over50)) : NaN,
  };
}

/** Loads `url` in a fresh context, optionally throttled; returns ms to drawn (and the run's assets when asked). */
async function loadOnce(browser: Browser, url: string, throttled: boolean, withAssets: boolean) {
  const quiet = await waitForQuiet();
  const run = await openRun(browser);
  try {
    if (throttled) await throttle(run);
    const timing = await loadUntilDrawn(run, url, 60_000);
    const assets = withAssets ? await assetsBeforeDrawn(run) : null;
    if (run.errors.length) throw new Error(`${url}: ${run.errors.join('; ')}`);
    return { ms: timing.drawnMs, assets, quiet: quiet.quiet };
  } finally {
    await closeRun(run);
  }
}

/** The shipped dataset on `/` and `/embed.html`: time to drawn, bytes before drawn, and `/` throttled. */
export async function measureDefault(browser: Browser, origin: string, runs: number, log: (line: string) => void): Promise<DefaultResult> {
  const mainRuns: number[] = [];
  const embedRuns: number[] = [];
  const throttledRuns: number[] = [];
  let mainAssets: DefaultResult['mainAssets'] | null = null;
  let embedAssets: DefaultResult['embedAssets'] | null = null;
  let noisyRuns = 0;
  for (let i = 0; i < runs; i++) {
    const main = await loadOnce(browser, `${origin}/`, false, i === 0);
    const embed = await loadOnce(browser, `${origin}/embed.html`, false, i === 0);
    noisyRuns += Number(!main.quiet) + Number(!embed.quiet);
    if (!main.quiet || !embed.quiet) log('  (CPU was busy at the start of a run)');
    mainRuns.push(main.ms);
    embedRuns.push(embed.ms);
    mainAssets ??= main.assets;
    embedAssets ??= embed.assets;
    log(`  run ${i + 1}: / ${main.ms.toFixed(0)} ms, /embed.html ${embed.ms.toFixed(0)} ms`);
  }
  for (let i = 0; i < runs; i++) {
    const throttled = await loadOnce(browser, `${origin}/`, true, false);
    if (!throttled.quiet) log('  (CPU was busy at the start of that run)');
    noisyRuns += Number(!throttled.quiet);
    throttledRuns.push(throttled.ms);
    log(`  throttled run ${i + 1}: / ${throttledRuns[i].toFixed(0)} ms`);
  }
  const script = mainAssets!.files.find((f) => f.url.endsWith('.js'));
  const response = script ? await fetch(`${origin}${script.url}`, { headers: { 'Accept-Encoding': 'gzip, br' } }) : null;
  return {
    mainMs: median(mainRuns),
    embedMs: median(embedRuns),
    throttledMs: median(throttledRuns),
    mainRuns,
    embedRuns,
    throttledRuns,
    mainAssets: mainAssets!,
    embedAssets: embedAssets!,
    noisyRuns,
    contentEncoding: response?.headers.get('content-encoding') ?? '',
  };
}
