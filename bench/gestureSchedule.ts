/**
 * The gesture of issue 10 as pure functions of the clock, so the runner (gesture.ts) and the
 * unit tests share one definition: wheel notches at trackpad rate — one every 16 ms, deltaY
 * ±100, bursts of 8 in then 8 out, for 2 s — then a drag 300 px left and back over 2 s.
 * Also where on a chart the gesture is aimed.
 */

/** Each phase lasts this long, ms. */
export const PHASE_MS = 2000;
/** One notch is due every NOTCH_EVERY_MS, the first at 0 ms. */
export const NOTCH_EVERY_MS = 16;
/** Notches per burst: 8 zooming in, then 8 zooming out, and again. */
export const BURST = 8;
/** One notch: deltaY 100 px (negative zooms in). */
export const NOTCH = 100;
/** The notches due over the whole wheel phase: at 0, 16, …, 1,984 ms. */
export const TOTAL_NOTCHES = Math.ceil(PHASE_MS / NOTCH_EVERY_MS);
/** How far the drag goes left before it comes back, px (in PHASE_MS / 2 each way). */
export const DRAG_PX = 300;
/** A phase that runs past this many times its planned length stops early and says so. */
export const OVERRUN = 3;

/** How many notches are due `t` ms into the wheel phase (0 before it starts, all after it ends). */
export function notchesDue(t: number): number {
  if (t < 0) return 0;
  return Math.min(TOTAL_NOTCHES, Math.floor(t / NOTCH_EVERY_MS) + 1);
}

/** deltaY of notch `i` (0-based): −100 in the zoom-in half of its burst pair, +100 in the other. */
export function notchDelta(i: number): number {
  return Math.floor(i / BURST) % 2 === 0 ? -NOTCH : NOTCH;
}

/**
 * The deltaY of one wheel event carrying notches `from` (inclusive) to `to` (exclusive): their
 * sum, as Chromium coalesces the wheel events a busy page has not taken yet. 0 when they cancel.
 */
export function coalescedDelta(from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += notchDelta(i);
  return sum;
}

/** Where the pointer should be `t` ms into the drag, relative to where it started, px. */
export function dragOffset(t: number): number {
  const half = PHASE_MS / 2;
  const clamped = Math.min(Math.max(t, 0), PHASE_MS);
  // `0 -` rather than unary minus: never −0 at the start.
  return clamped < half ? 0 - DRAG_PX * (clamped / half) : DRAG_PX * ((clamped - half) / half) - DRAG_PX;
}

/** A box in viewport pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The point the gesture aims at: the centre of the part of the chart's box that is inside the
 * viewport, moved right when needed so the drag's 300 px to the left stay on the chart. Null
 * when no part of the box is on screen.
 */
export function aimPoint(box: Box, viewport: { width: number; height: number }): { x: number; y: number } | null {
  const left = Math.max(box.x, 0);
  const right = Math.min(box.x + box.width, viewport.width);
  const top = Math.max(box.y, 0);
  const bottom = Math.min(box.y + box.height, viewport.height);
  if (right <= left || bottom <= top) return null;
  const x = Math.min(right - 1, Math.max((left + right) / 2, left + DRAG_PX + 1));
  return { x: Math.round(x), y: Math.round((top + bottom) / 2) };
}
