/**
 * `npm run bench`: builds the app, serves it with synthetic datasets of 40 to 100,000 events
 * and a vis-timeline page on one origin (and the datasets again on a second origin), measures
 * both timelines in headless Chromium on the whole page as served, prints the figures and
 * writes bench/results/latest.json and latest.md (reduced.* for a reduced run: options.ts).
 * Targets are reported, never asserted: the exit code is non-zero only when the benchmark
 * itself breaks.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus, platform, release } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from '../test/e2e/browser';
import { writeDatasets, SEED } from './datasets';
import { buildApp, serveBuild, serveDataElsewhere } from './serve';
import { writeVisPage } from './visPage';
import { measureLoads, measurePage } from './scenarios';
import { idleFrames } from './gesture';
import { closeRun, gzipBytesOf, loadUntilDrawn, openRun, VIEWPORT } from './measure';
import { judgeTargets } from './targets';
import { markdownReport } from './report';
import { benchOptions } from './options';
import { neededForFirstDraw } from './bundle';
import { frameStats } from './stats';
import type { BenchResult, SizeResult, TimelineSummary } from './model';

const OURS_TIMEOUT_MS = 60_000;
const VIS_TIMEOUT_MS = 90_000;
/** A vis-timeline load slower than this is measured once, to keep the whole run near 10 minutes. */
const VIS_ONE_RUN_AFTER_MS = 30_000;
const RESULTS = resolve(import.meta.dirname, 'results');
/** The small dataset also served from the second origin. */
const CROSS_ORIGIN_N = 40;

