/**
 * Finds the events that overlap a time window without scanning the whole list.
 *
 * Events are kept sorted by t0, so "starts before the window ends" is a prefix found by
 * bisection. "Ends after the window starts" is answered by a max tree over t1 laid over the
 * same order: each node holds the latest t1 below it, and whole subtrees that end before the
 * window are skipped. A flat prefix maximum of t1 would answer the same question but degrades
 * to a full scan once one long event (a 40-year treaty) starts early, because every later
 * prefix then shares its end; the tree keeps the cost tied to what is actually visible.
 */
import type { TimelineEvent } from '../model/types';

/** Events sorted by t0 with a max tree over t1, built once per (filtered) event list. */
export interface EventIndex {
  /** The events, sorted by t0 (then t1). */
  readonly events: readonly TimelineEvent[];
  /** events[i].t0, for bisection without touching the objects. */
  readonly t0s: Float64Array;
  /** events[i].t1: with t0s and points, lets per-frame layout read typed arrays, not objects. */
  readonly t1s: Float64Array;
  /** 1 where events[i].isPoint, else 0. */
  readonly points: Uint8Array;
  /**
   * Implicit binary max tree over t1: leaves at [leafBase, leafBase + n) in event order,
   * node i holds max(node 2i, node 2i + 1), node 1 is the root, padding leaves hold -Infinity.
   */
  readonly maxT1: Float64Array;
  /** Index of the first leaf in maxT1 (a power of two, at least 1). */
  readonly leafBase: number;
}

const byTime = (a: TimelineEvent, b: TimelineEvent) => a.t0 - b.t0 || a.t1 - b.t1 || a.order - b.order;

/**
 * Builds the index. Input is expected sorted by t0 (normalise does that); this is checked in
 * O(n) and an unsorted list is sorted as a copy, O(n log n), rather than trusted. Otherwise O(n).
 */
export function buildEventIndex(events: readonly TimelineEvent[]): EventIndex {
  let sorted = events;
  for (let i = 1; i < events.length; i++) {
    if (events[i].t0 < events[i - 1].t0) {
      sorted = [...events].sort(byTime);
      break;
    }
  }
  const n = sorted.length;
  const t0s = new Float64Array(n);
  const t1s = new Float64Array(n);
  const points = new Uint8Array(n);
  let leafBase = 1;
  while (leafBase < n) leafBase *= 2;
  const maxT1 = new Float64Array(2 * leafBase).fill(-Infinity);
  for (let i = 0; i < n; i++) {
    t0s[i] = sorted[i].t0;
    t1s[i] = sorted[i].t1;
    points[i] = sorted[i].isPoint ? 1 : 0;
    maxT1[leafBase + i] = sorted[i].t1;
  }
  for (let node = leafBase - 1; node >= 1; node--) {
    maxT1[node] = Math.max(maxT1[2 * node], maxT1[2 * node + 1]);
  }
  return { events: sorted, t0s, t1s, points, maxT1, leafBase };
}

/** Number of leading entries of a sorted array that are < value (lower bound). O(log n). */
export function countBelow(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The events that overlap the half-open window [t0, t1), in index order (by t0). Only
 * overlapping events are returned, so the caller filters nothing: an event [a, b) is included
 * when a < t1 and b > t0, so one ending exactly at t0 or starting exactly at t1 is not.
 * An empty or reversed window gives [].
 *
 * Pass `into` to reuse an array across frames (it is cleared and returned); otherwise a new one
 * is made. Cost O(log n + k log(n / k)) for k results; the event objects are not read.
 */
export function visibleSlice(index: EventIndex, t0: number, t1: number, into?: TimelineEvent[]): readonly TimelineEvent[] {
  const positions = visiblePositions(index, t0, t1);
  const out = into ?? new Array<TimelineEvent>(positions.length);
  out.length = positions.length;
  for (let j = 0; j < positions.length; j++) out[j] = index.events[positions[j]];
  return out;
}

// Reused between calls; visiblePositions' result is a view of it unless the caller passes one.
let positionBuffer = new Int32Array(0);

/**
 * Positions in index.events of the events overlapping [t0, t1), ascending (same rule as
 * visibleSlice). The result is a view into `into` when that is long enough, else into a buffer
 * reused by the next call: copy it to keep it. O(log n + k log(n / k)), no allocation once the
 * buffer has grown.
 */
export function visiblePositions(index: EventIndex, t0: number, t1: number, into?: Int32Array): Int32Array {
  const end = t1 > t0 ? countBelow(index.t0s, t1) : 0;
  let out = into;
  if (!out || out.length < end) {
    if (positionBuffer.length < end) positionBuffer = new Int32Array(Math.max(64, 2 * end));
    out = positionBuffer;
  }
  if (end === 0) return out.subarray(0, 0);
  const count = collect(index.maxT1, 1, 0, index.leafBase, end, t0, out, 0);
  return out.subarray(0, count);
}

/**
 * Depth-first walk of node `node` covering leaves [first, first + span), writing from out[at]
 * the leaves before `end` whose t1 is after `after`, left to right so positions ascend; returns
 * the new write position. Recursion depth is log2(n), about 17 for 100,000 events.
 */
function collect(
  maxT1: Float64Array,
  node: number,
  first: number,
  span: number,
  end: number,
  after: number,
  out: Int32Array,
  at: number,
): number {
  if (first >= end || maxT1[node] <= after) return at;
  if (span === 1) {
    out[at] = first;
    return at + 1;
  }
  const half = span / 2;
  const next = collect(maxT1, 2 * node, first, half, end, after, out, at);
  return collect(maxT1, 2 * node + 1, first + half, half, end, after, out, next);
}
