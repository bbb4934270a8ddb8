/**
 * The per-frame working data of buildScene, held in typed arrays ("columns") reused between
 * calls, so that packing and clustering never read event objects (they only read the titles of
 * marks they place). With 100,000 events on screen that matters more than anything else: event
 * objects lie scattered in memory and each one read costs cache misses.
 *
 * Two ways in. From a slice (input.events), each event object is read once, here. From an
 * EventIndex (input.index, with input.events === index.events), the frame's events are found by
 * bisection and their times and lanes come from the index's own typed arrays, so no event
 * object is read at all; that is several times faster when nearly everything is visible.
 */
import { visiblePositions } from './eventIndex';
import { laneCodesOf } from './laneCodes';
import { laneNumbers } from './lanes';
import type { TimelineEvent } from '../model/types';
import type { SceneInput } from './sceneTypes';
import { affineOf } from './timeScale';
import { CULL_MARGIN, MIN_SPAN_PX, POINT_RADIUS } from './sceneTypes';

/** Columns for one frame. Views into shared buffers: valid until the next buildScene call. */
export interface SceneColumns {
  /** The events that slot numbers (the values in entries) refer to. */
  events: readonly TimelineEvent[];
  /** Packing coordinate of time t is offset + slope * t. */
  offset: number;
  /** Pixels per millisecond in packing coordinates (negative when time runs against reading). */
  slope: number;
  /** Per slot: reading-direction start of the event's mark (written for kept events only). */
  u0: Float64Array;
  /** Per slot: reading-direction end of its mark (equal to u0 for a point). */
  u1: Float64Array;
  /** Per slot: the event's t0, UTC ms. */
  t0: Float64Array;
  /** Per slot: the event's t1, UTC ms. */
  t1: Float64Array;
  /** Per slot: 1 for a point, 0 for a span. */
  point: Uint8Array;
  /** Per lane entry: the event's slot, lane by lane, each lane in reading order. */
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
// here once they have grown to the largest input seen.
let perSlot = { u0: f64(0), u1: f64(0), t0: f64(0), t1: f64(0), point: new Uint8Array(0), order: i32(0) };
let perPair = { lane: i32(0), slot: i32(0), entries: i32(0), row: i32(0), labelStart: f64(0), labelRoom: f64(0) };

/** Makes room for n slots, doubling. Amortised O(1) per slot. */
function reserveSlots(n: number): void {
  if (perSlot.u0.length >= n) return;
  const size = Math.max(64, 2 * n);
  perSlot = { u0: f64(size), u1: f64(size), t0: f64(size), t1: f64(size), point: new Uint8Array(size), order: i32(size) };
}

/** Makes room for p (lane, slot) pairs, keeping the first `keep`. Amortised O(1) per pair. */
function reservePairs(p: number, keep: number): void {
  if (perPair.lane.length >= p) return;
  const size = Math.max(64, 2 * p);
  const lane = i32(size);
  const slot = i32(size);
  lane.set(perPair.lane.subarray(0, keep));
  slot.set(perPair.slot.subarray(0, keep));
  perPair = { lane, slot, entries: i32(size), row: i32(size), labelStart: f64(size), labelRoom: f64(size) };
}

/**
 * Fills the columns for one frame: each mark's extent in packing coordinates (u = px, or
 * width - px when rtl), culled when wholly more than CULL_MARGIN px outside [0, width], and one
 * (lane, slot) pair per lane the event is drawn in, grouped by lane in reading order. Points sit
 * at the middle of the day they cover; spans narrower than MIN_SPAN_PX are widened around their
 * centre. Cost O(v · a + L) for v events with a actors each and L lanes.
 */
export function readColumns(input: SceneInput, width: number): SceneColumns {
  const index = input.index;
  const indexed = index !== undefined && index.events === input.events;
  const events = indexed ? index.events : input.events;
  reserveSlots(events.length);
  reservePairs(events.length, 0);
  const line = toPackingLine(input, width);
  let pairs: number;
  let t0: Float64Array = perSlot.t0;
  let t1: Float64Array = perSlot.t1;
  let point: Uint8Array = perSlot.point;
  if (indexed) {
    ({ t0s: t0, t1s: t1, points: point } = index);
    const slots = slotsNearView(input, width, line);
    const lanes = laneCodesOf(index, input.lanes, input.mode);
    pairs = scanColumns(slots, t0, t1, point, lanes.start, lanes.codes, line, width);
  } else {
    pairs = scanObjects(input, line, width);
  }
  const laneStart = groupByLane(pairs, input.lanes.length);
  const { u0, u1 } = perSlot;
  const { entries, row, labelStart, labelRoom } = perPair;
  const { offset, slope } = line;
  return { events, offset, slope, u0, u1, t0, t1, point, entries, laneStart, row, labelStart, labelRoom };
}

/** The packing coordinate as a function of time: u = offset + slope * t. */
interface PackingLine {
  /** u at t = 0. */
  offset: number;
  /** u per millisecond; negative when time runs against the reading direction. */
  slope: number;
  /** True when later events come later in reading order (slope >= 0). */
  forward: boolean;
}

/**
 * The packing coordinate as a straight line in t. A zoomed scaleUtc is always affine; any other
 * scale is approximated by the line through its domain ends, which is exact for linear scales.
 */
function toPackingLine(input: SceneInput, width: number): PackingLine {
  const { x, rtl } = input;
  const affine = affineOf(x) ?? lineThroughEnds(input);
  const slope = rtl ? -affine.slope : affine.slope;
  const offset = rtl ? width - affine.offset : affine.offset;
  return { offset, slope, forward: slope >= 0 };
}

/** The straight line through the scale's two domain ends, in pixels. O(1). */
function lineThroughEnds(input: SceneInput): { offset: number; slope: number } {
  const [d0, d1] = input.x.domain().map((d) => d.getTime());
  const slope = d1 === d0 ? 0 : (input.x(d1) - input.x(d0)) / (d1 - d0);
  return { offset: input.x(d0) - slope * d0, slope };
}

/**
 * Writes the mark extent of slot s into perSlot.u0/u1 and says whether it is kept (not culled).
 * Small enough for V8 to inline into both scans. O(1).
 */
function placeMark(s: number, a: number, b: number, isPoint: number, width: number): boolean {
  let u0 = a < b ? a : b;
  let u1 = a < b ? b : a;
  if (isPoint) {
    u0 = u1 = (u0 + u1) / 2;
  } else if (u1 - u0 < MIN_SPAN_PX) {
    const centre = (u0 + u1) / 2;
    u0 = centre - MIN_SPAN_PX / 2;
    u1 = centre + MIN_SPAN_PX / 2;
  }
  const halo = isPoint ? POINT_RADIUS : 0;
  perSlot.u0[s] = u0;
  perSlot.u1[s] = u1;
  return u1 + halo >= -CULL_MARGIN && u0 - halo <= width + CULL_MARGIN;
}

/** Slow path: reads each event object of the slice once. Returns the pair count. O(v · a). */
function scanObjects(input: SceneInput, line: PackingLine, width: number): number {
  const { events } = input;
  const n = events.length;
  const { offset, slope, forward } = line;
  const { t0: T0, t1: T1, point: P } = perSlot;
  const laneNumber = laneNumbers(input.lanes);
  const byCategory = input.mode === 'category';
  let pairs = 0;
  let lastId = ''; // consecutive events often share a lane: skip the map lookup then
  let lastLane = -1;
  for (let step = 0; step < n; step++) {
    const s = forward ? step : n - 1 - step;
    const event = events[s];
    const t0 = event.t0;
    const t1 = event.t1;
    const isPoint = event.isPoint ? 1 : 0;
    if (!placeMark(s, offset + slope * t0, offset + slope * t1, isPoint, width)) continue;
    T0[s] = t0;
    T1[s] = t1;
    P[s] = isPoint;
    const ids = byCategory ? null : event.actors;
    const count = ids ? ids.length : 1;
    if (pairs + count > perPair.lane.length) reservePairs(pairs + count, pairs);
    const firstPair = pairs;
    for (let k = 0; k < count; k++) {
      const id = ids ? ids[k] : event.category;
      if (ids && ids.indexOf(id) !== k) continue; // an actor listed twice is drawn once
      if (id !== lastId) {
        lastId = id;
        lastLane = laneNumber.get(id) ?? -1;
      }
      if (lastLane < 0) continue;
      // A lane of others may hold several of an event's actors: the event is drawn there once.
      if (k > 0 && perPair.lane.subarray(firstPair, pairs).includes(lastLane)) continue;
      perPair.lane[pairs] = lastLane;
      perPair.slot[pairs++] = s;
    }
  }
  return pairs;
}

/**
 * The index positions whose marks may reach the viewport, in reading order: the scale's window
 * widened by CULL_MARGIN plus the most a mark grows (half MIN_SPAN_PX, a point's radius), so
 * that the culling test in placeMark, not this slice, decides. O(log n + k log(n / k)).
 */
function slotsNearView(input: SceneInput, width: number, line: PackingLine): Int32Array {
  const reach = CULL_MARGIN + MIN_SPAN_PX / 2 + POINT_RADIUS;
  // A flat line (an empty domain) shows every time or none: take them all and let culling decide.
  const ta = line.slope === 0 ? -Infinity : (-reach - line.offset) / line.slope;
  const tb = line.slope === 0 ? Infinity : (width + reach - line.offset) / line.slope;
  const found = visiblePositions(input.index!, Math.min(ta, tb), Math.max(ta, tb), perSlot.order);
  if (!line.forward) found.reverse();
  return found;
}

/** Fast path: reads only typed arrays. Returns the pair count. O(k · a) for k slots. */
function scanColumns(
  slots: Int32Array,
  T0: Float64Array,
  T1: Float64Array,
  P: Uint8Array,
  laneStart: Int32Array,
  laneCodes: Int32Array,
  line: PackingLine,
  width: number,
): number {
  const { offset, slope } = line;
  let pairs = 0;
  for (let j = 0; j < slots.length; j++) {
    const s = slots[j];
    if (!placeMark(s, offset + slope * T0[s], offset + slope * T1[s], P[s], width)) continue;
    const from = laneStart[s];
    const to = laneStart[s + 1];
    if (pairs + to - from > perPair.lane.length) reservePairs(pairs + to - from, pairs);
    for (let c = from; c < to; c++) {
      perPair.lane[pairs] = laneCodes[c];
      perPair.slot[pairs++] = s;
    }
  }
  return pairs;
}

/**
 * Stable counting sort of the pairs by lane into perPair.entries, so each lane's entries keep
 * reading order; returns the lane offsets. O(p + L).
 */
function groupByLane(pairs: number, laneCount: number): Int32Array {
  const laneStart = new Int32Array(laneCount + 1);
  const { lane, slot, entries } = perPair;
  for (let p = 0; p < pairs; p++) laneStart[lane[p] + 1]++;
  for (let k = 0; k < laneCount; k++) laneStart[k + 1] += laneStart[k];
  const next = laneStart.slice(0, laneCount);
  for (let p = 0; p < pairs; p++) entries[next[lane[p]]++] = slot[p];
  return laneStart;
}
