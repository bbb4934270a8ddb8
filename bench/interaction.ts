/**
 * Interaction to next paint on the app's page: a click on a mark in the chart, then a click on
 * the toolbar's filter button and on a category chip in the panel it opens. Each click is real
 * input (Playwright's mouse, through CDP); its latency comes from what the page recorded
 * (latency.ts). A click counts only if it did what it should: the mark's event became the
 * selected one (the URL's `event=`), the panel opened, the chip changed state.
 */
import type { Page } from 'playwright-core';
import { interactionLatency, type Latency } from './latency';

/** One measured click. */
export interface Interaction {
  /** Latency to next paint (NaN figures when the click could not be made). */
  latency: Latency;
  /** What was clicked (an event id, a button's text). */
  target: string;
  /** True when the click did what it should (selected the mark, opened the panel, toggled the chip). */
  ok: boolean;
  /** Why not, when not ok; how many marks were tried. */
  note?: string;
}

/** The clicks of one run. */
export interface Interactions {
  mark: Interaction;
  menu: Interaction;
  chip: Interaction;
}

const NO_LATENCY: Latency = { ms: NaN, eventTimingMs: null, nextPaintMs: null };

/**
 * Points where the chart has a mark, nearest the chart's centre first: SVG marks (`g.tl-mark`,
 * aimed at their symbol) or, for a canvas-drawn chart, its accessible proxies (`[data-id]` in
 * `#chart`), at the centre of their box. Only points inside the chart, on screen and not
 * covered by something outside the chart. A string: tsx would wrap inner functions in a
 * `__name` helper the page lacks.
 */
const MARK_POINTS = `(() => {
  const chart = document.querySelector('#chart');
  if (!chart) return [];
  const c = chart.getBoundingClientRect();
  const cx = c.left + c.width / 2;
  const cy = c.top + c.height / 2;
  const points = [];
  for (const el of chart.querySelectorAll('g.tl-mark, [data-id]')) {
    if (el.closest('g.tl-mark') && !el.matches('g.tl-mark')) continue;
    const aim = el.matches('g.tl-mark') ? el.querySelector('.tl-symbol') || el : el;
    const r = aim.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) continue;
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (x < c.left + 2 || x > c.right - 2 || y < c.top + 2 || y > c.bottom - 2) continue;
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
    const top = document.elementFromPoint(x, y);
    if (!top || !chart.contains(top)) continue;
    points.push({ id: el.getAttribute('data-id') || '', x, y, d: Math.hypot(x - cx, y - cy) });
  }
  return points.sort((a, b) => a.d - b.d).slice(0, 5);
})()`;

/**
 * Moves the pointer to (x, y), then clicks there and returns the latency to next paint of the
 * click. The pointer arrives first, as a reader's does: hover work is not the click's.
 */
async function clickAndMeasure(page: Page, x: number, y: number): Promise<Latency> {
  await page.mouse.move(x, y);
  await page.waitForTimeout(100);
  const since = await page.evaluate(() => performance.now());
  await page.mouse.down();
  await page.mouse.up();
  // Every input of the click has had its next paint…
  await page.waitForFunction(
    (since) => {
      const inputs = window.__bench!.inputs.filter((i) => i.start >= since - 1);
      return inputs.length >= 2 && inputs.every((i) => i.paint !== undefined);
    },
    since,
    { timeout: 60_000, polling: 16 },
  );
  // …and the page went idle, by which time its PerformanceObserver has had the Event Timing entries.
  await page.evaluate(() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 50), { timeout: 2000 })));
  const { events, inputs } = await page.evaluate(() => ({ events: window.__bench!.events, inputs: window.__bench!.inputs }));
  return interactionLatency(events, inputs, since);
}

/** The URL's selected event, or null. */
const selectedEvent = (page: Page) => page.evaluate(() => new URLSearchParams(location.search).get('event'));

/** Clicks a mark near the chart's centre, trying up to three until one is selected. */
async function clickMark(page: Page): Promise<Interaction> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const points = (await page.evaluate(MARK_POINTS)) as { id: string; x: number; y: number }[];
    const point = points[attempt - 1] ?? points[0];
    if (!point) return { latency: NO_LATENCY, target: '', ok: false, note: 'no mark on screen in #chart (neither g.tl-mark nor [data-id] with a box)' };
    const latency = await clickAndMeasure(page, point.x, point.y);
    const selected = await page.waitForFunction(() => new URLSearchParams(location.search).get('event'), null, { timeout: 1000 }).then(
      () => selectedEvent(page),
      () => null,
    );
    if (selected) return { latency, target: selected, ok: true, ...(attempt > 1 ? { note: `selected on attempt ${attempt}` } : {}) };
    await page.waitForTimeout(500); // a miss may have zoomed into a cluster: let it settle before looking again
    if (attempt === 3) return { latency, target: point.id, ok: false, note: `3 clicks on marks' boxes selected nothing (last at ${point.x.toFixed(0)}, ${point.y.toFixed(0)})` };
  }
  throw new Error('unreachable');
}

/** Clicks the centre of the first visible element matching `selector`; ok when `done(its HTML before)` becomes true in the page. */
async function clickControl(page: Page, selector: string, what: string, done: (before: string) => boolean): Promise<Interaction> {
  const control = page.locator(selector).filter({ visible: true }).first();
  const box = await control.boundingBox({ timeout: 5000 }).catch(() => null);
  if (!box) return { latency: NO_LATENCY, target: selector, ok: false, note: `${selector} is not on screen` };
  const target = ((await control.textContent()) ?? '').trim() || selector;
  const before = await control.evaluate((el) => el.outerHTML);
  const latency = await clickAndMeasure(page, box.x + box.width / 2, box.y + box.height / 2);
  const ok = await page.waitForFunction(done, before, { timeout: 2000 }).then(() => true, () => false);
  return { latency, target, ok, ...(ok ? {} : { note: `the click did not ${what}` }) };
}

/** The run's three clicks, in order: a mark, the filter button, a category chip. */
export async function measureInteractions(page: Page): Promise<Interactions> {
  const mark = await clickMark(page);
  await page.waitForTimeout(500); // selecting may reveal the mark with a short animation
  const menu = await clickControl(page, '.menu-button', 'open the panel', () => document.querySelector('.menu-button')?.getAttribute('aria-expanded') === 'true');
  await page.waitForTimeout(300);
  // The first visible chip's state differs from what it was before the click.
  const chip = await clickControl(page, '.legend .chip', 'toggle the chip', (before) => {
    const first = [...document.querySelectorAll('.legend .chip')].find((c) => c.getClientRects().length);
    return !!first && first.outerHTML !== before;
  });
  return { mark, menu, chip };
}
