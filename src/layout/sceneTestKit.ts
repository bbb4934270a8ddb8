/**
 * Shared set-up for scene tests: a scene for some events at a given width, direction and
 * window, and the horizontal box a mark occupies with its label. Imported by *.test.ts only.
 */
import { zoomIdentity } from 'd3';
import type { TimelineEvent } from '../model/types';
import { makeLanes, type LaneMode } from './lanes';
import { buildScene, POINT_RADIUS, type MarkLayout, type Scene, type SceneInput } from './scene';
import { makeBaseScale, transformForWindow } from './timeScale';
import { measureByChars } from './testFixtures';

/** The dataset description scene tests share. */
export const catalogue = {
  pair: ['ISR', 'USA'] as [string, string],
  actors: ['ISR', 'USA', 'EGY', 'JOR'].map((id) => ({ id, name: id })),
  categories: ['diplomacy', 'trade', 'military'].map((id) => ({ id, label: id })),
};

/** Options for sceneFor; anything SceneInput takes may be overridden too. */
export interface SceneOptions extends Partial<SceneInput> {
  /** Show this [t0, t1] window instead of the whole padded extent. */
  window?: [number, number];
}

/** The scene for `events` (all of them, unsliced) on a fresh base scale. */
export function sceneFor(events: readonly TimelineEvent[], options: SceneOptions = {}): Scene {
  const width = options.width ?? 800;
  const rtl = options.rtl ?? false;
  const mode: LaneMode = options.mode ?? 'category';
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    lo = Math.min(lo, e.t0);
    hi = Math.max(hi, e.t1);
  }
  const base = makeBaseScale(events.length ? [lo, hi] : [0, 1], width, rtl);
  let x = base;
  if (options.window) {
    const t = transformForWindow(base, options.window[0], options.window[1], width);
    x = zoomIdentity.translate(t.x, 0).scale(t.k).rescaleX(base);
  }
  return buildScene({
    events,
    lanes: makeLanes({ ...catalogue, events: [...events] }, mode),
    mode,
    x,
    width,
    eras: [],
    measureLabel: measureByChars,
    rtl,
    ...options,
  });
}

/** [left, right] pixels a mark covers: its symbol or bar and its label text. */
export function occupiedBox(mark: MarkLayout): [number, number] {
  const halo = mark.event.isPoint ? POINT_RADIUS : 0;
  let left = mark.x0 - halo;
  let right = mark.x1 + halo;
  if (mark.label !== null) {
    const width = measureByChars(mark.label);
    const textLeft = mark.labelAnchor === 'start' ? mark.labelX : mark.labelX - width;
    left = Math.min(left, textLeft);
    right = Math.max(right, textLeft + width);
  }
  return [left, right];
}

/** Items grouped by a key, in first-seen order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
