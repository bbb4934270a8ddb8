/**
 * The window to show so that one event's mark is drawn and on screen: centred on the event,
 * as wide as the current view where that is enough, narrower step by step while the event is
 * still lost in a cluster. Pure; the caller says whether a candidate transform draws the mark
 * (by building that frame's scene). At most 24 candidates, each one scene build.
 */
import type { ScaleTime } from 'd3';
import { clampTransform, transformForWindow, windowForTransform, DAY_MS, type ZoomLimits, type ZoomXY } from './timeScale';

/** [t0, t1] (UTC ms) that reveals an event spanning [eventT0, eventT1). */
export function revealWindow(
  base: ScaleTime<number, number>,
  current: ZoomXY,
  width: number,
  limits: ZoomLimits,
  event: { t0: number; t1: number },
  drawsMark: (transform: ZoomXY) => boolean,
): [number, number] {
  const [v0, v1] = windowForTransform(base, current.k, current.x, width);
  const mid = (event.t0 + event.t1) / 2;
  let span = Math.max(v1 - v0, (event.t1 - event.t0) * 1.5, 3 * DAY_MS);
  let window: [number, number] = [mid - span / 2, mid + span / 2];
  for (let tries = 0; tries < 24; tries++) {
    window = [mid - span / 2, mid + span / 2];
    const { k, x } = transformForWindow(base, window[0], window[1], width);
    const candidate = clampTransform(base, k, x, width, limits);
    if (drawsMark(candidate) || candidate.k >= limits.maxK) break;
    span /= 1.6;
  }
  return window;
}