const METHOD = [
  `Datasets: makeSyntheticDataset(seed ${SEED}, n) from bench/synthetic.ts — points and ranges at year, month and day precision over 1991–2025, five categories, one to three citations with quotes from eight shared sources; each checked with validateDataset before the run.`,
  'Build: vite build, mode and NODE_ENV production, into a temporary folder; served by vite preview (cors on) with the datasets and the vis-timeline page on the same origin. Ours is the whole main page as served, `/?data=/bench-data/synthetic-N.json`: the chart, the event list and the React chrome. vite preview gzips the app\'s HTML, JS and CSS on the fly; the datasets are sent uncompressed (Content-Length, no Content-Encoding) by a middleware ahead of it.',
  `Another origin: the same files from a second server on another port of 127.0.0.1 (\`Access-Control-Allow-Origin: *\`, uncompressed); \`/?data=http://127.0.0.1:<port>/bench-data/synthetic-${CROSS_ORIGIN_N}.json\`, load only.`,
  'vis-timeline 8.5.4: its standalone UMD build and CSS, served locally; the page fetches and parses the same file, makes one group per category and one item per event (year and month dates cover their whole span; a day point is a point item), height 560 px, and marks ready on onInitialDrawComplete (fired by vis from its first `changed` event once the items are set and fitted). Capped at 90 s per load; a first run over the cap skips the other runs at that size, and a run slower than 30 s is the only one at its size (to keep the whole benchmark near 10 minutes).',
  `Drawn: \`#timeline-root[data-status="ready"]\` (the vis page: \`body[data-status="ready"]\`) seen by a MutationObserver installed before any page script, then two requestAnimationFrame callbacks; performance.now() at that point (from navigation start). The app sets ready one frame after the chart's first draw. Viewport ${VIEWPORT.width}×${VIEWPORT.height}, headless Chromium with software rendering.`,
  'Warm-up: five unmeasured loads (`/`, `/embed.html`, both pages with 40 events, `/`) before the first measured one: the first loads after the server starts are slower.',
  'Settled: after drawn, the network quiet for 500 ms (Playwright networkidle) and, on our page, the chrome attached (the toolbar\'s `.menu-button` present). Heap: CDP HeapProfiler.collectGarbage then Performance.getMetrics JSHeapUsedSize, once settled and again after the gesture and clicks; the larger counts.',
  'Gesture (the same for both, following the clock, aimed at the centre of the visible part of the chart\'s box: `#chart`, vis-timeline\'s `.vis-panel.vis-center`): 2 s of wheel notches at trackpad rate, one due every 16 ms (125 in all), deltaY −100 for 8 notches (zoom in) then +100 for 8 (out), and again; then a 2 s drag 300 px left and back. Playwright waits for the page to take each event, so a page that falls behind gets its overdue notches in one wheel event carrying their summed deltaY (as Chromium coalesces them; notches that cancel send nothing) and the pointer jumps to where it should be: the zoom path and drag distance match on every page. A phase stops at 3× its planned 2 s (reported as truncated). Frame intervals are between requestAnimationFrame timestamps recorded in the page during both phases.',
  'Interaction to next paint (our page, after the gesture, three clicks by Playwright\'s mouse): a mark near the chart\'s centre (`g.tl-mark`, aimed at its symbol; or, for a canvas-drawn chart, an accessible proxy `[data-id]` in `#chart` with a box, at its centre; only points inside the chart and not covered by something else; it counts once the URL names a selected event, up to three marks tried), then the toolbar\'s `.menu-button` (counts once aria-expanded is true), then the first `.legend .chip` (counts once the chip changed). Latency: Event Timing API (PerformanceObserver type `event`, durationThreshold 16, buffered; the longest duration among the click\'s pointerdown, pointerup and click entries), and our own next-paint figure (a capture listener on each of those inputs requests an animation frame and posts a message from it, handled after that frame\'s style, layout and paint; from the event\'s timeStamp). The larger of the two is judged (Event Timing reports nothing under 16 ms, which leaves the next-paint figure).',
  'Quiet machine: each run starts once the CPUs were ≥ 85% idle over 0.5 s (or after 10 s, logged as noisy), since other work on a two-core machine steals frames.',
  'Frame target: headless Chromium\'s idle frame timestamps alternate 16.6–16.8 ms, so p95 ≤ 16.7 ms is judged with 0.5 ms of tolerance; one dropped frame adds 16.7 ms.',
  'Bytes: scripts and style sheets the page requested (resource-timing startTime) before `data-status="ready"`, which the app sets one frame after the chart\'s first draw, fetched again and gzipped with node:zlib level 9; 1 KB = 1,024 bytes. A file requested after that was not needed to draw, however soon it arrived (the chrome is requested once the chart is drawn, or after 800 ms while the data is still loading: then it counts). Measured on every run of `/` and `/embed.html`; the heaviest run is judged and every run is listed. "Needed" is what the first draw waits for by Vite\'s build manifest (the entry and its static imports with their CSS; dynamic imports left out), the same on every run. "All once settled" counts every script and style sheet the page loaded by then (the lazily loaded chrome included).',
  'Throttled: CDP Network.emulateNetworkConditions, download 1.6 Mbit/s (200,000 B/s), upload 750 kbit/s, latency 150 ms, on a fresh context (empty cache).',
];

const log = (line: string) => console.log(line);

