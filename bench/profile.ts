/**
 * Where the time goes, for diagnosing missed targets (a script, not part of `npm run bench`):
 *
 *   npx tsx bench/profile.ts [events=100000 | default]
 *
 * (`default` profiles the shipped dataset on `/` and skips the Node stages.)
 *
 * 1. The data stages in Node (the same V8 as Chromium): JSON.parse, the schema, the
 *    cross-reference rules and normalise, on the benchmark's synthetic dataset.
 * 2. An unminified production build loading that dataset in headless Chromium under a CPU
 *    profile and a trace: time per app function (inclusive) and per function (self), and the
 *    main thread's browser work (style, layout, paint, GC) up to drawn.
 * 3. The same during the benchmark's wheel-and-drag gesture, and DOM writes per frame.
 *
 * Set BENCH_TRACE_DIR to keep the traces (open them in DevTools' Performance panel).
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as v from 'valibot';
import { launchChromium } from '../test/e2e/browser';
import { DatasetSchema, type Dataset } from '../src/data/schema';
import { checkCrossReferences } from '../src/data/crossReferences';
import { normalise } from '../src/data/normalise';
import { makeSyntheticDataset } from './synthetic';
import { SEED, writeDatasets } from './datasets';
import { buildApp, serveBuild } from './serve';
import { closeRun, loadUntilDrawn, openRun, type Run } from './measure';
import { runGesture } from './gesture';
import { functionTimes, longTaskLines, mainThreadTasks, stageTimes, sumActivity, topLines, type CpuProfile } from './profileSummary';

const shipped = process.argv[2] === 'default';
const n = shipped ? 0 : Number(process.argv[2] ?? 100_000);
/** The pipeline's stages, innermost first wins: each sample is counted in exactly one. */
const STAGES = [
  'boot', 'startApp', 'loadTimeline', 'parseJson', 'validateDataset', 'checkCrossReferences', 'normalise', 'resolveUrlView', 'applyFilters',
  'createTimelineRenderer', 'buildEventIndex', 'makeLanes', 'buildScene', 'drawMarks', 'drawClusters', 'drawAxis', 'drawBands', 'report',
  'MainPage', 'EmbedPage', 'EventList', 'Row', 'Filters', 'DetailsPanel', 'ZoomControls', 'TimelineView', 'LocaleProvider', 'PageSettings', 'Notices', 'SelectionAnnouncer',
];
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack', 'v8', 'v8.execute', 'blink.user_timing'];

/** Milliseconds `f` takes, best of `times` runs. */
function timeIt<T>(f: () => T, times = 3): { ms: number; value: T } {
  let best = Infinity;
  let value!: T;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    value = f();
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, value };
}

/** Names of the functions declared in src/, to pick the app's own entries out of a profile. */
function appFunctionNames(dir = resolve(import.meta.dirname, '..', 'src')): Set<string> {
  const names = new Set<string>();
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) appFunctionNames(path).forEach((name) => names.add(name));
    else if (/\.tsx?$/.test(entry) && !/\.test\./.test(entry)) {
      for (const m of readFileSync(path, 'utf8').matchAll(/function\s+(\w+)|(?:const|let)\s+(\w+)\s*=\s*(?:\([^)]*\)|\w+)\s*=>/g)) names.add(m[1] ?? m[2]);
    }
  }
  return names;
}

function dataStagesInNode() {
  const text = JSON.stringify(makeSyntheticDataset(SEED, n));
  const parsed = timeIt(() => JSON.parse(text) as unknown);
  const schema = timeIt(() => v.safeParse(DatasetSchema, parsed.value, { abortPipeEarly: true }));
  if (!schema.value.success) throw new Error('the synthetic dataset failed the schema');
  const data = schema.value.output as Dataset;
  const refs = timeIt(() => checkCrossReferences(data));
  const norm = timeIt(() => normalise(data));
  console.log(`\n## Data stages in Node ${process.version}, ${n.toLocaleString('en')} events, ${(text.length / 2 ** 20).toFixed(1)} MB (best of 3)`);
  for (const [name, ms] of [['JSON.parse', parsed.ms], ['schema (valibot safeParse)', schema.ms], ['cross-references', refs.ms], ['normalise', norm.ms]] as const) {
    console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
  }
}

/**
 * Wraps the DOM's writing methods to count, per animation frame, attribute writes (and those
 * that set the value already there), text replacements, elements created and removed. A
 * string: tsx would wrap a function's inner functions in a `__name` helper the page lacks.
 */
const COUNT_DOM_WRITES = `(() => {
  const c = { setAttribute: 0, unchanged: 0, textContent: 0, createElementNS: 0, removeChild: 0, focus: 0, frames: 0 };
  for (const proto of [HTMLElement.prototype, SVGElement.prototype]) {
    const focus = proto.focus;
    proto.focus = function (...a) { c.focus++; return focus.apply(this, a); };
  }
  window.__domWrites = c;
  const set = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (name, value) {
    c.setAttribute++;
    if (this.getAttribute(name) === String(value)) c.unchanged++;
    return set.call(this, name, value);
  };
  const text = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent');
  Object.defineProperty(Node.prototype, 'textContent', { get: text.get, set(v) { c.textContent++; text.set.call(this, v); }, configurable: true });
  const create = Document.prototype.createElementNS;
  Document.prototype.createElementNS = function (...a) { c.createElementNS++; return create.apply(this, a); };
  const remove = Element.prototype.remove;
  Element.prototype.remove = function () { c.removeChild++; return remove.call(this); };
  const removeChild = Node.prototype.removeChild;
  Node.prototype.removeChild = function (n) { c.removeChild++; return removeChild.call(this, n); };
  const tick = () => { c.frames++; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})()`;

