// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3';
import { buildEventIndex, visibleSlice } from './eventIndex';
import { laneCodesOf } from './laneCodes';
import { makeLanes } from './lanes';
import { buildScene, type SceneInput } from './scene';
import { catalogue } from './sceneTestKit';
import { makeBaseScale, transformForWindow, DAY_MS } from './timeScale';
import { measureByChars, randomEvents } from './testFixtures';

const events = randomEvents(600, 11);
const index = buildEventIndex(events);
const extent: [number, number] = [events[0].t0, index.maxT1[1]];

/** The input for one viewport showing `days` days from `fromDay` (whole extent when days is 0). */
function inputFor(width: number, rtl: boolean, mode: SceneInput['mode'], fromDay: number, days: number): SceneInput {
  const base = makeBaseScale(extent, width, rtl);
  let x = base;
  if (days > 0) {
    const t0 = extent[0] + fromDay * DAY_MS;
    const t = transformForWindow(base, t0, t0 + days * DAY_MS, width);
    x = zoomIdentity.translate(t.x, 0).scale(t.k).rescaleX(base);
  }
  const [d0, d1] = x.domain().map(Number);
  const margin = d1 - d0; // generous: culling, not the slice, must decide what is drawn
  return {
    events: visibleSlice(index, d0 - margin, d1 + margin),
    lanes: makeLanes({ ...catalogue, events }, mode),
    mode,
    x,
    width,
    eras: [],
    measureLabel: measureByChars,
    rtl,
  };
}

const views = [
  [0, 0],
  [200, 60],
  [900, 400],
  [1700, 8],
] as const;
const table = [320, 1200].flatMap((width) =>
  [false, true].flatMap((rtl) =>
    (['category', 'actor'] as const).flatMap((mode) => views.map(([fromDay, days]) => [width, rtl, mode, fromDay, days] as const)),
  ),
);

describe('buildScene from an EventIndex', () => {
  it.each(table)('width %i rtl=%s %s, %i days in for %i days: same scene as from the slice', (width, rtl, mode, fromDay, days) => {
    const input = inputFor(width, rtl, mode, fromDay, days);
    const fromSlice = buildScene(input);
    const fromIndex = buildScene({ ...input, events: index.events, index });
    expect(fromIndex).toEqual(fromSlice);
  });

  it('ignores the index when events is a slice of it', () => {
    const input = inputFor(800, false, 'category', 300, 30);
    expect(buildScene({ ...input, index })).toEqual(buildScene(input));
  });
});

describe('laneCodesOf', () => {
  it('remembers codes per lanes and mode, and lists each lane once per event', () => {
    const byCategory = makeLanes({ ...catalogue, events }, 'category');
    const byActor = makeLanes({ ...catalogue, events }, 'actor');
    const first = laneCodesOf(index, byCategory, 'category');
    expect(laneCodesOf(index, [...byCategory], 'category')).toBe(first);
    const actors = laneCodesOf(index, byActor, 'actor');
    expect(actors).not.toBe(first);
    const p = index.events.findIndex((e) => e.actors.length > 1);
    const lanesOfP = Array.from(actors.codes.subarray(actors.start[p], actors.start[p + 1]), (k) => byActor[k].id);
    expect(lanesOfP).toEqual(index.events[p].actors);
    expect(first.start[index.events.length]).toBe(index.events.length);
  });
});
