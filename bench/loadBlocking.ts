/**
 * How long the main thread is blocked while a large dataset is read (a script, not a test):
 *
 *   npx tsx bench/loadBlocking.ts [events=113000]   # 113,000 synthetic events ≈ 50 MB
 *
 * Loads the dataset through `?data=` in headless Chromium, as the page does it and with workers
 * taken away (as in a sandboxed embed, where none can start), runs interleaved, and prints the
 * time to drawn and the long tasks (> 50 ms) between the end of the download and the timeline
 * being read (`timeline:fetched` → `timeline:normalised`), and over the whole load to drawn.
 * The machine's other load shows up in these figures: compare rows of one run.
 */
import { launchChromium } from '../test/e2e/browser';
import { writeDatasets } from './datasets';
import { buildApp, serveBuild } from './serve';
import { median } from './stats';

const n = Number(process.argv[2] ?? 113_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const MODES = ['with a worker', 'without workers'] as const;
type Mode = (typeof MODES)[number];

interface Sample {
  drawnMs: number;
  readLongest: number;
  readBlocking: number;
  allLongest: number;
  allBlocking: number;
}

const outDir = await buildApp();
const [dataset] = writeDatasets(outDir, [n]);
const server = await serveBuild(outDir, 4511);
const browser = await launchChromium();
try {
  console.log(`${n.toLocaleString('en')} events, ${(dataset.bytes / 1e6).toFixed(1)} MB, ${RUNS} runs per mode, interleaved (medians)\n`);
  console.log('| reading | drawn | longest task while reading | blocking while reading | longest task, whole load | blocking, whole load |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  const samples = new Map<Mode, Sample[]>(MODES.map((mode) => [mode, []]));
  for (let run = 0; run < RUNS; run++) for (const mode of MODES) samples.get(mode)!.push(await measure(mode));
  for (const mode of MODES) {
    const m = (key: keyof Sample) => `${Math.round(median(samples.get(mode)!.map((s) => s[key])))} ms`;
    console.log(`| ${mode} | ${m('drawnMs')} | ${m('readLongest')} | ${m('readBlocking')} | ${m('allLongest')} | ${m('allBlocking')} |`);
  }
  console.log('\nBlocking = the sum over long tasks of their time past 50 ms (Total Blocking Time).');
} finally {
  await browser.close();
  await server.close();
}

async function measure(mode: Mode): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(`
    window.tasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.tasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: true });
    ${mode === 'without workers' ? "Object.defineProperty(window, 'Worker', { value: undefined });" : ''}
  `);
  const start = Date.now();
  await page.goto(`${server.origin}/?data=${dataset.path}`);
  await page.waitForSelector('[data-status="ready"]', { timeout: 180_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const drawnMs = Date.now() - start;
  // No named functions inside evaluate: tsx would wrap them in a helper the page lacks.
  const { tasks, from, to, marks } = await page.evaluate(() => ({
    marks: performance.getEntriesByType('mark').filter((m) => m.name.startsWith('timeline:')).map((m) => `${m.name} ${Math.round(m.startTime)}`),
    tasks: (window as unknown as { tasks: { start: number; duration: number }[] }).tasks,
    from: performance.getEntriesByName('timeline:fetched')[0]?.startTime ?? NaN,
    to: performance.getEntriesByName('timeline:normalised')[0]?.startTime ?? NaN,
  }));
  const reading = tasks.filter((t) => t.start + t.duration > from && t.start < to + 1);
  const longest = (list: typeof tasks) => Math.max(0, ...list.map((t) => t.duration));
  const blocking = (list: typeof tasks) => list.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
  const result = { readLongest: longest(reading), readBlocking: blocking(reading), allLongest: longest(tasks), allBlocking: blocking(tasks) };
  if (process.env.BENCH_MARKS) console.log(marks.join(', '));
  await context.close();
  return { drawnMs, ...result };
}
