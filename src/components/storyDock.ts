/**
 * Which edge of the chart the story player lies against. It covers part of the chart, so it
 * goes to the side away from what the step shows: an event step's event (near the start of the
 * data the view cannot pan further, and the event stays near the start edge), or the side of a
 * window step with fewer of its events. The title card, showing everything, keeps the start.
 * Worked out from the step's target, clamped as the view controller clamps it, so the player
 * takes its side as the chart starts to move, not after. Pure.
 */
import { paddedDomain } from '../layout/timeScale';
import { applyFilters } from '../model/filters';
import type { StepView } from '../model/stories';
import type { Timeline } from '../model/types';

/** An edge of the chart, in reading order. */
export type DockSide = 'start' | 'end';

/** The player's side for a step's view; `cover` is the share of the chart's width it covers. */
export function dockSide(view: StepView, timeline: Timeline, cover = 0.45): DockSide {
  if (view.kind === 'overview') return 'start';
  const [w0, w1] = clampWindow(view.window, paddedDomain(timeline.extent));
  const at = (t0: number, t1: number) => ((Math.max(t0, w0) + Math.min(t1, w1)) / 2 - w0) / (w1 - w0);
  if (view.kind === 'event') {
    const event = timeline.byId.get(view.id);
    return event && at(event.t0, event.t1) < 0.5 ? 'end' : 'start';
  }
  let start = 0;
  let end = 0;
  for (const e of applyFilters(timeline.events, view.filters)) {
    if (e.t1 <= w0 || e.t0 >= w1) continue;
    const f = at(e.t0, e.t1);
    if (f < cover) start++;
    else if (f > 1 - cover) end++;
  }
  return end < start ? 'end' : 'start';
}

/** A window moved (not resized) to lie within a domain, or the domain when it is wider. */
export function clampWindow([t0, t1]: readonly [number, number], [d0, d1]: readonly [number, number]): [number, number] {
  if (t1 - t0 >= d1 - d0) return [d0, d1];
  if (t0 < d0) return [d0, d0 + (t1 - t0)];
  if (t1 > d1) return [d1 - (t1 - t0), d1];
  return [t0, t1];
}
