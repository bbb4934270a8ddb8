/**
 * The per-frame working data of buildScene, held in typed arrays ("columns") that are reused
 * between calls. Each visible event object is read exactly once per frame, here; packing and
 * clustering then run over the columns only. With 100,000 events on screen that matters more
 * than anything else: event objects are scattered in memory, and touching one costs a cache
 * miss, so the later stages must not touch them again.
 */
import type { SceneInput } from './sceneTypes';
import { affineOf } from './timeScale';
import { CULL_MARGIN, MIN_SPAN_PX, POINT_RADIUS } from './sceneTypes';

/** Columns for one frame. Views into shared buffers: valid until the next buildScene call. */
export interface SceneColumns {
  /** Per visible event (index into input.events): reading-direction start of its mark. */
  u0: Float64Array;
  /** Per visible event: reading-direction end of its mark (equal to u0 for a point). */
  u1: Float64Array;
  /** Per visible event: its t0, UTC ms. */
  t0: Float64Array;
  /** Per visible event: its t1, UTC ms. */
  t1: Float64Array;
  /** Per visible event: 1 for a point, 0 for a span. */
  point: Uint8Array;
  /** Per lane entry: the event's index, lane by lane, each lane in reading order. */
  entries: Int32Array;
  /** Lane k's entries are entries[laneStart[k], laneStart[k + 1]). */
  laneStart: Int32Array;
  /** Per lane entry, written by packing: its row, or OVERFLOW. */
  row: Int32Array;
  /** Per lane entry, written by packing: u where its label text starts. */
  labelStart: Float64Array;
  /** Per lane entry, written by packing: pixels its label may use (Infinity for the whole title). */
  labelRoom: Float64Array;
}

const f64 = (size: number) => new Float64Array(size);
const i32 = (size: number) => new Int32Array(size);

// Shared buffers: buildScene is synchronous, so one set suffices and a frame allocates nothing
// here once they have grown to the largest slice seen.
let perEvent = { u0: f64(0), u1: f64(0), t0: f64(0), t1: f64(0), point: new Uint8Array(0) };
let perPair = { lane: i32(0), event: i32(0), entries: i32(0), row: i32(0), labelStart: f64(0), labelRoom: f64(0) };

/** Makes room for n events, doubling. Amortised O(1) per event. */
function reserveEvents(n: number): void {
  if (perEvent.u0.length >= n) return;
  const size = Math.max(64, 2 * n);
  perEvent = { u0: f64(size), u1: f64(size), t0: f64(size), t1: f64(size), point: new Uint8Array(size) };
}

/** Makes room for p (lane, event) pairs, keeping the first `keep`. Amortised O(1) per pair. */
function reservePairs(p: number, keep: number): void {
  if (perPair.lane.length >= p) return;
  const size = Math.max(64, 2 * p);
  const lane = i32(size);
  const event = i32(size);
  lane.set(perPair.lane.subarray(0, keep));
  event.set(perPair.event.subarray(0, keep));
  perPair = { lane, event, entries: i32(size), row: i32(size), labelStart: f64(size), labelRoom: f64(size) };
}

/**
 * Reads the visible events once: each mark's extent in packing coordinates (u = px, or
 * width - px when rtl), culled when wholly more than CULL_MARGIN px outside [0, width], and one
 * (lane, event) pair per lane it is drawn in (an actor listed twice counts once; lanes not in
 * input.lanes are skipped), then groups the pairs by lane with a stable counting sort.
 * Points sit at the middle of the day they cover; spans narrower than MIN_SPAN_PX are widened
 * around their centre. Cost O(v · a + L) for v events with a actors each and L lanes.
 */
export function readColumns(input: SceneInput, width: number): SceneColumns {
  const { events, x, rtl } = input;
  const n = events.length;
  reserveEvents(n);
  reservePairs(n, 0);
  const { u0: U0, u1: U1, t0: T0, t1: T1, point: P } = perEvent;
  const affine = affineOf(x);
  // u = offset + slope * t when the scale is affine (always, for a zoomed scaleUtc), so the
  // loop below makes no calls; an exotic scale goes through uOf instead.
  const slope = affine ? (rtl ? -affine.slope : affine.slope) : NaN;
  const offset = affine ? (rtl ? width - affine.offset : affine.offset) : NaN;
  const laneIndex = new Map(input.lanes.map((lane, k) => [lane.id, k]));
  const byCategory = input.mode === 'category';
  const forward = timeRunsWithReading(input);
  let pairs = 0;
  let lastId: string | undefined; // consecutive events often share a lane: skip the map then
  let lastLane: number | undefined;
  for (let step = 0; step < n; step++) {
    const i = forward ? step : n - 1 - step;
    const event = events[i];
    const t0 = event.t0;
    const t1 = event.t1;
    const a = affine ? offset + slope * t0 : uOf(input, width, t0);
    const b = affine ? offset + slope * t1 : uOf(input, width, t1);
    let u0 = a < b ? a : b;
    let u1 = a < b ? b : a;
    const isPoint = event.isPoint;
    if (isPoint) {
      u0 = u1 = (u0 + u1) / 2;
    } else if (u1 - u0 < MIN_SPAN_PX) {
      const centre = (u0 + u1) / 2;
      u0 = centre - MIN_SPAN_PX / 2;
      u1 = centre + MIN_SPAN_PX / 2;
    }
    const halo = isPoint ? POINT_RADIUS : 0;
    if (u1 + halo < -CULL_MARGIN || u0 - halo > width + CULL_MARGIN) continue;
    U0[i] = u0;
    U1[i] = u1;
    T0[i] = t0;
    T1[i] = t1;
    P[i] = isPoint ? 1 : 0;
    const ids = byCategory ? null : event.actors;
    const count = ids ? ids.length : 1;
    if (pairs + count > perPair.lane.length) reservePairs(pairs + count, pairs);
    for (let k = 0; k < count; k++) {
      const id = ids ? ids[k] : event.category;
      if (ids && ids.indexOf(id) !== k) continue;
      if (id !== lastId) {
        lastId = id;
        lastLane = laneIndex.get(id);
      }
      if (lastLane === undefined) continue;
      perPair.lane[pairs] = lastLane;
      perPair.event[pairs++] = i;
    }
  }
  const laneStart = groupByLane(pairs, input.lanes.length);
  const { entries, row, labelStart, labelRoom } = perPair;
  return { ...perEvent, entries, laneStart, row, labelStart, labelRoom };
}

/** Packing coordinate of t through the scale itself. O(1). */
function uOf(input: SceneInput, width: number, t: number): number {
  const px = input.x(t);
  return input.rtl ? width - px : px;
}

/** True when later times lie further along the reading direction. O(1). */
function timeRunsWithReading(input: SceneInput): boolean {
  const [d0, d1] = input.x.domain();
  const pxGrowsWithTime = (input.x(d1) - input.x(d0)) * (d1.getTime() - d0.getTime()) >= 0;
  return pxGrowsWithTime !== input.rtl;
}

/**
 * Stable counting sort of the pairs by lane into perPair.entries, so each lane's entries keep
 * reading order; returns the lane offsets. O(p + L).
 */
function groupByLane(pairs: number, laneCount: number): Int32Array {
  const laneStart = new Int32Array(laneCount + 1);
  const { lane, event, entries } = perPair;
  for (let p = 0; p < pairs; p++) laneStart[lane[p] + 1]++;
  for (let k = 0; k < laneCount; k++) laneStart[k + 1] += laneStart[k];
  const next = laneStart.slice(0, laneCount);
  for (let p = 0; p < pairs; p++) entries[next[lane[p]]++] = event[p];
  return laneStart;
}
