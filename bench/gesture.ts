/**
 * The scripted gesture, the same for every page: 2 s of mouse-wheel notches over the chart
 * (zooming in, then partly back out, so the view stays zoomed enough to pan), then a 2 s drag
 * left and back. Both follow the clock, not an event count: the wheel is due one notch every
 * 40 ms and the pointer moves at 300 px/s. Playwright waits for the page to take each event,
 * so a page that falls behind gets the notches it missed in one larger wheel event (as
 * Chromium itself coalesces them) and the pointer jumps to where it should be by now; the
 * zoom path and the drag distance are therefore the same on every page. A phase stops at
 * three times its planned length and says so.
 *
 * While the gesture runs, a requestAnimationFrame loop in the page records every frame's
 * timestamp; the intervals between them are the frame times.
 */
import type { Page } from 'playwright-core';
import { frameStats, type FrameStats } from './stats';

/** Each phase lasts this long, ms. */
const PHASE_MS = 2000;
/** One notch is due every WHEEL_EVERY ms: zooming in until ZOOM_IN_MS, then out. */
const WHEEL_EVERY = 40;
const ZOOM_IN_MS = 1200;
/** One notch of a mouse wheel in Chromium: deltaY 100 px (wheelDelta 120). */
const NOTCH = 100;
/** How far the drag goes left before it comes back, px (in PHASE_MS / 2 each way). */
const DRAG_PX = 300;
/** A phase that runs past this many times its planned length stops early and says so. */
const OVERRUN = 3;

/** Frame figures for the whole gesture and for each phase. */
export interface GestureResult {
  /** Zoom and pan together. */
  all: FrameStats;
  /** The wheel phase only. */
  zoom: FrameStats;
  /** The drag phase only. */
  pan: FrameStats;
  /** How long each phase really took, ms (planned: 2,000 each). */
  zoomMs: number;
  panMs: number;
  /** True when a phase hit the overrun cap before it finished. */
  truncated: boolean;
}

declare global {
  interface Window {
    __frames?: number[];
    __recording?: boolean;
  }
}

/**
 * Starts a requestAnimationFrame loop that pushes each frame's timestamp to window.__frames
 * until window.__recording is false. A string: tsx would wrap a function's inner functions in
 * a `__name` helper that does not exist in the page.
 */
const RECORD_FRAMES = `(() => {
  window.__frames = [];
  window.__recording = true;
  const tick = (t) => {
    if (!window.__recording) return;
    window.__frames.push(t);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Net notches zoomed in that are due `t` ms into the wheel phase: 30 in, then 20 back out. */
function notchesDue(t: number): number {
  const clamped = Math.min(t, PHASE_MS);
  return clamped < ZOOM_IN_MS ? Math.floor(clamped / WHEEL_EVERY) : ZOOM_IN_MS / WHEEL_EVERY - Math.floor((clamped - ZOOM_IN_MS) / WHEEL_EVERY);
}

/** Where the pointer should be `t` ms into the drag, relative to where it started, px. */
function dragOffset(t: number): number {
  const half = PHASE_MS / 2;
  const clamped = Math.min(t, PHASE_MS);
  return clamped < half ? -DRAG_PX * (clamped / half) : -DRAG_PX + DRAG_PX * ((clamped - half) / half);
}

/**
 * Calls `step(elapsed)` until PHASE_MS has passed, then once more at the end; `step` says
 * whether it sent anything (if not, wait a little). False when the overrun cap stopped it.
 */
async function followClock(step: (elapsed: number) => Promise<boolean>): Promise<boolean> {
  const start = Date.now();
  while (Date.now() - start < PHASE_MS) {
    if (!(await step(Date.now() - start))) await sleep(4);
    if (Date.now() - start > PHASE_MS * OVERRUN) return false;
  }
  await step(PHASE_MS);
  return true;
}

/** Runs the wheel-then-drag gesture over the centre of `selector` and returns the frame figures. */
export async function runGesture(page: Page, selector: string): Promise<GestureResult> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`runGesture: ${selector} is not on the page`);
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 120);
  await page.mouse.move(x, y);
  await page.evaluate(RECORD_FRAMES);
  const now = () => page.evaluate(() => performance.now());

  let sent = 0;
  const zoomStart = Date.now();
  const zoomDone = await followClock(async (t) => {
    const due = notchesDue(t) - sent;
    if (!due) return false;
    sent += due;
    await page.mouse.wheel(0, -due * NOTCH);
    return true;
  });
  const zoomMs = Date.now() - zoomStart;
  const boundary = await now();

  let at = 0;
  const panStart = Date.now();
  await page.mouse.down();
  const panDone = await followClock(async (t) => {
    const offset = Math.round(dragOffset(t));
    if (offset === at) return false;
    at = offset;
    await page.mouse.move(x + offset, y);
    return true;
  });
  await page.mouse.up();
  const panMs = Date.now() - panStart;

  const frames = await page.evaluate(() => {
    window.__recording = false;
    return window.__frames!;
  });
  return {
    all: frameStats(frames),
    zoom: frameStats(frames.filter((t) => t <= boundary)),
    pan: frameStats(frames.filter((t) => t >= boundary)),
    zoomMs,
    panMs,
    truncated: !zoomDone || !panDone,
  };
}

/** Frame figures of an idle page over `ms` milliseconds: the floor the gesture figures sit on. */
export async function idleFrames(page: Page, ms = 1000): Promise<FrameStats> {
  await page.evaluate(RECORD_FRAMES);
  await page.waitForTimeout(ms);
  const frames = await page.evaluate(() => {
    window.__recording = false;
    return window.__frames!;
  });
  return frameStats(frames);
}