/** DOM writes per frame during a second, unprofiled gesture. */
async function domWritesPerFrame(run: Run): Promise<string> {
  await run.page.evaluate(COUNT_DOM_WRITES);
  await runGesture(run.page, '#chart');
  const c = await run.page.evaluate(() => (window as unknown as { __domWrites: Record<string, number> }).__domWrites);
  const per = (k: string) => (c[k] / c.frames).toFixed(0);
  return `${c.frames} frames; per frame: ${per('setAttribute')} setAttribute (${per('unchanged')} of them to the value already there), ${per('textContent')} text replacements, ${per('createElementNS')} elements created, ${per('removeChild')} removed; focus() called ${c.focus} times in all`;
}

/** The page's requests as "start → end  name" lines, ms from navigation start. */
function waterfall(run: Run): Promise<string> {
  return run.page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const rows = [`${'0'.padStart(6)} → ${nav.responseEnd.toFixed(0).padStart(5)} ms  document (DOMContentLoaded ${nav.domContentLoadedEventEnd.toFixed(0)} ms)`];
    for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      rows.push(`${e.startTime.toFixed(0).padStart(6)} → ${e.responseEnd.toFixed(0).padStart(5)} ms  ${new URL(e.name).pathname}`);
    }
    return rows.join('\n');
  });
}

/** How many marks, clusters and SVG elements the chart holds. */
function domCounts(run: Run): Promise<string> {
  return run.page.evaluate(() => {
    const [marks, clusters, svg, all] = ['.tl-mark', '.tl-cluster', '.tl-svg *', '*'].map((s) => document.querySelectorAll(s).length);
    return `${marks} marks, ${clusters} clusters, ${svg} SVG elements, ${all} elements in the page`;
  });
}

/** Runs `during` under the CPU profiler and a trace, then prints where the time went. */
async function profiled(run: Run, title: string, during: () => Promise<string>) {
  const browser = run.context.browser()!;
  await run.cdp.send('Profiler.enable');
  await run.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await browser.startTracing(run.page, { categories: TRACE_CATEGORIES });
  await run.cdp.send('Profiler.start');
  const summary = `${await during()}; ${await domCounts(run)}`;
  const { profile } = (await run.cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  const traceText = (await browser.stopTracing()).toString('utf8');
  if (process.env.BENCH_TRACE_DIR) writeFileSync(join(process.env.BENCH_TRACE_DIR, `${title.replace(/\W+/g, '-')}.json`), traceText);
  const trace = JSON.parse(traceText);
  const times = functionTimes(profile);
  const app = appFunctionNames();
  const own = new Map([...times.inclusive].filter(([name]) => app.has(name)));
  console.log(`\n## ${title}: ${summary}`);
  console.log(`\nApp functions, inclusive (of ${times.total.toFixed(0)} ms sampled JS+native):`);
  topLines(own, 25).forEach((l) => console.log(l));
  console.log('\nBy stage (each sample counted once, in the innermost stage on its stack; "other" is Preact, d3 and the rest):');
  topLines(stageTimes(profile, STAGES), 24, times.total).forEach((l) => console.log(l));
  console.log('\nSelf time, by function:');
  topLines(times.self, 20, times.total).forEach((l) => console.log(l));
  const tasks = mainThreadTasks(trace);
  console.log('\nMain thread, self time by trace event:');
  topLines(sumActivity(tasks), 18).forEach((l) => console.log(l));
  console.log('\nLongest main-thread tasks:');
  longTaskLines(tasks, 8, (from, to) => stageTimes(profile, STAGES, from, to)).forEach((l) => console.log(l));
}

async function main() {
  if (!shipped) dataStagesInNode();
  const outDir = await buildApp({ minify: false });
  const [dataset] = shipped ? [null] : writeDatasets(outDir, [n]);
  const url = dataset ? `/?data=${encodeURIComponent(dataset.path)}` : '/';
  const server = await serveBuild(outDir);
  const browser = await launchChromium();
  const run = await openRun(browser);
  try {
    // Same-origin first, so the profiled navigation stays in one renderer process.
    await run.page.goto(`${server.origin}/favicon.svg`);
    await profiled(run, `Load of ${shipped ? 'the shipped dataset' : `${n.toLocaleString('en')} events`} (unminified build)`, async () => {
      const t = await loadUntilDrawn(run, `${server.origin}${url}`, 120_000);
      return `data response end ${t.dataMs?.toFixed(0)} ms, ready ${t.readyMs.toFixed(0)} ms, drawn ${t.drawnMs.toFixed(0)} ms\n\n${await waterfall(run)}`;
    });
    await run.page.waitForTimeout(500);
    await profiled(run, 'Wheel zoom then drag', async () => {
      const g = await runGesture(run.page, '#chart');
      const f = (s: typeof g.all) => `p50 ${s.p50.toFixed(1)}, p95 ${s.p95.toFixed(1)}, max ${s.max.toFixed(0)} ms, ${s.over50} over 50 ms, ${s.frames} frames`;
      return `zoom ${f(g.zoom)}; pan ${f(g.pan)}`;
    });
    console.log(`\n## DOM writes during the same gesture, again (counted, not timed)\n${await domWritesPerFrame(run)}`);
  } finally {
    await closeRun(run);
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
