/**
 * Runs the scripted gesture (gestureSchedule.ts), the same for every page: 2 s of wheel notches
 * over the chart at trackpad rate, then a 2 s drag left and back. Both follow the clock, not an
 * event count. Playwright waits for the page to take each event, so a page that falls behind
 * gets the notches it missed in one wheel event carrying their summed deltaY (as Chromium
 * coalesces them), and the pointer jumps to where it should be by now: the zoom path and the
 * drag distance are the same on every page. A phase stops at three times its planned length
 * and says so.
 *
 * While the gesture runs, a requestAnimationFrame loop in the page records every frame's
 * timestamp; the intervals between them are the frame times.
 */
import type { Page } from 'playwright-core';
import { frameStats, type FrameStats } from './stats';
import { OVERRUN, PHASE_MS, TOTAL_NOTCHES, aimPoint, coalescedDelta, dragOffset, notchesDue } from './gestureSchedule';

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
  /** Wheel events the page took, out of TOTAL_NOTCHES notches due (fewer: notches were coalesced). */
  wheelEvents: number;
  /** Notches due, and notches sent (fewer only when the phase was truncated). */
  notchesDue: number;
  notchesSent: number;
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

/**
 * Calls `step(elapsed)` until PHASE_MS has passed, then once more at the end; `step` says
 * whether it sent anything (if not, wait a little). False when the overrun cap stopped it.
 */
async function followClock(step: (elapsed: number) => Promise<boolean>): Promise<boolean> {
  const start = Date.now();
  while (Date.now() - start < PHASE_MS) {
    if (!(await step(Date.now() - start))) await sleep(2);
    if (Date.now() - start > PHASE_MS * OVERRUN) return false;
  }
  await step(PHASE_MS);
  return true;
}

/** Runs the wheel-then-drag gesture over the visible part of `selector`'s box and returns the frame figures. */
export async function runGesture(page: Page, selector: string): Promise<GestureResult> {
  const box = await page.locator(selector).first().boundingBox();
  const aim = box && aimPoint(box, page.viewportSize() ?? { width: 1280, height: 720 });
  if (!aim) throw new Error(`runGesture: ${selector} is not on screen`);
  const { x, y } = aim;
  await page.mouse.move(x, y);
  await page.evaluate(RECORD_FRAMES);
  const now = () => page.evaluate(() => performance.now());

  let sent = 0;
  let wheelEvents = 0;
  const zoomStart = Date.now();
  const zoomDone = await followClock(async (t) => {
    const due = notchesDue(t);
    if (due === sent) return false;
    const delta = coalescedDelta(sent, due);
    sent = due;
    if (delta === 0) return true; // the overdue notches cancel out: one coalesced event would carry nothing
    wheelEvents++;
    await page.mouse.wheel(0, delta);
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
    wheelEvents,
    notchesDue: TOTAL_NOTCHES,
    notchesSent: sent,
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
