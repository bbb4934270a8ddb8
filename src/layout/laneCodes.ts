/**
 * Which lanes each event of an index is drawn in, as small integers in typed arrays, worked
 * out once per (index, lanes, mode) and remembered. This lets buildScene's fast path group a
 * frame's events by lane without reading a single event object.
 */
import type { EventIndex } from './eventIndex';
import { laneIdsOf, laneNumbers, type Lane, type LaneMode } from './lanes';

/** Lane numbers (positions in the lanes list) per event, in compressed-row form. */
export interface LaneCodes {
  /** Event p's lanes are codes[start[p], start[p + 1]); length n + 1. */
  start: Int32Array;
  /** Lane numbers, each event's in its laneIdsOf order; lanes missing from the list left out. */
  codes: Int32Array;
}

const remembered = new WeakMap<EventIndex, { key: string; codes: LaneCodes }>();

/**
 * The lane codes of every event in the index for these lanes and mode. The first call for a
 * given (index, lane ids, mode) costs O(n · a) for n events with a actors; later calls cost
 * O(L) for L lanes (the key is built from the lane ids).
 */
export function laneCodesOf(index: EventIndex, lanes: readonly Lane[], mode: LaneMode): LaneCodes {
  const key = `${mode}\n${lanes.map((lane) => [lane.id, ...(lane.members ?? [])].join(' ')).join('\n')}`;
  const hit = remembered.get(index);
  if (hit && hit.key === key) return hit.codes;
  const laneNumber = laneNumbers(lanes);
  const n = index.events.length;
  const start = new Int32Array(n + 1);
  const codes: number[] = [];
  for (let p = 0; p < n; p++) {
    for (const id of laneIdsOf(index.events[p], mode)) {
      const k = laneNumber.get(id);
      // A lane of others may hold several of an event's actors: the event is drawn there once.
      if (k !== undefined && codes.indexOf(k, start[p]) < 0) codes.push(k);
    }
    start[p + 1] = codes.length;
  }
  const result = { start, codes: Int32Array.from(codes) };
  remembered.set(index, { key, codes: result });
  return result;
}
