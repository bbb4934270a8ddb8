/**
 * Walking the timeline with the keyboard: previous / next in time, first / last, and the
 * nearest event in the lane above or below. Pure, over the filtered events in time order.
 * Each step is O(n) at worst (lane moves scan), which is fine for a key press.
 */
import type { TimelineEvent } from './types';

/** A keyboard step. */
export type Step = 'previous' | 'next' | 'first' | 'last' | 'laneUp' | 'laneDown';

/**
 * The event a step lands on from `currentId` (null: nothing focused yet, which starts at the
 * first event). `laneOf` gives an event's lane index (its first lane when it has several).
 */
export function stepFrom(
  events: readonly TimelineEvent[],
  currentId: string | null,
  step: Step,
  laneOf: (e: TimelineEvent) => number,
): TimelineEvent | null {
  if (events.length === 0) return null;
  const i = currentId === null ? -1 : events.findIndex((e) => e.id === currentId);
  if (step === 'first' || i < 0) return step === 'last' ? events[events.length - 1] : events[0];
  if (step === 'last') return events[events.length - 1];
  if (step === 'previous') return events[Math.max(0, i - 1)];
  if (step === 'next') return events[Math.min(events.length - 1, i + 1)];

  const current = events[i];
  const lane = laneOf(current);
  const direction = step === 'laneUp' ? -1 : 1;
  // The nearest lane in that direction that holds any event, then its event nearest in time.
  let best: TimelineEvent | null = null;
  let bestLane = Infinity;
  let bestGap = Infinity;
  const middle = (current.t0 + current.t1) / 2;
  for (const e of events) {
    const distance = (laneOf(e) - lane) * direction;
    if (distance <= 0) continue;
    const gap = Math.abs((e.t0 + e.t1) / 2 - middle);
    if (distance < bestLane || (distance === bestLane && gap < bestGap)) {
      best = e;
      bestLane = distance;
      bestGap = gap;
    }
  }
  return best ?? current;
}

/**
 * The events shown just before and after `event` in time order, whether or not `event` itself
 * is shown (the filters may have hidden the selected event after it was chosen): Previous and
 * Next always walk what is on screen. O(log n) by bisection over `order`.
 */
export function neighboursOf(shown: readonly TimelineEvent[], event: TimelineEvent): { previous: TimelineEvent | null; next: TimelineEvent | null } {
  let lo = 0;
  let hi = shown.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (shown[mid].order < event.order) lo = mid + 1;
    else hi = mid;
  }
  const at = shown[lo] === event ? lo : -1;
  return { previous: shown[lo - 1] ?? null, next: shown[at >= 0 ? lo + 1 : lo] ?? null };
}