/** The commit measured, with "+ changes" when the working tree differs from it (read-only git). */
function commitMeasured(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: resolve(import.meta.dirname, '..'), encoding: 'utf8' }).trim();
    const dirty = git('--no-optional-locks', 'status', '--porcelain', '--untracked-files=no', '--', 'src', 'index.html', 'embed.html', 'vite.config.ts', 'package.json');
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' + uncommitted changes' : ''}`;
  } catch {
    return 'unknown';
  }
}

/** A page not measured in a reduced run. */
const skipped = (): TimelineSummary => ({
  status: 'skipped', runs: [], drawnMs: NaN, paintedMs: NaN, readyMs: NaN, dataMs: NaN, chromeMs: NaN, heapMB: NaN,
  frames: frameStats([]), zoomP95: NaN, panP95: NaN, worstMax: NaN, worstOver50: NaN, wheelEvents: NaN, notchesDue: NaN,
});

async function main() {
  const options = benchOptions(process.env);
  const started = Date.now();
  if (options.reduced) log(`Reduced run (${options.reduced}): results go to bench/results/reduced.*`);
  log('Building the app (production)…');
  const commit = commitMeasured(); // the tree as it is built: every page measured comes from this build
  const outDir = await buildApp();
  log('Generating and validating datasets…');
  const datasets = writeDatasets(outDir, [...new Set([CROSS_ORIGIN_N, ...options.sizes])].sort((a, b) => a - b));
  const visPath = writeVisPage(outDir);
  const server = await serveBuild(outDir);
  const elsewhere = await serveDataElsewhere(outDir);
  const browser = await launchChromium();
  try {
    log(`Serving ${server.origin} (datasets also on ${elsewhere.origin}) from ${outDir}; Chromium ${browser.version()}`);

    log('Warm-up loads (not measured), then idle frames (calibration)…');
    // The first loads after start are slower (server and browser warming up) and would skew the first figures.
    for (const path of ['/', '/embed.html', `/?data=${encodeURIComponent(datasets[0].path)}`, `${visPath}?data=${encodeURIComponent(datasets[0].path)}`, '/']) {
      const warm = await openRun(browser);
      await loadUntilDrawn(warm, `${server.origin}${path}`, OURS_TIMEOUT_MS);
      await closeRun(warm);
    }
    const idleRun = await openRun(browser);
    await loadUntilDrawn(idleRun, `${server.origin}/`, OURS_TIMEOUT_MS);
    const idle = await idleFrames(idleRun.page, 2000);
    await closeRun(idleRun);

    log('Loads without gestures: the shipped dataset, 40 events from another origin, throttled…');
    const small = datasets.find((d) => d.n === CROSS_ORIGIN_N)!;
    const needed = { main: neededForFirstDraw(outDir, 'index.html'), embed: neededForFirstDraw(outDir, 'embed.html') };
    const loads = await measureLoads(browser, { origin: server.origin, crossOriginData: `${elsewhere.origin}${small.path}`, needed }, options.runs, log);

    const sizes: SizeResult[] = [];
    for (const d of datasets.filter((d) => options.sizes.includes(d.n))) {
      const data = encodeURIComponent(d.path);
      log(`${d.n.toLocaleString('en')} events — ours`);
      const ours = await measurePage(browser, { url: `${server.origin}/?data=${data}`, chart: '#chart', app: true, runs: options.runs, timeoutMs: OURS_TIMEOUT_MS }, log);
      let vis = skipped();
      if (options.vis) {
        log(`${d.n.toLocaleString('en')} events — vis-timeline`);
        const visSpec = { url: `${server.origin}${visPath}?data=${data}`, chart: '.vis-panel.vis-center', app: false, runs: options.runs, timeoutMs: VIS_TIMEOUT_MS, lastRunAfterMs: VIS_ONE_RUN_AFTER_MS };
        vis = await measurePage(browser, visSpec, log);
      }
      sizes.push({ n: d.n, fileBytes: d.bytes, ours, vis });
    }

    const visAssets = await gzipBytesOf(['vis-timeline-graph2d.min.js', 'vis-timeline-graph2d.min.css'].map((f) => `${server.origin}/bench-vis/${f}`));
    const result: BenchResult = {
      date: new Date().toISOString(),
      machine: {
        os: `${platform()} ${release()}`,
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
        node: process.version,
        commit,
        chromium: browser.version(),
        visTimeline: JSON.parse(readFileSync(resolve(import.meta.dirname, '..', 'node_modules', 'vis-timeline', 'package.json'), 'utf8')).version,
      },
      method: METHOD,
      runs: options.runs,
      ...(options.reduced ? { reduced: options.reduced } : {}),
      idleFrames: idle,
      default: loads,
      sizes,
      visAssets,
      targets: judgeTargets(sizes, loads),
      durationS: (Date.now() - started) / 1000,
    };

    const markdown = markdownReport(result);
    const name = options.reduced ? 'reduced' : 'latest';
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(join(RESULTS, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
    writeFileSync(join(RESULTS, `${name}.md`), markdown);
    log(`\n${markdown}`);
    log(`Wrote ${join('bench', 'results', `${name}.json`)} and ${name}.md in ${result.durationS.toFixed(0)} s.`);
  } finally {
    await browser.close();
    await elsewhere.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
